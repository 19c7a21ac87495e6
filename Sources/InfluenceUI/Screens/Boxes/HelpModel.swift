import InfluenceText

/// The help box: every key, by the screens where it works, generated from the key table.
public struct HelpModel: BoxModel {
    public var scroll = 0

    public init() {}


    func title(env: Environment) -> String { "Keys" }

    func lines(env: Environment, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let keyWidth = 14
        for section in KeyMap.sections(content: env.home, glyphs: env.glyphs) {
            if !lines.isEmpty { lines.append(StyledLine()) }
            lines.append(StyledLine(section.title, .heading))
            for row in section.rows {
                let keys = TextWidth.truncate(row.keys, to: keyWidth, ellipsis: env.glyphs.ellipsis)
                let pad = String(repeating: " ", count: max(1, keyWidth + 1 - TextWidth.columns(of: keys)))
                lines += StyledWrap.wrap([Span(row.help)], width: width, first: [Span(keys, .statusKey), Span(pad)],
                                         rest: [Span(String(repeating: " ", count: keyWidth + 1))])
            }
        }
        return lines
    }
}
