import InfluenceContent
import InfluenceText

/// The timeline's ruler: the years of the whole axis with each case's episode drawn in its mark, so
/// the years between the cases show at a glance, and an arrow under the chosen event's date.
/// Compact (three rows: every case on one axis, the case numbers under their years, the arrow) or,
/// where there is room, one row per case with its name and years, and the axis's years above.
///
/// Everything but the arrow and the chosen event's mark depends only on the content and the size,
/// and takes every case and event to draw: it is drawn once, when the timeline is laid out, and each
/// frame pastes it (a key costs the same with 10,000 cases as with five).
struct TimelineRuler {
    enum Kind: Equatable { case compact, detailed }

    let glyphs: Glyphs
    let axis: ClosedRange<Int>
    /// Where the ruler goes on screen.
    let rect: Rect
    /// The ruler drawn from the top left corner of `rect`, without the arrow.
    private(set) var drawn: Frame
    /// How it was drawn: detailed gives way to compact when the rows are too narrow; nil when the
    /// rect is too small for either.
    private(set) var shape: Kind?
    /// The axis's first column (from `rect.x`) and its width in columns.
    private(set) var axisX = 0
    private(set) var axisWidth = 0
    /// The cases' rows of a detailed ruler, from the top of `rect`.
    private(set) var rows = 0

    /// Rows the ruler takes.
    static func height(_ kind: Kind, cases: Int) -> Int {
        kind == .compact ? 3 : cases + 2
    }

    /// The ruler of `kind` for these cases and their events (in date order), drawn for `rect`.
    init(kind: Kind, cases: [Case], entries: [TimelineEntry], axis: ClosedRange<Int>, rect: Rect, glyphs: Glyphs) {
        self.glyphs = glyphs
        self.axis = axis
        self.rect = rect
        drawn = Frame(size: rect.size)
        guard !rect.isEmpty else { return }
        let spans = cases.map { Timeline.span(of: $0) }
        let local = Rect(x: 0, y: 0, width: rect.width, height: rect.height)
        switch kind {
        case .compact: drawCompact(cases: cases, spans: spans, entries: entries, in: local)
        case .detailed: drawDetailed(cases: cases, spans: spans, entries: entries, in: local)
        }
    }

    /// The years `year` takes on an axis `width` columns wide (at least one column; neighbouring
    /// years share a column when the axis is narrower than its years).
    func columns(_ year: Int, width: Int) -> Range<Int> {
        let years = max(1, axis.count)
        let start = (year - axis.lowerBound) * width / years
        let end = (year - axis.lowerBound + 1) * width / years
        return start..<max(start + 1, min(end, width))
    }

    /// The column of a date on the axis: its year's first column, moved on by its month.
    func column(_ date: EventDate, width: Int) -> Int {
        let cols = columns(date.year, width: width)
        guard let month = date.month, (1...12).contains(month) else { return cols.lowerBound }
        return cols.lowerBound + (month - 1) * cols.count / 12
    }

    /// One axis row's cells: spans over events over the bare line. `entries` are the row's events
    /// (every case's on a compact ruler), `spans` its cases' episodes, each with its case's index.
    func cells(width: Int, entries: [TimelineEntry], spans: [(index: Int, span: ClosedRange<Int>?)])
        -> [(glyph: String, role: StyleRole)] {
        let g = glyphs
        var cells = Array(repeating: (glyph: g.horizontal, role: StyleRole.border, rank: 0), count: width)
        for entry in entries {
            guard let date = entry.date else { continue }
            let x = column(date, width: width)
            if cells[x].rank < 1 { cells[x] = (g.bullet, .caseMark(entry.caseIndex), 1) }
        }
        for (i, span) in spans {
            guard let span else { continue }
            for year in span {
                for x in columns(year, width: width) { cells[x] = (g.span, .caseMark(i), 2) }
            }
        }
        return cells.map { ($0.glyph, $0.role) }
    }

    /// The ruler on screen, with the arrow under the chosen event's date and, on a detailed ruler,
    /// its mark on its case's row.
    func render(selected: TimelineEntry?, into frame: inout Frame) {
        guard let shape else { return }
        frame.paste(drawn, x: rect.x, y: rect.y)
        let x0 = rect.x + axisX
        switch shape {
        case .compact:
            if rect.height > 2 { renderPointer(selected, x0: x0, y: rect.y + 2, into: &frame) }
        case .detailed:
            if let selected, selected.caseIndex < rows, let date = selected.date {
                let x = x0 + column(date, width: axisWidth), y = rect.y + 1 + selected.caseIndex
                frame.buffer[x, y] = Cell(frame.buffer[x, y].text, role: .selection)
            }
            let pointerRow = rect.y + 1 + rows
            if pointerRow < rect.maxY { renderPointer(selected, x0: x0, y: pointerRow, into: &frame) }
        }
    }

    private mutating func drawCompact(cases: [Case], spans: [ClosedRange<Int>?], entries: [TimelineEntry], in rect: Rect) {
        let first = String(axis.lowerBound), last = String(axis.upperBound)
        let left = TextWidth.columns(of: first) + 1, right = TextWidth.columns(of: last) + 1
        let width = rect.width - left - right
        guard width >= 4 else { return }
        shape = .compact
        axisX = left
        axisWidth = width
        let x0 = rect.x + left
        drawn.buffer.write(first, x: rect.x, y: rect.y, role: .dim)
        drawn.buffer.write(last, x: x0 + width + 1, y: rect.y, role: .dim, limit: rect.maxX)
        let all = spans.enumerated().map { (index: $0.offset, span: $0.element) }
        for (x, cell) in cells(width: width, entries: entries, spans: all).enumerated() {
            drawn.buffer.write(cell.glyph, x: x0 + x, y: rect.y, role: cell.role)
        }
        guard rect.height > 1 else { return }
        for (i, c) in cases.enumerated() {
            guard let span = spans[i] else { continue }
            drawn.buffer.write(String(c.number), x: x0 + columns(span.lowerBound, width: width).lowerBound,
                               y: rect.y + 1, role: .caseMark(i), limit: x0 + width)
        }
    }

    /// The arrow under the chosen event's date, with the date beside it (before it at the right edge).
    func renderPointer(_ selected: TimelineEntry?, x0: Int, y: Int, into frame: inout Frame) {
        guard let selected, let date = selected.date else { return }
        let x = x0 + column(date, width: axisWidth)
        let label = "\(glyphs.up) \(selected.dateLabel)"
        let labelWidth = TextWidth.columns(of: label)
        if x + labelWidth <= rect.maxX {
            frame.buffer.write(label, x: x, y: y, role: .accent)
        } else {
            frame.buffer.write("\(selected.dateLabel) \(glyphs.up)", x: x - labelWidth + 1, y: y, role: .accent)
        }
    }

    private mutating func drawDetailed(cases: [Case], spans: [ClosedRange<Int>?], entries: [TimelineEntry], in rect: Rect) {
        let names = cases.map { "\($0.number) \($0.shortTitle)" }
        let nameWidth = names.map { TextWidth.columns(of: $0) }.max() ?? 0
        let yearsWidth = cases.map { TextWidth.columns(of: $0.years) }.max() ?? 0
        let labelWidth = nameWidth + 2 + yearsWidth + 2
        let width = rect.width - labelWidth - 1
        guard width >= 10 else { return drawCompact(cases: cases, spans: spans, entries: entries, in: rect) }
        shape = .detailed
        axisX = labelWidth
        axisWidth = width
        let x0 = rect.x + labelWidth
        // Years every five (every ten when five are too close to label), over their first column.
        let step = columns(axis.lowerBound + 5, width: width).lowerBound - columns(axis.lowerBound, width: width).lowerBound >= 6 ? 5 : 10
        var free = x0
        for year in axis where year % step == 0 {
            let x = x0 + columns(year, width: width).lowerBound
            guard x >= free, x + 4 <= x0 + width + 1 else { continue }
            free = drawn.buffer.write(String(year), x: x, y: rect.y, role: .dim) + 1
        }
        // Each case's row from its own events (in date order, as on the compact ruler).
        rows = min(cases.count, max(0, rect.height - 1))
        var events: [[TimelineEntry]] = Array(repeating: [], count: rows)
        for entry in entries where entry.caseIndex < rows { events[entry.caseIndex].append(entry) }
        for (i, c) in cases.prefix(rows).enumerated() {
            let y = rect.y + 1 + i
            drawn.buffer.write(names[i], x: rect.x, y: y, role: .caseMark(i))
            drawn.buffer.write(c.years, x: rect.x + nameWidth + 2, y: y, role: .dim)
            let row = cells(width: width, entries: events[i], spans: [(i, spans[i])])
            for (x, cell) in row.enumerated() { drawn.buffer.write(cell.glyph, x: x0 + x, y: y, role: cell.role) }
            drawn.hit(Rect(x: rect.x, y: y, width: rect.width, height: 1), .number(c.number))
        }
    }
}
