import InfluenceText

/// A quotation as it is shown everywhere: the words in quotation marks, then "— " and who said them.
enum QuotationBlock {
    /// `gap`: an empty line between the words and the attribution (in a box, not in the side pane).
    static func lines(text: String, attribution: String, width: Int, glyphs: Glyphs, gap: Bool,
                      anchor: Anchor = .start) -> [StyledLine] {
        var lines = StyledWrap.wrap([Span(glyphs.openQuote + text + glyphs.closeQuote, .quote)], width: width, anchor: anchor)
        if gap { lines.append(StyledLine()) }
        let dash = glyphs.dash + " "
        lines += StyledWrap.wrap([Span(attribution, .attribution)], width: width, first: [Span(dash, .attribution)],
                                 rest: [Span(String(repeating: " ", count: TextWidth.columns(of: dash)))], anchor: anchor)
        return lines
    }
}
