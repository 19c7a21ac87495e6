import InfluenceContent

extension ScreenKind {
    /// The first screen, under every other: the article's question, the argument and the cases.
    public static let home = ScreenKind(
        name: "home", title: "The home screen", sections: [.home, KeyMap.list],
        numbers: { 0...$0.cases.count },
        // Home is the screen beneath every other: nothing to open over it, and no need of the whole
        // content (a run that resumes at home draws its first frame before reading it).
        restore: { _, _, _ in (nil, nil) })
}

extension KeySection {
    /// The home screen's own keys.
    static let home = KeySection("Home screen", [
        KeyBinding(KeyBinding.digits, .number, "Open the argument (0) or the case with that number", footer: .at(2, "open")),
        KeyBinding([.enter, .right, .char("l")], .activate, "Open the chosen entry"),
    ])
}

extension HomeModel {
    var kind: ScreenKind { .home }

    func chosen(env: Environment) -> Chosen {
        let cases = env.content.cases
        return selection > 0 && cases.indices.contains(selection - 1) ? Chosen(caseID: cases[selection - 1].caseID) : .nothing
    }

    func position(env: Environment, area: Rect) -> Position? { Position(view: .home, item: selection) }

    /// The entry that goes with a position: its own, or the case it shows.
    mutating func restoring(_ position: Position, env: Environment) {
        if position.view == .home {
            selection = min(position.item ?? 0, env.home.cases.count)
        } else if let id = position.caseID, let index = env.content.caseIndex(id) {
            selection = index + 1
        }
    }
}
