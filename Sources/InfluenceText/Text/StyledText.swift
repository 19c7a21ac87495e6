import InfluenceContent

/// A run of text in one style; `note` is set when the run is a note marker such as "[19]".
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    public var note: NoteID?

    public init(_ text: String, _ role: StyleRole = .normal, note: NoteID? = nil) {
        self.text = text
        self.role = role
        self.note = note
    }
}

/// Where a display line starts in the text it was wrapped from: which block of the page, and how many
/// bytes (UTF-8) into it. The same text keeps its anchor at any width, so a resize keeps the reading place.
public struct Anchor: Comparable, Hashable, Sendable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int = 0) {
        self.block = block
        self.offset = offset
    }

    public static let start = Anchor(block: 0)

    public static func < (a: Anchor, b: Anchor) -> Bool {
        (a.block, a.offset) < (b.block, b.offset)
    }

    /// The same block, `characters` further on.
    func advanced(by bytes: Int) -> Anchor { Anchor(block: block, offset: offset + bytes) }
}

/// One display line of spans, already wrapped to fit its pane.
public struct StyledLine: Equatable, Sendable {
    public var spans: [Span]
    /// Where the line starts in its source text.
    public var anchor: Anchor

    public init(_ spans: [Span] = [], anchor: Anchor = .start) {
        self.spans = spans
        self.anchor = anchor
    }

    public init(_ text: String, _ role: StyleRole = .normal, anchor: Anchor = .start) {
        self.init([Span(text, role)], anchor: anchor)
    }

    public var text: String { spans.map(\.text).joined() }
    public var width: Int { spans.reduce(0) { $0 + TextWidth.columns(of: $1.text) } }
}

/// Word-wraps styled spans into lines, keeping each span's style and marker.
public enum StyledWrap {
    /// One wrappable unit: a word made of pieces of spans, with no spaces inside.
    struct Word {
        var pieces: [Span] = []
        var width = 0
        /// Bytes (UTF-8) of the source text before this word: where the word stands, whatever the width.
        var offset = 0
    }

    /// Wraps spans into lines of at most `width` columns; a "\n" in the text starts a new paragraph,
    /// with an empty line between paragraphs. `first` and `rest` prefix first and following lines.
    /// Each line's anchor is `anchor` advanced by the source offset of its first character.
    public static func wrap(_ spans: [Span], width: Int, first: [Span] = [], rest: [Span] = [],
                            anchor: Anchor = .start) -> [StyledLine] {
        let paragraphs = words(in: spans)
        let indent = max(self.width(of: first), self.width(of: rest))
        let inner = max(1, width - indent)
        var lines: [StyledLine] = []
        for words in paragraphs where !words.isEmpty {
            if !lines.isEmpty { lines.append(StyledLine([], anchor: anchor.advanced(by: words[0].offset))) }
            var line: [Span] = []
            var lineWidth = 0
            var lineOffset = words[0].offset
            func flush() {
                let prefix = lines.isEmpty ? first : rest
                lines.append(StyledLine(prefix + line, anchor: anchor.advanced(by: lineOffset)))
                line = []
                lineWidth = 0
            }
            /// Adds a span to the line, joined to the one before when they look the same.
            func add(_ span: Span) {
                if let last = line.last, last.role == span.role, last.note == nil, span.note == nil {
                    line[line.count - 1].text += span.text
                } else {
                    line.append(span)
                }
            }
            for word in words {
                if lineWidth > 0 && lineWidth + 1 + word.width <= inner {
                    add(Span(" "))
                    for piece in word.pieces { add(piece) }
                    lineWidth += 1 + word.width
                    continue
                }
                if lineWidth > 0 { flush() }
                lineOffset = word.offset
                // A word wider than the pane is broken into pieces that fit, never inside a cluster,
                // in one pass: measuring the rest after each line took seconds for a 100,000-character
                // word. What is left of the word stays in `line`.
                if word.width > inner {
                    var consumed = 0
                    for piece in word.pieces {
                        var text = ""
                        for ch in piece.text {
                            let w = TextWidth.columns(of: ch)
                            if lineWidth + w > inner && lineWidth > 0 {
                                if !text.isEmpty { line.append(Span(text, piece.role, note: piece.note)) }
                                text = ""
                                flush()
                                lineOffset = word.offset + consumed
                            }
                            text.append(ch)
                            lineWidth += w
                            consumed += ch.utf8.count
                        }
                        if !text.isEmpty { line.append(Span(text, piece.role, note: piece.note)) }
                    }
                    continue
                }
                line = word.pieces
                lineWidth = word.width
            }
            if lineWidth > 0 { flush() }
        }
        return lines
    }

    /// Splits text into paragraphs of words, each piece keeping its span's style and marker. Scans
    /// bytes (a space or a line feed is never inside a multi-byte character) and takes each piece of
    /// a word whole, rather than a character at a time.
    static func words(in spans: [Span]) -> [[Word]] {
        var paragraphs: [[Word]] = [[]]
        var current = Word()
        var offset = 0
        func endWord() {
            if !current.pieces.isEmpty { paragraphs[paragraphs.count - 1].append(current) }
            current = Word()
        }
        for span in spans {
            let text = span.text
            let utf8 = text.utf8
            var pieceStart: String.Index?
            func closePiece(at end: String.Index) {
                guard let start = pieceStart else { return }
                pieceStart = nil
                let piece = text[start..<end]
                // A marker glued to the word before it stays with that word.
                if let last = current.pieces.last, last.role == span.role, last.note == span.note {
                    current.pieces[current.pieces.count - 1].text += piece
                } else {
                    current.pieces.append(Span(String(piece), span.role, note: span.note))
                }
                current.width += TextWidth.columns(of: piece)
            }
            var i = utf8.startIndex
            while i < utf8.endIndex {
                let byte = utf8[i]
                if byte == 0x20 || byte == 0x0A {
                    closePiece(at: i)
                    endWord()
                    if byte == 0x0A, !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
                } else if pieceStart == nil {
                    if current.pieces.isEmpty { current.offset = offset }
                    pieceStart = i
                }
                i = utf8.index(after: i)
                offset += 1
            }
            closePiece(at: utf8.endIndex)
        }
        endWord()
        return paragraphs
    }

    static func width(of spans: [Span]) -> Int {
        spans.reduce(0) { $0 + TextWidth.columns(of: $1.text) }
    }

    /// Spans for text with `[^id]` markers, each marker shown as its label, "[19]".
    public static func spans(marked text: String, role: StyleRole = .normal, labels: NoteLabels) -> [Span] {
        MarkedTextSpans.make(text, role: role, labels: labels)
    }
}
