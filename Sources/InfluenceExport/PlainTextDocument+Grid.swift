import InfluenceContent
import InfluenceText

extension PlainTextDocument {
    /// The comparison grid as text: stage by stage, each case's phrase, so the same cycle can be read
    /// down the page at any width (a table of seven columns would not fit a handout).
    public func grid() -> String {
        var out = wrap("THE CASES, STAGE BY STAGE")
        let names = content.cases.map { "\($0.number) \($0.shortTitle)" }
        let nameWidth = (names.map { TextWidth.columns(of: $0) }.max() ?? 0) + 2
        let pad = String(repeating: " ", count: min(nameWidth + 2, width / 2))
        for stage in content.stages {
            out.append("")
            out += wrap("\(stage.number). \(stage.title)" + (stage.isCondition ? " (a condition)" : ""))
            for (c, name) in zip(content.cases, names) {
                let lead = "  " + name + String(repeating: " ", count: max(1, nameWidth - TextWidth.columns(of: name)))
                let first = TextWidth.columns(of: lead) <= width / 2 ? lead : "  \(name): "
                out += wrap(c.stage(stage.id)?.grid ?? "", first: first, rest: pad)
            }
        }
        return out.joined(separator: "\n")
    }
}
