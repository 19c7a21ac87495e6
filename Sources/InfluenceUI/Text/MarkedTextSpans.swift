import InfluenceContent

/// Turns content text with note markers into spans, markers in the marker style.
enum MarkedTextSpans {
    static func make(_ text: String, role: StyleRole, label: (String) -> String) -> [Span] {
        MarkedText(text).segments.map { segment in
            switch segment {
            case .text(let t): return Span(t, role)
            case .marker(let id): return Span("[\(label(id))]", .marker, note: id)
            }
        }
    }
}
