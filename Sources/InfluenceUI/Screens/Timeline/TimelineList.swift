import InfluenceContent
import InfluenceText

/// The timeline's list laid out for a width: one row or more per event (date, case, text), and a
/// dim row for each stretch of years without events between them.
struct TimelineList: ItemLines {
    /// An event's lines and the note markers on them.
    struct Item: Equatable {
        var firstLine: Int
        var lineCount: Int
        /// Whether a gap row stands right above the event.
        var gapAbove: Bool
        var markers: [(line: Int, note: NoteID)]

        static func == (a: Item, b: Item) -> Bool {
            a.firstLine == b.firstLine && a.lineCount == b.lineCount && a.gapAbove == b.gapAbove
                && a.markers.elementsEqual(b.markers) { $0.line == $1.line && $0.note == $1.note }
        }
    }

    var lines: [StyledLine] = []
    var items: [Item] = []
    /// Columns the date takes before the case (the widest date); the date of the chosen event is
    /// drawn selected over it.
    var dateWidth = 0
    /// Whether the text goes under the date and case (narrow windows) rather than beside them.
    var stacked = false

    var itemCount: Int { items.count }
    var lineCount: Int { lines.count }
    func lines(of index: Int) -> Range<Int> { items[index].firstLine..<(items[index].firstLine + items[index].lineCount) }
    /// An event is shown with the gap row above it.
    func lead(of index: Int) -> Int { items[index].gapAbove ? 1 : 0 }

    /// Below this many columns for the text, it goes under the date and case.
    static let narrowestText = 32

    init(env: Environment, entries: [TimelineEntry], width: Int) {
        let content = env.content, g = env.glyphs
        dateWidth = entries.map { TextWidth.columns(of: $0.dateLabel) }.max() ?? 4
        let caseLabels = content.cases.map { "\($0.number) \($0.shortTitle)" }
        let caseWidth = caseLabels.map { TextWidth.columns(of: $0) }.max() ?? 1
        let indent = dateWidth + 2 + caseWidth + 2
        stacked = width - indent < Self.narrowestText
        for (i, entry) in entries.enumerated() {
            var gapAbove = false
            if i > 0, let gap = Timeline.gap(between: entries[i - 1], and: entry) {
                lines.append(StyledLine([Span("\(g.gap) \(Timeline.describe(gap: gap, rangeDash: g.rangeDash))", .dim)]))
                gapAbove = true
            }
            let labels = env.labels(for: .case(entry.caseID))
            var spans = StyledWrap.spans(marked: entry.event.text, labels: labels)
            for id in entry.unmarkedNotes { spans.append(Span(labels.marker(id), .marker, note: NoteID(id))) }
            let date = [Span(entry.dateLabel), Span(spaces(dateWidth - TextWidth.columns(of: entry.dateLabel) + 2))]
            let caseLabel = caseLabels.indices.contains(entry.caseIndex) ? caseLabels[entry.caseIndex] : entry.caseID.rawValue
            let mark = Span(caseLabel, .caseMark(entry.caseIndex))
            let first = lines.count
            if stacked {
                lines.append(StyledLine(date + [mark]))
                lines += StyledWrap.wrap(spans, width: max(1, width), first: [Span("  ")], rest: [Span("  ")])
            } else {
                let wrapped = StyledWrap.wrap(spans, width: max(1, width - indent))
                for (n, line) in wrapped.enumerated() {
                    let lead = n == 0 ? date + [mark, Span(spaces(caseWidth - TextWidth.columns(of: caseLabel) + 2))]
                                      : [Span(spaces(indent))]
                    lines.append(StyledLine(lead + line.spans))
                }
                if wrapped.isEmpty { lines.append(StyledLine(date + [mark])) }
            }
            var markers: [(line: Int, note: NoteID)] = []
            for index in first..<lines.count {
                for span in lines[index].spans { if let note = span.note { markers.append((index, note)) } }
            }
            items.append(Item(firstLine: first, lineCount: lines.count - first, gapAbove: gapAbove, markers: markers))
        }
    }

    func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }
}
