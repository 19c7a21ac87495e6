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
        var rest = Substring(source)
        while let open = rest.range(of: "[^") {
            guard let close = rest[open.upperBound...].firstIndex(of: "]") else { break }
            let id = rest[open.upperBound..<close]
            guard !id.isEmpty, id.allSatisfy(MarkedText.isIDCharacter) else {
                segments.append(.text(String(rest[..<open.upperBound])))
                rest = rest[open.upperBound...]
                continue
            }
            if open.lowerBound > rest.startIndex { segments.append(.text(String(rest[..<open.lowerBound]))) }
            segments.append(.marker(String(id)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        // Merge neighbouring text runs left by skipped brackets.
        var merged: [Segment] = []
        for s in segments {
            if case .text(let t) = s, case .text(let prev)? = merged.last {
                merged[merged.count - 1] = .text(prev + t)
            } else {
                merged.append(s)
            }
        }
        self.segments = merged
    }

    /// The ids of the notes referenced, in order.
    public var markers: [String] {
        segments.compactMap { if case .marker(let id) = $0 { return id } else { return nil } }
    }

    static func isIDCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_")
    }
}
