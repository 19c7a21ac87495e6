import InfluenceContent

extension ScreenKind {
    /// The article's figures as bar charts.
    public static let figures = ScreenKind(
        name: "figures", title: "Figures as charts", sections: [.figures, KeyMap.list, KeyMap.back],
        opener: Opener([.char("#")], "The article's figures as bar charts", footer: .at(65, "figures"), atHome: (4, "figures")),
        numbers: { 1...max(1, $0.cases.count) },
        open: { Screen(FiguresModel(content: $0.env.content)) },
        restore: { position, env, area in
            var model = FiguresModel(content: env.content)
            model.select(position.item ?? 0, env: env, area: area)
            return (Screen(model), nil)
        })
}

extension KeySection {
    /// The figures' own keys: from chart to chart, and what Enter opens.
    static let figures = KeySection("Figures as charts", [
        KeyBinding([.char("]"), .tab], .focusNext, "Next chart", footer: .at(2, "chart", pairedWith: .focusPrevious)),
        KeyBinding([.char("["), .backTab], .focusPrevious, "Previous chart"),
        KeyBinding(KeyBinding.digits, .number, "The first bar of the case with that number"),
        KeyBinding([.enter], .activate, "Open the figure's case at its stage", footer: .at(4, "open")),
    ])
}

extension FiguresModel {
    var kind: ScreenKind { .figures }

    /// The chosen bar's case and stage.
    func chosen(env: Environment) -> Chosen {
        let bars = charts.flatMap(\.bars)
        guard bars.indices.contains(selection) else { return .nothing }
        return Chosen(caseID: bars[selection].caseID, stage: bars[selection].stageIndex)
    }

    func position(env: Environment, area: Rect) -> Position? { Position(view: .figures, item: selection) }
}
