import InfluenceContent
import InfluenceText

extension Timeline {
    /// Where Enter on an event opens its case: the first stage, in the case's order, whose text
    /// (the summary, quotations or figures of any round) refers to a note the event refers to,
    /// the event's notes tried in their order, with that note to select there. An event whose
    /// notes no stage shares (or that has none) opens at the case's first stage, nothing selected.
    /// The shared note is how the content ties an event to the passage that tells it; matching
    /// words instead would guess.
    static func place(of entry: TimelineEntry, content: Content) -> Place {
        guard let c = content.case(entry.caseID) else { return Place(subject: .case(entry.caseID), step: 0) }
        for id in entry.noteIDs {
            let step = c.stages.firstIndex { stage in
                stage.parts.contains { part in content.notes(for: part).contains { $0.id == id } }
            }
            if let step { return Place(subject: .case(entry.caseID), step: step, focus: .note(NoteID(id))) }
        }
        return Place(subject: .case(entry.caseID), step: 0)
    }
}
