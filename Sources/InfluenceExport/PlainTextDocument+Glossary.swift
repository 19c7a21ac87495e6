import InfluenceContent

extension PlainTextDocument {
    /// Every term with what it stands for and its definition; background from outside the article
    /// under its label.
    public func glossary() -> String {
        var out = wrap("GLOSSARY: \(content.glossary.count) TERMS")
        for term in content.glossary {
            out.append("")
            out += wrap(term.term + (term.expansion.map { " — " + $0 } ?? ""))
            out += wrap(term.definition, first: "  ", rest: "  ")
            if let background = term.background {
                out += wrap(Background.labelled(background), first: "  ", rest: "  ")
            }
        }
        return out.joined(separator: "\n")
    }
}
