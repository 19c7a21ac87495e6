import CNCurses
import InfluenceUI
import InfluenceText

extension CursesTerminal {
    /// Shows the buffer: only what changed since the last frame (`CellBuffer.changedRuns`, which
    /// explains why runs go to the end of their row) is handed to curses, then one doupdate sends
    /// what differs from the physical screen.
    public func draw(_ buffer: CellBuffer) {
        guard let window = currentWindow else { return }
        let rows = Int(influence_window_rows(window)), columns = Int(influence_window_cols(window))
        // A buffer made for another size (or a resize in between) is drawn clipped, in full.
        let previous = lastDrawn.flatMap { $0.size == buffer.size ? $0 : nil }
        if previous == nil { werase(window) }
        let width = min(buffer.width, columns)
        let cells = buffer.cells
        // Just erased, with no background of its own, the window is plain blanks already.
        let skipPlainBlanks = previous == nil && !hasBackground
        let plainBlank = Cell(" ", role: .normal)
        for run in buffer.changedRuns(since: previous) where run.y < rows && run.x < width {
            let row = run.y * buffer.width
            for x in run.x..<width {
                if skipPlainBlanks, cells[row + x] == plainBlank, styles[Int(StyleRole.normal.rawValue)] == .plain {
                    continue
                }
                drawCell(cells, row: row, x: x, y: run.y, width: width, window: window)
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
        // Most cells are one printable ASCII byte: one column in every locale and every fallback.
        if columns == 1, cell.text.utf8.count == 1, let byte = cell.text.utf8.first, (0x20...0x7E).contains(byte) {
            put(Unicode.Scalar(byte), x: x, y: y, style: style, window: window)
            return
        }
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
