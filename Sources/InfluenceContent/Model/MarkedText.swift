/// Text with note markers written `[^note-id]`, split into plain runs and markers.
public struct MarkedText: Equatable, Sendable {
    /// A run of text or a reference to a note.
    public enum Segment: Equatable, Sendable {
        case text(String)
        case marker(String)
    }

    public var segments: [Segment]

    public init(_ source: String) {
        var segments: [Segment] = []
        var text = ""
        var index = source.startIndex
        // A plain scan (no Foundation searching): "[^" then id characters then "]" is a marker.
        while index < source.endIndex {
            let c = source[index]
            if c == "[", let id = MarkedText.marker(in: source, at: index) {
                if !text.isEmpty { segments.append(.text(text)) }
                text = ""
                segments.append(.marker(String(source[id])))
                index = source.index(after: id.upperBound)
                continue
            }
            text.append(c)
            index = source.index(after: index)
        }
        if !text.isEmpty { segments.append(.text(text)) }
        self.segments = segments
    }

    /// The id range of a marker starting at `start` (a "["), if one stands there.
    static func marker(in source: String, at start: String.Index) -> Range<String.Index>? {
        let caret = source.index(after: start)
        guard caret < source.endIndex, source[caret] == "^" else { return nil }
        let idStart = source.index(after: caret)
        var end = idStart
        while end < source.endIndex, isIDCharacter(source[end]) { end = source.index(after: end) }
        guard end > idStart, end < source.endIndex, source[end] == "]" else { return nil }
        return idStart..<end
    }

    /// The ids of the notes referenced, in order.
    public var markers: [String] {
        segments.compactMap { if case .marker(let id) = $0 { return id } else { return nil } }
    }

    static func isIDCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_")
    }
}
