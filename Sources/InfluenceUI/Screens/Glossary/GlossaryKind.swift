import InfluenceContent
import InfluenceText

extension ScreenKind {
    /// The article's terms, narrowed by typing.
    public static let glossary = ScreenKind(
        name: "glossary", title: "The glossary", sections: [.glossary, KeyMap.filter, KeyMap.list],
        opener: Opener([.char("w")], "Glossary: the article's words, acronyms and agreements", footer: .at(63, "words"), atHome: (7, "glossary")),
        open: { _ in Screen(GlossaryModel()) },
        restore: { position, env, area in
            let glossary = env.content.glossary
            let (index, beyond) = Position.clamped(position.item, below: glossary.count)
            let id = glossary.indices.contains(index) ? glossary[index].id : ""
            return (Screen(GlossaryModel(selecting: id, env: env, area: area)), beyond)
        })
}

extension KeySection {
    /// The glossary's own keys (letters, digits and spaces type into its filter).
    static let glossary = KeySection("The glossary (letters, digits and spaces type into its filter)", [
        KeyBinding([.enter], .activate, "Open the first place that uses the term (the cases first, then the argument); there n and N step through the others",
                   footer: .at(6, "open")),
        KeyBinding([.char("/")], .type("/"), "Search for the chosen term: every place that uses it"),
    ])
}

extension GlossaryModel {
    var kind: ScreenKind { .glossary }

    func position(env: Environment, area: Rect) -> Position? {
        // The term chosen, by its place in the glossary (the filter is not kept).
        let list = Glossary.matching(env.content, filter: filter)
        return Position(view: .glossary, item: list.indices.contains(selection) ? list[selection] : 0)
    }
}
