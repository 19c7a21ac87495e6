import InfluenceContent

/// The timeline's ruler: the years of the whole axis with each case's episode drawn in its mark, so
/// the years between the cases show at a glance, and an arrow under the chosen event's date.
/// Compact (three rows: every case on one axis, the case numbers under their years, the arrow) or,
/// where there is room, one row per case with its name and years, and the axis's years above.
struct TimelineRuler {
    enum Kind: Equatable { case compact, detailed }

    let env: Environment
    let entries: [TimelineEntry]
    let axis: ClosedRange<Int>
    let selected: TimelineEntry?

    /// Rows the ruler takes.
    static func height(_ kind: Kind, cases: Int) -> Int {
        kind == .compact ? 3 : cases + 2
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

    /// One axis row's cells: spans over events over the bare line.
    func cells(width: Int, caseIndex: Int?) -> [(glyph: String, role: StyleRole)] {
        let g = env.glyphs
        var cells = Array(repeating: (glyph: g.horizontal, role: StyleRole.border, rank: 0), count: width)
        for entry in entries where caseIndex == nil || entry.caseIndex == caseIndex {
            guard let date = entry.date else { continue }
            let x = column(date, width: width)
            if cells[x].rank < 1 { cells[x] = (g.bullet, .caseMark(entry.caseIndex), 1) }
        }
        for (i, c) in env.content.cases.enumerated() where caseIndex == nil || i == caseIndex {
            guard let span = Timeline.span(of: c) else { continue }
            for year in span {
                for x in columns(year, width: width) { cells[x] = (g.span, .caseMark(i), 2) }
            }
        }
        return cells.map { ($0.glyph, $0.role) }
    }

    func render(_ kind: Kind, in rect: Rect, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        switch kind {
        case .compact: renderCompact(in: rect, into: &frame)
        case .detailed: renderDetailed(in: rect, into: &frame)
        }
    }

    func renderCompact(in rect: Rect, into frame: inout Frame) {
        let first = String(axis.lowerBound), last = String(axis.upperBound)
        let left = TextWidth.columns(of: first) + 1, right = TextWidth.columns(of: last) + 1
        let width = rect.width - left - right
        guard width >= 4 else { return }
        let x0 = rect.x + left
        frame.buffer.write(first, x: rect.x, y: rect.y, role: .dim)
        frame.buffer.write(last, x: x0 + width + 1, y: rect.y, role: .dim, limit: rect.maxX)
        for (x, cell) in cells(width: width, caseIndex: nil).enumerated() {
            frame.buffer.write(cell.glyph, x: x0 + x, y: rect.y, role: cell.role)
        }
        guard rect.height > 1 else { return }
        for (i, c) in env.content.cases.enumerated() {
            guard let span = Timeline.span(of: c) else { continue }
            frame.buffer.write(String(c.number), x: x0 + columns(span.lowerBound, width: width).lowerBound,
                               y: rect.y + 1, role: .caseMark(i), limit: x0 + width)
        }
        if rect.height > 2 { renderPointer(x0: x0, width: width, maxX: rect.maxX, y: rect.y + 2, into: &frame) }
    }

    /// The arrow under the chosen event's date, with the date beside it (before it at the right edge).
    func renderPointer(x0: Int, width: Int, maxX: Int, y: Int, into frame: inout Frame) {
        guard let selected, let date = selected.date else { return }
        let x = x0 + column(date, width: width)
        let label = "\(env.glyphs.up) \(selected.dateLabel)"
        let labelWidth = TextWidth.columns(of: label)
        if x + labelWidth <= maxX {
            frame.buffer.write(label, x: x, y: y, role: .accent)
        } else {
            frame.buffer.write("\(selected.dateLabel) \(env.glyphs.up)", x: x - labelWidth + 1, y: y, role: .accent)
        }
    }

    func renderDetailed(in rect: Rect, into frame: inout Frame) {
        let cases = env.content.cases
        let names = cases.map { "\($0.number) \($0.shortTitle)" }
        let nameWidth = names.map { TextWidth.columns(of: $0) }.max() ?? 0
        let yearsWidth = cases.map { TextWidth.columns(of: $0.years) }.max() ?? 0
        let labelWidth = nameWidth + 2 + yearsWidth + 2
        let width = rect.width - labelWidth - 1
        guard width >= 10 else { return renderCompact(in: rect, into: &frame) }
        let x0 = rect.x + labelWidth
        // Years every five (every ten when five are too close to label), over their first column.
        let step = columns(axis.lowerBound + 5, width: width).lowerBound - columns(axis.lowerBound, width: width).lowerBound >= 6 ? 5 : 10
        var free = x0
        for year in axis where year % step == 0 {
            let x = x0 + columns(year, width: width).lowerBound
            guard x >= free, x + 4 <= x0 + width + 1 else { continue }
            free = frame.buffer.write(String(year), x: x, y: rect.y, role: .dim) + 1
        }
        for (i, c) in cases.enumerated() {
            let y = rect.y + 1 + i
            guard y < rect.maxY else { break }
            frame.buffer.write(names[i], x: rect.x, y: y, role: .caseMark(i))
            frame.buffer.write(c.years, x: rect.x + nameWidth + 2, y: y, role: .dim)
            var row = cells(width: width, caseIndex: i)
            if let selected, selected.caseIndex == i, let date = selected.date {
                row[column(date, width: width)].role = .selection
            }
            for (x, cell) in row.enumerated() { frame.buffer.write(cell.glyph, x: x0 + x, y: y, role: cell.role) }
            frame.hit(Rect(x: rect.x, y: y, width: rect.width, height: 1), .number(c.number))
        }
        let pointerRow = rect.y + 1 + cases.count
        if pointerRow < rect.maxY { renderPointer(x0: x0, width: width, maxX: rect.maxX, y: pointerRow, into: &frame) }
    }
}
