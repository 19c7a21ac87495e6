import InfluenceContent

extension ScreenKind {
    /// The discussion questions of every case.
    public static let questions = ScreenKind(
        name: "questions", title: "Discussion questions", sections: [.questions, KeyMap.list, KeyMap.back],
        opener: Opener([.char("d")], "Discussion questions and polls for every case", footer: .at(61, "questions"), atHome: (6, "questions")),
        numbers: { 1...max(1, $0.cases.count) },
        open: { _ in Screen(QuestionsModel()) },
        restore: { position, env, area in
            var model = QuestionsModel()
            model.select(position.item ?? 0, env: env, area: area)
            return (Screen(model), nil)
        })
}

extension KeySection {
    /// The questions' own keys.
    static let questions = KeySection("Discussion questions", [
        KeyBinding(KeyBinding.digits, .number, "The questions of the case with that number"),
        KeyBinding([.enter], .activate, "Open the question's case at its outcome", footer: .at(2, "open")),
    ])
}

extension QuestionsModel {
    var kind: ScreenKind { .questions }

    /// The chosen question's case, at its outcome (where its questions are asked).
    func chosen(env: Environment) -> Chosen {
        var index = selection
        for c in env.content.cases {
            if index < c.questions.count {
                return Chosen(caseID: c.caseID, stage: c.stages.firstIndex { $0.stage == "outcome" } ?? max(0, c.stages.count - 1))
            }
            index -= c.questions.count
        }
        return .nothing
    }

    func position(env: Environment, area: Rect) -> Position? { Position(view: .questions, item: selection) }
}
