import InfluenceContent
import InfluenceText

extension PlainTextDocument {
    /// Every dated event of every case in date order, each with its date (at its own precision),
    /// its case and its notes (in full where first met), and a line for each stretch of years
    /// without events.
    public func timeline() -> String {
        let entries = Timeline.entries(content)
        var out: [String] = []
        var heading = "TIMELINE: \(entries.count) EVENTS IN \(content.cases.count) CASES"
        if let axis = Timeline.axis(content, entries: entries) { heading += ", \(axis.lowerBound)–\(axis.upperBound)" }
        out += wrap(heading)
        out += wrap("The cases: " + content.cases.map { "\($0.number) \($0.shortTitle) (\($0.years))" }.joined(separator: "; ") + ".")
        var firstSeen: [String: String] = [:]
        for (i, entry) in entries.enumerated() {
            out.append("")
            if i > 0, let gap = Timeline.gap(between: entries[i - 1], and: entry) {
                out += wrap("(\(Timeline.describe(gap: gap, rangeDash: "–")))")
                out.append("")
            }
            guard let c = content.case(entry.caseID) else { continue }
            out += wrap("\(entry.dateLabel) · Case \(c.number), \(c.shortTitle)")
            let labels = NoteLabels(case: c, in: content)
            let marks = entry.unmarkedNotes.map { labels.marker($0) }.joined()
            out += wrap(labels.render(entry.event.text) + marks, first: "  ", rest: "  ")
            for id in entry.noteIDs {
                guard let note = content.note(id: id) else { continue }
                let label = "    \(labels.marker(id)) "
                // A note two events share is given in full once.
                let text = firstSeen[id].map { "The note at \($0), above." } ?? content.describe(note)
                firstSeen[id] = firstSeen[id] ?? "\(entry.dateLabel), case \(c.number)"
                out += wrap(text, first: label, rest: String(repeating: " ", count: TextWidth.columns(of: label)))
            }
        }
        return out.joined(separator: "\n")
    }
}
