import InfluenceContent

/// Draws styled lines into a rectangle from a given line on, clipped to it.
enum LinesView {
    /// Marks the items of a list drawn in `rect` (gutter in its first column) from line `offset`:
    /// each item (the lines it takes) is a click target that selects it, and the chosen item's rows
    /// on screen carry the gutter bar. The items are in line order, one after another, so only those
    /// in view are looked at (a list of thousands costs a key no more than a short one).
    static func markItems<Items: RandomAccessCollection>(_ items: Items, selected: Int, offset: Int, in rect: Rect,
                                                         glyphs: Glyphs, into frame: inout Frame)
    where Items.Element == Range<Int>, Items.Index == Int {
        let start = Scrolling.firstIndex(items) { $0.upperBound > offset }
        for index in start..<items.endIndex {
            let lines = items[index]
            guard lines.lowerBound < offset + rect.height else { break }
            let top = max(lines.lowerBound, offset), bottom = min(lines.upperBound, offset + rect.height)
            guard top < bottom else { continue }
            frame.hit(Rect(x: rect.x, y: rect.y + top - offset, width: rect.width, height: bottom - top), .action(.select(index)))
            guard index == selected else { continue }
            for line in top..<bottom { frame.buffer.write(glyphs.gutter, x: rect.x, y: rect.y + line - offset, role: .accent) }
        }
    }

    /// `highlight`: the marker for a note on one line, drawn selected. `matches`: a folded search
    /// query whose matches are drawn highlighted.
    static func render(_ lines: [StyledLine], offset: Int, in rect: Rect, into frame: inout Frame,
                       highlight: (line: Int, note: NoteID)? = nil, matches: String? = nil) {
        guard !rect.isEmpty else { return }
        for row in 0..<rect.height {
            let index = offset + row
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            let found = matches.map { matchedCharacters(of: $0, in: line.text) } ?? []
            var x = rect.x
            var character = 0
            for span in line.spans {
                var role = span.role
                if let highlight, highlight.line == index, span.note == highlight.note { role = .selection }
                if found.isEmpty {
                    x = frame.buffer.write(span.text, x: x, y: rect.y + row, role: role, limit: rect.maxX)
                    continue
                }
                for c in span.text {
                    x = frame.buffer.write(String(c), x: x, y: rect.y + row, role: found.contains(character) ? .match : role,
                                           limit: rect.maxX)
                    character += 1
                }
            }
        }
    }

    /// The positions (in characters) of `text` that match the folded `needle`.
    static func matchedCharacters(of needle: String, in text: String) -> Set<Int> {
        guard !needle.isEmpty else { return [] }
        let folded = TextFolding.fold(text)
        let bytes = folded.bytes, pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return [] }
        var result: Set<Int> = []
        var i = 0
        while i <= bytes.count - pattern.count {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                for k in i..<(i + pattern.count) { result.insert(folded.characterIndex[k]) }
                i += pattern.count
            } else {
                i += 1
            }
        }
        return result
    }
}
