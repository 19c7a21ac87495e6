import InfluenceContent

extension ScreenKind {
    /// Search everything, offering the last search's words again.
    public static let search = ScreenKind(
        name: "search", title: "Search", sections: [.search, KeyMap.list],
        opener: Opener([.char("/")], "Search everything (case and accents do not matter)", footer: .at(57, "search"), atHome: (5, "search")),
        open: { Screen(SearchModel(offering: $0.lastQuery, env: $0.env)) })
}

extension KeySection {
    /// The search's own keys (letters type into it).
    static let search = KeySection("Search (letters type into the search)", [
        KeyBinding([.enter], .activate, "Open the place of the hit, the hit highlighted", footer: .at(2, "open")),
        KeyBinding([.escape], .back, "Back to where the search started", footer: .at(7, "back")),
    ])
}

extension SearchModel {
    var kind: ScreenKind { .search }
    var searchQuery: String? { query }
}

extension ExplorerState {
    /// n and N: the search nearest the top of the stack moves to its next (or previous) hit, and the
    /// screens opened from it give way to that hit's place, as n and N step through a file in less.
    mutating func step(search offset: Int, env: Environment) {
        guard let index = stack.lastIndex(where: { $0.model(as: SearchModel.self) != nil }),
              var search = stack[index].model(as: SearchModel.self) else {
            message = "No search to step through: / searches"
            return
        }
        guard let hit = search.step(by: offset) else {
            message = "Nothing matches \u{201C}\(search.query)\u{201D}"
            return
        }
        stack[index] = Screen(search)
        stack.removeSubrange((index + 1)...)
        push(SearchModel.screen(for: hit, query: search.query, env: env, area: area), env: env)
        message = "\u{201C}\(search.query)\u{201D}: hit \(search.selection + 1) of \(search.hits.count)"
    }
}

extension Environment {
    /// Everything searchable, indexed the first time a search needs it.
    var searchIndex: SearchIndex { cache { SearchIndex(env: self) } }
}
