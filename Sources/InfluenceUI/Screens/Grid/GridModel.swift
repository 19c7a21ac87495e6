import InfluenceContent
import InfluenceText

/// The comparison grid: the cases (rows) by the seven stages (columns), each cell the case's phrase
/// for that stage, so a class sees the same cycle recur. A cell cursor moves with the arrows; Enter
/// opens that case at that stage.
public struct GridModel: ScreenModel {
    /// The case row under the cursor, 0-based.
    public var row: Int
    /// The stage column under the cursor, 0-based.
    public var column: Int
    /// The first stage column shown when not all fit.
    public var firstColumn = 0
    /// The first case row shown when not all fit.
    public var firstRow = 0

    /// The grid with the cursor on a case and stage (0-based), or on the first case's first condition.
    public init(row: Int = 0, column: Int? = nil, env: Environment) {
        self.row = row
        self.column = column ?? (env.content.stages.firstIndex { $0.isCondition } ?? 0)
    }

    /// How the grid fits an area: the columns and rows shown and their sizes.
    struct Layout {
        static let minimumColumnWidth = 18

        var caseColumnWidth: Int
        var visibleColumns: Int
        var columnWidth: Int
        /// Lines of text in each case row, and whether rows are ruled off from each other.
        var rowHeight: Int
        var ruled: Bool
        var visibleRows: Int
        var title: Rect
        var header: Rect
        var body: Rect
        var detail: Rect

        init(area: Rect, content: Content) {
            let stages = max(1, content.stages.count), cases = max(1, content.cases.count)
            let widest = content.cases.map { TextWidth.columns(of: "\($0.number) \($0.shortTitle)") }.max() ?? 8
            caseColumnWidth = min(max(widest + 2, 12), max(8, area.width / 4))
            let room = max(1, area.width - caseColumnWidth)
            visibleColumns = min(stages, max(1, room / Self.minimumColumnWidth))
            columnWidth = room / visibleColumns
            let (title, belowTitle) = area.splitTop(1)
            let (header, belowHeader) = belowTitle.splitTop(2)
            let (body, detail) = belowHeader.splitBottom(3)
            self.title = title
            self.header = header
            self.body = body
            self.detail = detail.splitTop(1).rest
            // As many text lines per case as the longest phrase needs and the rows allow, with rules
            // between the cases when they cost no phrase a line.
            let textWidth = max(1, columnWidth - 3)
            let needed = content.cases.flatMap { c in content.stages.map { WordWrap.lines(c.stage($0.id)?.grid ?? "", width: textWidth).count } }
                .max() ?? 1
            let perCase = max(1, body.height / cases)
            ruled = perCase >= 3 && perCase - 1 >= min(needed, 2) && (body.height + 1) / cases - 1 >= needed
            rowHeight = max(1, min(needed, ruled ? (body.height + 1) / cases - 1 : perCase))
            visibleRows = min(cases, max(1, (body.height + (ruled ? 1 : 0)) / (rowHeight + (ruled ? 1 : 0))))
        }

        /// The rectangle of a visible cell (row and column relative to the first shown).
        func cell(row: Int, column: Int) -> Rect {
            let y = body.y + row * (rowHeight + (ruled ? 1 : 0))
            return Rect(x: body.x + caseColumnWidth + column * columnWidth, y: y, width: columnWidth, height: rowHeight)
        }
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let content = env.content
        let rows = content.cases.count, columns = content.stages.count
        guard rows > 0, columns > 0 else { return nil }
        switch action {
        case .previousStage: column = max(0, column - 1)
        case .nextStage: column = min(columns - 1, column + 1)
        case .up: row = max(0, row - 1)
        case .down: row = min(rows - 1, row + 1)
        case .top: row = 0
        case .bottom: row = rows - 1
        case .scroll(_, let delta): row = min(rows - 1, max(0, row + (delta > 0 ? 1 : -1)))
        case .number(let n):
            guard let index = content.stages.firstIndex(where: { $0.number == n }) else {
                return .message("No stage \(n); the stages are 1\(env.glyphs.rangeDash)\(columns)")
            }
            column = index
        case .choose(let item):
            row = min(rows - 1, max(0, item / columns))
            column = item % columns
            return open(env: env, area: area)
        case .activate:
            return open(env: env, area: area)
        default:
            return nil
        }
        keepCursorInView(Self.layout(env: env, area: area), columns: columns)
        return nil
    }

    /// The layout for an area, made again only when the area changes: it measures every case's
    /// phrases, and a key asks for it twice.
    static func layout(env: Environment, area: Rect) -> Layout {
        env.layout(for: area) { Layout(area: area, content: env.content) }
    }

    /// The case under the cursor at the stage under the cursor.
    func open(env: Environment, area: Rect) -> Navigation? {
        let content = env.content
        guard content.cases.indices.contains(row), content.stages.indices.contains(column) else { return nil }
        let c = content.cases[row]
        let stageID = content.stages[column].id
        let step = c.stages.firstIndex { $0.stage == stageID } ?? 0
        return .go(.reading(case: c.caseID, step: step))
    }

    mutating func keepCursorInView(_ layout: Layout, columns: Int) {
        (firstColumn, firstRow) = window(layout, columns: columns)
    }

    /// The first column and row to show: the stored ones, moved just enough to show the cursor.
    func window(_ layout: Layout, columns: Int) -> (column: Int, row: Int) {
        var first = (column: firstColumn, row: firstRow)
        if column < first.column { first.column = column }
        if column >= first.column + layout.visibleColumns { first.column = column - layout.visibleColumns + 1 }
        first.column = min(max(0, first.column), max(0, columns - layout.visibleColumns))
        if row < first.row { first.row = row }
        if row >= first.row + layout.visibleRows { first.row = row - layout.visibleRows + 1 }
        return first
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        firstColumn = 0
        firstRow = 0
        keepCursorInView(Self.layout(env: env, area: new), columns: env.content.stages.count)
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let content = env.content, g = env.glyphs
        let layout = Self.layout(env: env, area: area)
        let stages = content.stages
        guard !stages.isEmpty, !content.cases.isEmpty else { return }
        let (firstColumn, firstRow) = window(layout, columns: stages.count)

        // Title, and which stages are shown when not all fit.
        frame.buffer.write("Comparing the cases, stage by stage", x: area.x + 1, y: layout.title.y, role: .title)
        let lastShown = min(stages.count, firstColumn + layout.visibleColumns)
        if layout.visibleColumns < stages.count {
            let more = (firstColumn > 0 ? g.left + " " : "") + "stages \(firstColumn + 1)\(g.rangeDash)\(lastShown) of \(stages.count)"
                + (lastShown < stages.count ? " " + g.right : "")
            frame.buffer.write(more, x: area.maxX - 1 - TextWidth.columns(of: more), y: layout.title.y, role: .dim)
        }

        // Column headings: number and short title, the conditions marked; then a rule.
        let top = layout.header.y
        for (i, stage) in stages.enumerated().dropFirst(firstColumn).prefix(layout.visibleColumns) {
            let rect = layout.cell(row: 0, column: i - firstColumn)
            let heading = (stage.isCondition ? g.condition : "") + "\(stage.number) \(stage.shortTitle)"
            let role: StyleRole = i == column ? .currentStage : (stage.isCondition ? .condition : .heading)
            frame.buffer.write(TextWidth.truncate(" \(heading)", to: rect.width - 1, ellipsis: g.ellipsis),
                               x: rect.x, y: top, role: role)
            frame.hit(Rect(x: rect.x, y: top, width: rect.width, height: 1), .number(stage.number))
        }
        frame.buffer.fill(Rect(x: area.x, y: top + 1, width: area.width, height: 1), with: Cell(g.horizontal, role: .border))

        // The cases.
        for r in firstRow..<min(content.cases.count, firstRow + layout.visibleRows) {
            let c = content.cases[r]
            let rowTop = layout.cell(row: r - firstRow, column: 0).y
            let name = "\(c.number) \(c.shortTitle)"
            frame.buffer.write(TextWidth.truncate(name, to: layout.caseColumnWidth - 2, ellipsis: g.ellipsis), x: area.x + 1,
                               y: rowTop, role: r == row ? .accent : .heading)
            if layout.rowHeight > 1 {
                frame.buffer.write(TextWidth.truncate(c.years, to: layout.caseColumnWidth - 2, ellipsis: g.ellipsis),
                                   x: area.x + 1, y: rowTop + 1, role: .dim)
            }
            for col in firstColumn..<lastShown {
                let rect = layout.cell(row: r - firstRow, column: col - firstColumn)
                let selected = r == row && col == column
                let phrase = c.stage(stages[col].id)?.grid ?? ""
                renderCell(phrase, in: rect, selected: selected, glyphs: g, into: &frame)
                frame.hit(rect, .action(.choose(r * stages.count + col)))
            }
            let ruleY = rowTop + layout.rowHeight
            if layout.ruled, r + 1 < min(content.cases.count, firstRow + layout.visibleRows), ruleY < layout.body.maxY {
                frame.buffer.fill(Rect(x: area.x, y: ruleY, width: area.width, height: 1), with: Cell(g.horizontal, role: .border))
            }
        }

        // The cell under the cursor, in full.
        if content.cases.indices.contains(row), stages.indices.contains(column) {
            let c = content.cases[row], stage = stages[column]
            let mark = stage.isCondition ? g.condition : ""
            let head = "\(c.shortTitle) \(g.crumb) \(mark)\(stage.number) \(stage.title): "
            let lines = StyledWrap.wrap([Span(head, .accent), Span(c.stage(stage.id)?.grid ?? "")],
                                        width: max(1, layout.detail.width - 2))
            LinesView.render(Array(lines.prefix(layout.detail.height)), offset: 0,
                             in: layout.detail.inset(dx: 1), into: &frame)
        }
    }

    /// A cell's phrase, wrapped to the cell, cut with an ellipsis when it does not fit; the cursor's
    /// cell in reverse.
    func renderCell(_ phrase: String, in rect: Rect, selected: Bool, glyphs: Glyphs, into frame: inout Frame) {
        let text = rect.inset(dx: 1)
        var lines = WordWrap.lines(phrase, width: max(1, text.width - 1))
        if lines.count > rect.height {
            let kept = Array(lines.prefix(rect.height - 1))
            let rest = lines.dropFirst(rect.height - 1).joined(separator: " ")
            lines = kept + [TextWidth.truncate(rest, to: max(1, text.width - 1), ellipsis: glyphs.ellipsis)]
        }
        if selected { frame.buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width - 1, height: rect.height), with: Cell(" ", role: .selection)) }
        for (i, line) in lines.enumerated() {
            frame.buffer.write(line, x: text.x, y: rect.y + i, role: selected ? .selection : .normal, limit: rect.maxX - 1)
        }
    }
}
