/// Wraps plain text into lines of at most a given number of columns, never splitting a grapheme cluster.
/// The same wrapping as `StyledWrap`, without styles.
public enum WordWrap {
    /// Each paragraph ("\n"-separated) wrapped on spaces, with one empty line between paragraphs;
    /// words wider than `width` are broken.
    public static func lines(_ text: String, width: Int) -> [String] {
        lines(text, width: width, first: "", rest: "")
    }

    /// Wraps with a hanging indent: `first` before the first line, `rest` before the others.
    public static func lines(_ text: String, width: Int, first: String, rest: String) -> [String] {
        guard width > 0 else { return [] }
        return StyledWrap.wrap([Span(text)], width: width,
                               first: first.isEmpty ? [] : [Span(first)],
                               rest: rest.isEmpty ? [] : [Span(rest)]).map(\.text)
    }
}
