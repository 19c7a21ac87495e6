import InfluenceContent
import InfluenceText

/// Draws styled lines into a rectangle from a given line on, clipped to it.
enum LinesView {
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
