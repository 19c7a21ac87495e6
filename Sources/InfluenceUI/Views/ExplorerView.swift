import InfluenceContent

/// Draws the whole screen for a state: the screen underneath, any overlay, and the status bar.
public enum ExplorerView {
    /// The frame for a state; `pages` keeps laid-out pages between frames.
    public static func render(_ state: ExplorerState, content: Content, pages: PageCache = PageCache()) -> CellBuffer {
        var buffer = CellBuffer(size: state.size)
        guard ReadingLayout.fits(state.size) else {
            drawTooSmall(&buffer)
            return buffer
        }
        switch state.screen {
        case .home:
            HomeView.draw(state, content: content, into: &buffer)
        case .framework, .reading:
            if let page = state.page(content: content, pages: pages) {
                ReadingView.draw(page, state: state, into: &buffer)
            }
        }
        if state.overlay != nil {
            OverlayView.draw(state, content: content, pages: pages, into: &buffer)
        }
        StatusBar.draw(state, into: &buffer)
        return buffer
    }

    /// The message shown when the window is smaller than the explorer needs; recovers when it grows.
    static func drawTooSmall(_ buffer: inout CellBuffer) {
        let min = ReadingLayout.minimum
        let lines = [
            "Influence Explorer needs at least \(min.width)x\(min.height)",
            "(now \(buffer.width)x\(buffer.height)); enlarge the window, or press q to quit.",
        ]
        var rows: [String] = []
        for line in lines { rows += WordWrap.lines(line, width: max(1, buffer.width)) }
        let top = max(0, (buffer.height - rows.count) / 2)
        for (i, row) in rows.enumerated() where top + i < buffer.height {
            let x = max(0, (buffer.width - TextWidth.columns(of: row)) / 2)
            buffer.write(row, x: x, y: top + i, role: i == 0 ? .error : .normal)
        }
    }

    /// Draws styled lines into a rectangle, starting at line `offset`.
    static func drawLines(_ lines: [StyledLine], offset: Int, in rect: Rect, into buffer: inout CellBuffer,
                          highlight: (line: Int, note: String)? = nil) {
        guard !rect.isEmpty else { return }
        for row in 0..<rect.height {
            let index = offset + row
            guard lines.indices.contains(index) else { break }
            var x = rect.x
            for span in lines[index].spans {
                var role = span.role
                if let highlight, highlight.line == index, span.note == highlight.note { role = .selection }
                x = buffer.write(span.text, x: x, y: rect.y + row, role: role, limit: rect.maxX)
            }
        }
    }

    /// "12–22/40" style position of a scrolled pane, or "all" when it fits.
    static func position(offset: Int, height: Int, total: Int) -> String {
        guard total > height else { return "" }
        let end = min(total, offset + height)
        return "\(offset + 1)–\(end)/\(total)"
    }
}
