import InfluenceContent

/// The screens that show one event, term or source, for a search hit in them.
extension Screen {
    /// An event's case, at the stage whose text refers to the same note as the event (else its first).
    static func opening(event id: CaseID, index: Int, env: Environment, area: Rect) -> Screen {
        var step = 0
        if let c = env.content.case(id), c.events.indices.contains(index) {
            let event = c.events[index]
            let notes = Set(MarkedText(event.text).markers + event.notes)
            step = c.stages.firstIndex { stage in
                stage.parts.contains { part in
                    !notes.isDisjoint(with: MarkedText(part.summary).markers + part.quotations.flatMap(\.notes)
                        + part.figures.flatMap(\.notes))
                }
            } ?? 0
        }
        return .reading(ReadingModel(subject: .case(id), step: step, env: env, area: area))
    }

    /// A glossary term in a box: the term, what it stands for, its definition, background labelled.
    static func opening(term id: String, env: Environment, area: Rect) -> Screen {
        guard let term = env.content.glossary.first(where: { $0.id == id }) else {
            return .quotation(QuotationModel(text: id, attribution: "Glossary"))
        }
        var text = term.term + (term.expansion.map { " (\($0))" } ?? "") + ": " + term.definition
        if let background = term.background { text += " " + Background.labelled(background) }
        return .quotation(QuotationModel(text: text, attribution: "Glossary"))
    }

    /// A source in a box: as the article cites it, with our note on it.
    static func opening(source id: String, env: Environment, area: Rect) -> Screen {
        let source = env.content.source(id: id)
        let text = (source?.shortCitation ?? id) + (source?.note.map { ". " + $0 } ?? "")
        return .quotation(QuotationModel(text: text, attribution: "A source the article cites"))
    }
}
