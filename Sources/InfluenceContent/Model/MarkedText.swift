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
        // A byte scan (markers are ASCII): "[^", then id characters, then "]".
        let bytes = source.utf8
        var textStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "["), let id = MarkedText.marker(in: bytes, at: index) else {
                index = bytes.index(after: index)
                continue
            }
            if textStart < index { segments.append(.text(String(source[textStart..<index]))) }
            segments.append(.marker(String(source[id])))
            index = bytes.index(after: id.upperBound)
            textStart = index
        }
        if textStart < bytes.endIndex { segments.append(.text(String(source[textStart...]))) }
        self.segments = segments
    }

    /// The id range of a marker starting at `start` (a "["), if one stands there.
    static func marker(in bytes: String.UTF8View, at start: String.Index) -> Range<String.Index>? {
        let caret = bytes.index(after: start)
        guard caret < bytes.endIndex, bytes[caret] == UInt8(ascii: "^") else { return nil }
        let idStart = bytes.index(after: caret)
        var end = idStart
        while end < bytes.endIndex, isIDByte(bytes[end]) { end = bytes.index(after: end) }
        guard end > idStart, end < bytes.endIndex, bytes[end] == UInt8(ascii: "]") else { return nil }
        return idStart..<end
    }

    static func isIDByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
    }

    /// The ids of the notes `text` refers to, in order: what `MarkedText.markers(in: text)` gives,
    /// without making the runs of text between them (labels and references read every text of a
    /// case for its markers alone).
    public static func markers(in text: String) -> [String] {
        var ids: [String] = []
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "["), let id = marker(in: bytes, at: index) {
                ids.append(String(text[id]))
                index = bytes.index(after: id.upperBound)
            } else {
                index = bytes.index(after: index)
            }
        }
        return ids
    }

    /// The ids of the notes referenced, in order.
    public var markers: [String] {
        segments.compactMap { if case .marker(let id) = $0 { return id } else { return nil } }
    }
}
