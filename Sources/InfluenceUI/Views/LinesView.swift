import InfluenceContent

/// Draws styled lines into a rectangle from a given line on, clipped to it.
enum LinesView {
    /// `highlight`: the marker for a note on one line, drawn selected.
    static func render(_ lines: [StyledLine], offset: Int, in rect: Rect, into frame: inout Frame,
                       highlight: (line: Int, note: NoteID)? = nil) {
        guard !rect.isEmpty else { return }
        for row in 0..<rect.height {
            let index = offset + row
            guard lines.indices.contains(index) else { break }
            var x = rect.x
            for span in lines[index].spans {
                var role = span.role
                if let highlight, highlight.line == index, span.note == highlight.note { role = .selection }
                x = frame.buffer.write(span.text, x: x, y: rect.y + row, role: role, limit: rect.maxX)
            }
        }
    }
}
