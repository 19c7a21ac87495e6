/// Wraps text into lines of at most a given number of columns, never splitting a grapheme cluster.
public enum WordWrap {
    /// Each paragraph ("\n"-separated) wrapped on spaces, with one empty line between paragraphs;
    /// words wider than `width` are broken.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if !result.isEmpty { result.append("") }
            result += wrapParagraph(paragraph, width: width)
        }
        return result
    }

    static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var w = TextWidth.columns(of: word)
            if lineWidth > 0 && lineWidth + 1 + w <= width {
                line += " " + word
                lineWidth += 1 + w
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            // A word wider than the line is broken into pieces that fit, in one pass: measuring
            // what is left after each piece took seconds a frame for a 100,000-character word.
            if w > width {
                var piece = ""
                var pieceWidth = 0
                for c in word {
                    let cw = TextWidth.columns(of: c)
                    if pieceWidth + cw > width && !piece.isEmpty {
                        lines.append(piece)
                        piece = ""
                        pieceWidth = 0
                    }
                    piece.append(c)
                    pieceWidth += cw
                }
                word = piece
                w = pieceWidth
            }
            line = word
            lineWidth = w
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Wraps with a hanging indent: `first` before the first line, `rest` before the others.
    public static func lines(_ text: String, width: Int, first: String, rest: String) -> [String] {
        let indent = max(TextWidth.columns(of: first), TextWidth.columns(of: rest))
        let inner = max(1, width - indent)
        let wrapped = lines(text, width: inner)
        return wrapped.enumerated().map { i, l in l.isEmpty ? "" : (i == 0 ? first : rest) + l }
    }
}
