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
    /// Opened from presenter mode, the grid is revealed for the class a case (row) or a stage
    /// (column) at a time; nil shows every cell.
    public var reveal: Reveal?

    /// How far the grid is revealed, and by what.
    public struct Reveal: Equatable, Sendable {
        /// By cases (rows), else by stages (columns).
        public var byCases: Bool
        /// How many rows or columns are shown.
        public var shown: Int

        public init(byCases: Bool = true, shown: Int = 0) {
            self.byCases = byCases
            self.shown = shown
        }
    }

    /// Whether the cell of case `row` at stage `column` is shown.
    func isRevealed(row r: Int, column c: Int) -> Bool {
        guard let reveal else { return true }
        return reveal.byCases ? r < reveal.shown : c < reveal.shown
    }

    /// The grid with the cursor on a case and stage (0-based), or on the first case's first condition.
    public init(row: Int = 0, column: Int? = nil, env: Environment) {
        self.row = row
        self.column = column ?? (env.content.stages.firstIndex { $0.isCondition } ?? 0)
    }

    /// How the grid fits an area: the columns shown and their widths, and how many lines each
    /// case's phrases take, so a row is as tall as its longest phrase and no phrase is cut.
    struct Layout {
        /// Each stage column's narrowest width: a space, then its longest word (or part of a
        /// hyphenated one) in its phrases and heading, so no word is broken.
        static func minimumWidths(_ content: Content) -> [Int] {
            content.stages.map { stage in
                let words = content.cases.flatMap { GridModel.pieces($0.stage(stage.id)?.grid ?? "") }.map(\.text)
                    + heading(stage, glyphs: .unicode).split(separator: " ").map(String.init)
                return (words.map { TextWidth.columns(of: $0) }.max() ?? 8) + 1
            }
        }

        /// A stage's column heading: its number and short title, a condition marked.
        static func heading(_ stage: Stage, glyphs: Glyphs) -> String {
            (stage.isCondition ? glyphs.condition : "") + "\(stage.number) \(stage.shortTitle)"
        }

        var caseColumnWidth: Int
        var visibleColumns: Int
        /// Every stage column's width, a space and its text. When all columns fit, the room left
        /// over goes where it makes the rows shortest; when they do not, every column is as wide.
        var columnWidths: [Int]
        var title: Rect
        var header: Rect
        var body: Rect
        var detail: Rect
        /// For each case, the lines each stage's phrase takes at its column's width.
        var lineCounts: [[Int]]

        init(area: Rect, content: Content) {
            let stages = max(1, content.stages.count)
            let widest = content.cases.map { TextWidth.columns(of: $0.shortTitle) }.max() ?? 8
            caseColumnWidth = min(max(widest + 1, 10), max(8, area.width / 4))
            let room = max(1, area.width - caseColumnWidth)
            let minimums = Self.minimumWidths(content)
            let phrases = content.cases.map { c in content.stages.map { c.stage($0.id)?.grid ?? "" } }
            func lines(_ widths: [Int]) -> [[Int]] {
                phrases.map { row in row.indices.map { Self.wrap(row[$0], columnWidth: widths[$0]).count } }
            }
            if minimums.reduce(0, +) <= room, minimums.count == stages {
                visibleColumns = stages
                var widths = minimums
                // Each spare column goes to the stage where it saves the most lines, else to the narrowest.
                func height(widening column: Int) -> Int {
                    var wider = widths
                    wider[column] += 1
                    return Self.totalHeight(lines(wider))
                }
                for _ in 0..<(room - minimums.reduce(0, +)) {
                    let best = widths.indices.min { a, b in
                        let (ha, hb) = (height(widening: a), height(widening: b))
                        return ha != hb ? ha < hb : widths[a] < widths[b]
                    } ?? 0
                    widths[best] += 1
                }
                columnWidths = widths
            } else {
                visibleColumns = min(stages, max(1, room / (minimums.max() ?? 8)))
                columnWidths = Array(repeating: room / visibleColumns, count: stages)
            }
            // The headings take two lines where one of them needs it, and a rule.
            let widths = columnWidths
            let headingLines = content.stages.indices.map { Self.wrap(Self.heading(content.stages[$0], glyphs: .unicode), columnWidth: widths[$0]).count }
            let (title, belowTitle) = area.splitTop(1)
            let (header, belowHeader) = belowTitle.splitTop(min(2, headingLines.max() ?? 1) + 1)
            let (body, detail) = belowHeader.splitBottom(3)
            self.title = title
            self.header = header
            self.body = body
            self.detail = detail.splitTop(1).rest
            lineCounts = lines(columnWidths)
        }

        /// The lines the rows take, each as tall as its longest phrase.
        static func totalHeight(_ lineCounts: [[Int]]) -> Int {
            lineCounts.map { $0.max() ?? 1 }.reduce(0, +)
        }

        /// The width a phrase wraps to in a column: the column less a space either side.
        static func textWidth(_ columnWidth: Int) -> Int { max(1, columnWidth - 2) }

        /// The longest line a column holds: a lone word may take the space on its right.
        static func longestLine(_ columnWidth: Int) -> Int { max(1, columnWidth - 1) }

        /// A phrase wrapped for a column of this width.
        static func wrap(_ phrase: String, columnWidth: Int) -> [String] {
            GridModel.wrap(phrase, width: textWidth(columnWidth), longest: longestLine(columnWidth))
        }

        /// Where stage column `column` starts when `first` is the first shown.
        func columnX(_ column: Int, first: Int) -> Int {
            body.x + caseColumnWidth + columnWidths[first..<column].reduce(0, +)
        }

        /// Each case's row height with these stage columns shown: its longest phrase (at least two
        /// lines, for the case's name and years), no taller than the grid.
        func heights(columns: Range<Int>) -> [Int] {
            lineCounts.map { counts in
                min(max(2, counts[columns.clamped(to: 0..<counts.count)].max() ?? 1), max(1, body.height))
            }
        }

        /// Whether rules part the rows: when all of them fit with a rule between each two.
        func ruled(_ heights: [Int]) -> Bool {
            heights.reduce(0, +) + max(0, heights.count - 1) <= body.height
        }

        /// How many rows, from `first`, fit in the grid.
        func rowsShown(from first: Int, heights: [Int]) -> Int {
            let rule = ruled(heights) ? 1 : 0
            var used = 0, count = 0
            for height in heights.dropFirst(first) {
                if count > 0 && used + rule + height > body.height { break }
                used += (count > 0 ? rule : 0) + height
                count += 1
            }
            return max(1, count)
        }
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let content = env.content
        let rows = content.cases.count, columns = content.stages.count
        guard rows > 0, columns > 0 else { return nil }
        switch action {
        case .revealNext, .revealPrevious, .toggleReveal:
            guard var reveal else { return .message("The grid is revealed a case or a stage at a time from presenter mode") }
            let count = reveal.byCases ? rows : columns
            switch action {
            case .revealNext:
                guard reveal.shown < count else { return .message("All shown: R reveals by \(reveal.byCases ? "stages" : "cases") instead, Esc goes back") }
                reveal.shown += 1
                if reveal.byCases { row = reveal.shown - 1 } else { column = reveal.shown - 1 }
            case .revealPrevious: reveal.shown = max(0, reveal.shown - 1)
            default: reveal = Reveal(byCases: !reveal.byCases, shown: 0)
            }
            self.reveal = reveal
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
        let heights = layout.heights(columns: first.column..<(first.column + layout.visibleColumns))
        first.row = min(first.row, max(0, heights.count - 1))
        if row < first.row { first.row = row }
        while first.row < row, row >= first.row + layout.rowsShown(from: first.row, heights: heights) { first.row += 1 }
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

        // Column headings: number and short title, the conditions marked, on up to two lines; then a rule.
        let top = layout.header.y
        for (i, stage) in stages.enumerated().dropFirst(firstColumn).prefix(layout.visibleColumns) {
            let rect = Rect(x: layout.columnX(i, first: firstColumn), y: top, width: layout.columnWidths[i], height: layout.header.height - 1)
            let role: StyleRole = i == column ? .currentStage : (stage.isCondition ? .condition : .heading)
            let width = Layout.longestLine(rect.width)
            var lines = Layout.wrap(Layout.heading(stage, glyphs: g), columnWidth: rect.width)
            if lines.count > 2 { lines = [lines[0], TextWidth.truncate(lines.dropFirst().joined(separator: " "), to: width, ellipsis: g.ellipsis)] }
            for (n, line) in lines.prefix(layout.header.height - 1).enumerated() {
                frame.buffer.write(TextWidth.truncate(line, to: width, ellipsis: g.ellipsis), x: rect.x + 1, y: top + n, role: role)
            }
            frame.hit(rect, .number(stage.number))
        }
        let rule = layout.header.maxY - 1
        frame.buffer.fill(Rect(x: area.x, y: rule, width: area.width, height: 1), with: Cell(g.horizontal, role: .border))

        // The cases, each row as tall as its longest phrase.
        let heights = layout.heights(columns: firstColumn..<lastShown)
        let shownRows = layout.rowsShown(from: firstRow, heights: heights)
        let ruled = layout.ruled(heights)
        var rowTop = layout.body.y
        for r in firstRow..<min(content.cases.count, firstRow + shownRows) {
            let c = content.cases[r]
            let height = heights[r]
            frame.buffer.write(TextWidth.truncate(c.shortTitle, to: layout.caseColumnWidth - 1, ellipsis: g.ellipsis), x: area.x + 1,
                               y: rowTop, role: r == row ? .accent : .heading)
            frame.buffer.write(TextWidth.truncate(c.years, to: layout.caseColumnWidth - 1, ellipsis: g.ellipsis),
                               x: area.x + 1, y: rowTop + 1, role: .dim, limit: area.maxX)
            for col in firstColumn..<lastShown {
                let rect = Rect(x: layout.columnX(col, first: firstColumn), y: rowTop,
                                width: layout.columnWidths[col], height: min(height, layout.body.maxY - rowTop))
                let selected = r == row && col == column
                let phrase = isRevealed(row: r, column: col) ? c.stage(stages[col].id)?.grid ?? "" : ""
                renderCell(phrase, in: rect, selected: selected, glyphs: g, into: &frame)
                frame.hit(rect, .action(.choose(r * stages.count + col)))
            }
            rowTop += height
            if ruled, r + 1 < min(content.cases.count, firstRow + shownRows), rowTop < layout.body.maxY {
                frame.buffer.fill(Rect(x: area.x, y: rowTop, width: area.width, height: 1), with: Cell(g.horizontal, role: .border))
                rowTop += 1
            }
        }
        if shownRows < content.cases.count {
            let lastRow = min(content.cases.count, firstRow + shownRows)
            let which = lastRow - firstRow == 1 ? "case \(lastRow)" : "cases \(firstRow + 1)\(g.rangeDash)\(lastRow)"
            let more = (firstRow > 0 ? g.up + " " : "") + "\(which) of \(content.cases.count)"
                + (lastRow < content.cases.count ? " " + g.down : "")
            frame.buffer.write(more, x: area.maxX - 1 - TextWidth.columns(of: more), y: layout.header.maxY - 1, role: .dim)
        }

        // The cell under the cursor, in full (once revealed).
        if let reveal {
            let what = reveal.byCases ? "case" : "stage"
            let total = reveal.byCases ? content.cases.count : stages.count
            // A follower is told how far the grid is shown, not invited to a key (it would detach).
            let hint = env.follows ? "\(reveal.shown) of \(total) \(what)s shown"
                : reveal.shown < total ? "Space reveals the next \(what) (\(reveal.shown) of \(total) shown); R: by \(reveal.byCases ? "stage" : "case")"
                : "All \(total) \(what)s shown; R reveals by \(reveal.byCases ? "stage" : "case")"
            frame.buffer.write(TextWidth.truncate(hint, to: max(1, layout.detail.width - 2), ellipsis: g.ellipsis),
                               x: layout.detail.x + 1, y: layout.detail.y + max(0, layout.detail.height - 1), role: .dim)
        }
        if content.cases.indices.contains(row), stages.indices.contains(column), isRevealed(row: row, column: column) {
            let c = content.cases[row], stage = stages[column]
            let mark = stage.isCondition ? g.condition : ""
            let head = "\(c.shortTitle) \(g.crumb) \(mark)\(stage.number) \(stage.title): "
            let lines = StyledWrap.wrap([Span(head, .accent), Span(c.stage(stage.id)?.grid ?? "")],
                                        width: max(1, layout.detail.width - 2))
            LinesView.render(Array(lines.prefix(layout.detail.height)), offset: 0,
                             in: layout.detail.inset(dx: 1), into: &frame)
        }
    }

    /// A cell's phrase, wrapped to the cell (cut with an ellipsis only in a grid too short for its
    /// row); the cursor's cell in reverse.
    func renderCell(_ phrase: String, in rect: Rect, selected: Bool, glyphs: Glyphs, into frame: inout Frame) {
        let text = Rect(x: rect.x + 1, y: rect.y, width: Layout.longestLine(rect.width), height: rect.height)
        var lines = Layout.wrap(phrase, columnWidth: rect.width)
        if lines.count > rect.height {
            let kept = Array(lines.prefix(rect.height - 1))
            let rest = lines.dropFirst(rect.height - 1).joined(separator: " ")
            lines = kept + [TextWidth.truncate(rest, to: text.width, ellipsis: glyphs.ellipsis)]
        }
        if selected { frame.buffer.fill(rect, with: Cell(" ", role: .selection)) }
        for (i, line) in lines.enumerated() {
            frame.buffer.write(line, x: text.x, y: rect.y + i, role: selected ? .selection : .normal, limit: rect.maxX)
        }
    }

    /// A phrase's words, a hyphenated word in parts ("money-", "laundering"): where a line may break,
    /// and whether a space stands before each part.
    static func pieces(_ phrase: String) -> [(text: String, spaced: Bool)] {
        var pieces: [(text: String, spaced: Bool)] = []
        for word in phrase.split(separator: " ") {
            var part = "", first = true
            for ch in word {
                part.append(ch)
                if ch == "-", part.count > 1 {
                    pieces.append((part, first))
                    part = ""
                    first = false
                }
            }
            if !part.isEmpty { pieces.append((part, first)) }
        }
        return pieces
    }

    /// A phrase wrapped to `width` columns for a cell: between words, or after a hyphen. A part that
    /// stands alone on its line may run to `longest` columns (into the space that parts the cell
    /// from the next); a part longer still is cut by `WordWrap`.
    static func wrap(_ phrase: String, width: Int, longest: Int? = nil) -> [String] {
        let longest = max(width, longest ?? width)
        var lines: [String] = [], line = ""
        for piece in pieces(phrase) {
            let joined = line.isEmpty ? piece.text : line + (piece.spaced ? " " : "") + piece.text
            if TextWidth.columns(of: joined) <= width || line.isEmpty {
                line = joined
            } else {
                lines.append(line)
                line = piece.text
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.flatMap { TextWidth.columns(of: $0) > longest ? WordWrap.lines($0, width: longest) : [$0] }
    }
}
