import InfluenceText

/// A grid of cells that views draw into; a terminal shows it.
public struct CellBuffer: Equatable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// Fills a rectangle (clipped to the buffer) with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * size.width + x] = cell }
        }
    }

    /// Writes text on one row from column `x`, never past `limit` (an absolute column) or the buffer's edge.
    /// A wide character that would straddle the limit is not drawn. Returns the column after the text.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, role: StyleRole = .normal,
                               limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return x }
        let end = min(limit ?? size.width, size.width)
        var col = x
        // Printable ASCII followed by ASCII (most of the text) is a cell a byte, with no grapheme
        // breaking; anything else is taken one grapheme cluster at a time.
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i], next = utf8.index(after: i)
            if byte >= 0x20, byte < 0x7F, next == utf8.endIndex || utf8[next] < 0x80 {
                if col + 1 > end { break }
                if col >= 0 { self[col, y] = Cell(String(Unicode.Scalar(byte)), role: role) }
                col += 1
                i = next
                continue
            }
            let character = text[i]
            i = text.index(after: i)
            let w = TextWidth.columns(of: character)
            if w == 0 { continue }
            if col + w > end { break }
            if col >= 0 {
                self[col, y] = Cell(String(character), role: role)
                if w == 2 { self[col + 1, y] = Cell("", role: role) }
            }
            col += w
        }
        return col
    }

    /// The buffer as plain text, one line per row, trailing spaces trimmed.
    public var text: String {
        var lines: [String] = []
        lines.reserveCapacity(size.height)
        for y in 0..<size.height {
            var line = ""
            for x in 0..<size.width {
                let cell = cells[y * size.width + x]
                if !cell.isContinuation { line += cell.text }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// A stretch of one row that differs from the frame before: the cells from column `x` to the
    /// end of the row.
    public struct Run: Equatable, Sendable {
        public var y: Int
        public var x: Int
        public var cells: ArraySlice<Cell>
    }

    /// What a terminal must write to turn `old` into this buffer: for each row that changed, the
    /// cells from its first changed one to the end of the row; every row when there is no `old` or
    /// it has another size.
    ///
    /// Why to the end of the row, and not cell by cell: curses does not repair a wide character
    /// that a narrow one partly overwrites. Its right half stays marked as covered, curses then
    /// skips that column when it sends the row, and everything after it lands one column to the
    /// left. Rewriting the rest of the row in order never leaves such a half behind. For the same
    /// reason a run never starts on the right half of a wide character, old or new.
    public func changedRuns(since old: CellBuffer?) -> [Run] {
        let width = size.width
        guard width > 0 else { return [] }
        var runs: [Run] = []
        let previous = old.flatMap { $0.size == size ? $0.cells : nil }
        for y in 0..<size.height {
            let row = y * width
            var start = 0
            if let previous {
                guard let changed = (0..<width).first(where: { cells[row + $0] != previous[row + $0] }) else { continue }
                start = changed
                while start > 0, cells[row + start].isContinuation || previous[row + start].isContinuation { start -= 1 }
            }
            runs.append(Run(y: y, x: start, cells: cells[(row + start)..<(row + width)]))
        }
        return runs
    }
}
