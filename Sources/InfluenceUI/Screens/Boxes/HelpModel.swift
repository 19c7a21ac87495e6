import InfluenceText

/// The help box: the keys of the screen it was opened over first, then those of every other
/// screen, generated from the key table.
public struct HelpModel: BoxModel {
    public var scroll = 0
    /// The kind of screen beneath: whose keys come first.
    public var screen: ScreenKind

    public init(for screen: ScreenKind = .home) {
        self.screen = screen
    }

    func title(env: Environment) -> String { "Keys: \(screen.title)" }

    /// The widest keys column: longer keys stand on a line of their own, above what they do.
    static let keyColumn = 14

    func lines(env: Environment, width: Int) -> [StyledLine] {
        let (here, elsewhere) = KeyMap.sections(for: screen, content: env.home, glyphs: env.glyphs)
        var lines: [StyledLine] = []
        func add(_ section: KeyMap.HelpSection) {
            if !lines.isEmpty { lines.append(StyledLine()) }
            lines.append(StyledLine(section.title, .heading))
            let indent = String(repeating: " ", count: Self.keyColumn + 1)
            for row in section.rows {
                let columns = TextWidth.columns(of: row.keys)
                if columns > Self.keyColumn {
                    lines += StyledWrap.wrap([Span(row.keys, .statusKey)], width: width)
                    lines += StyledWrap.wrap([Span(row.help)], width: width, first: [Span(indent)], rest: [Span(indent)])
                } else {
                    let pad = String(repeating: " ", count: Self.keyColumn + 1 - columns)
                    lines += StyledWrap.wrap([Span(row.help)], width: width, first: [Span(row.keys, .statusKey), Span(pad)],
                                             rest: [Span(indent)])
                }
            }
        }
        here.forEach(add)
        if !elsewhere.isEmpty {
            lines += [StyledLine(), StyledLine("On other screens", .dim)]
            elsewhere.forEach(add)
        }
        return lines
    }
}
