import InfluenceContent

/// Turns content text with note markers into spans, each marker as its label ("[19]") in the marker style.
enum MarkedTextSpans {
    static func make(_ text: String, role: StyleRole, labels: NoteLabels) -> [Span] {
        MarkedText(text).segments.map { segment in
            switch segment {
            case .text(let t): return Span(t, role)
            case .marker(let id): return Span(labels.marker(id), .marker, note: NoteID(id))
            }
        }
    }
}
