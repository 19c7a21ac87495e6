import CNCurses
import InfluenceUI

extension CursesTerminal {
    /// Shows the buffer: only rows that changed since the last frame are handed to curses, from
    /// their first changed cell on; then one doupdate sends what differs from the physical screen.
    ///
    /// Why from the first change to the end of the row, and not cell by cell: curses does not
    /// repair a wide character that a narrow one partly overwrites. Its right half stays marked
    /// as covered, curses then skips that column when it sends the row, and everything after it
    /// lands one column to the left. Rewriting the rest of the row in order never leaves such a
    /// half behind.
    public func draw(_ buffer: CellBuffer) {
        guard let window = currentWindow else { return }
        let rows = Int(influence_window_rows(window)), columns = Int(influence_window_cols(window))
        // A buffer made for another size (or a resize in between) is drawn clipped, in full.
        let previous = lastDrawn.flatMap { $0.size == buffer.size ? $0.cells : nil }
        if previous == nil { werase(window) }
        let width = min(buffer.width, columns), height = min(buffer.height, rows)
        let cells = buffer.cells
        if width > 0 {
            for y in 0..<height {
                let row = y * buffer.width
                var start = 0
                if let old = previous {
                    guard let changed = (0..<width).first(where: { cells[row + $0] != old[row + $0] }) else { continue }
                    start = changed
                    // Begin at the left half of a wide character, old or new, never inside one.
                    while start > 0, cells[row + start].isContinuation || old[row + start].isContinuation { start -= 1 }
                }
                for x in start..<width {
                    drawCell(cells, row: row, x: x, y: y, width: width, window: window)
                }
            }
        }
        lastDrawn = buffer
        wnoutrefresh(window)
        doupdate()
    }

    /// Draws the cell at `x` of a row. The buffer's layout (a wide character is followed by a
    /// continuation cell) is the truth; when the C library's width disagrees, the cell gets a
    /// stand-in of the right width, so the rest of the row never shifts.
    private func drawCell(_ cells: [Cell], row: Int, x: Int, y: Int, width: Int,
                          window: UnsafeMutablePointer<WINDOW>) {
        let cell = cells[row + x]
        let style = styles[Int(cell.role.rawValue)]
        if cell.isContinuation {
            // Covered by the wide character on its left; an orphan (nothing wide before it) is blank.
            if x == 0 || cells[row + x - 1].isContinuation { put(" ", x: x, y: y, style: style, window: window) }
            return
        }
        let columns = x + 1 < width && cells[row + x + 1].isContinuation ? 2 : 1
        guard let character = cell.text.first else { return }

        guard supportsUnicode else {
            var column = x
            for scalar in ASCIIFallback.fold(character, columns: columns).unicodeScalars {
                put(scalar, x: column, y: y, style: style, window: window)
                column += 1
            }
            return
        }

        var drawn = glyph(character, columns: columns)
        if drawn == 0 {
            put("?", x: x, y: y, style: style, window: window)
            drawn = 1
        } else {
            _ = scratch.withUnsafeBufferPointer { chars in
                influence_put(window, Int32(y), Int32(x), chars.baseAddress, Int32(chars.count),
                              style.attributes, style.pair)
            }
        }
        // A narrow glyph (or "?") where the layout has two columns: blank the second one.
        if drawn < columns { put(" ", x: x + 1, y: y, style: style, window: window) }
    }

    /// Fills `scratch` with what to send for one grapheme cluster that has `columns` columns,
    /// and returns its width per the C library (what curses and the terminal will use), or 0
    /// when it cannot be shown in that space.
    ///
    /// Only the first scalar and the combining marks after it are kept: curses takes one spacing
    /// character per cell, and a trailing zero-width joiner would glue onto the next cell.
    /// Variation selector 16 is kept only on a glyph that is wide anyway, since terminals
    /// disagree on whether it widens a narrow one.
    private func glyph(_ character: Character, columns: Int) -> Int {
        scratch.removeAll(keepingCapacity: true)
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        let width = Int(influence_wcwidth(wchar_t(bitPattern: base.value)))
        guard width >= 1, width <= columns else { return 0 }
        scratch.append(wchar_t(bitPattern: base.value))
        for scalar in scalars.dropFirst() {
            let value = wchar_t(bitPattern: scalar.value)
            if scalar.value == 0xFE0F {
                if width == 2, scratch.count < Self.charactersPerCell { scratch.append(value) }
                continue
            }
            // A joiner, a second emoji, a regional indicator's pair: not part of this cell.
            guard Self.isMark(scalar) else { break }
            let isVariationSelector = (0xFE00...0xFE0F).contains(scalar.value)
                || (0xE0100...0xE01EF).contains(scalar.value)
            if !isVariationSelector, influence_wcwidth(value) == 0, scratch.count < Self.charactersPerCell {
                scratch.append(value)
            }
        }
        return width
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// CCHARW_MAX: one spacing character and up to four combining ones.
    static let charactersPerCell = 5

    private func put(_ scalar: Unicode.Scalar, x: Int, y: Int, style: CellStyle,
                     window: UnsafeMutablePointer<WINDOW>) {
        var char = wchar_t(bitPattern: scalar.value)
        // ERR at the bottom-right cell (curses cannot move past it) although the cell is drawn.
        _ = influence_put(window, Int32(y), Int32(x), &char, 1, style.attributes, style.pair)
    }
}
