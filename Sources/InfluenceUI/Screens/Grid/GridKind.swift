import InfluenceContent

extension ScreenKind {
    /// The comparison grid: cases by stages.
    public static let grid = ScreenKind(
        name: "grid", title: "The comparison grid", sections: [.grid, KeyMap.back],
        opener: Opener([.char("c")], "Compare the cases: cases by stages, on the current case and stage", footer: .at(58, "grid"), atHome: (1, "compare the cases")),
        numbers: { 1...max(1, $0.stageCount) },
        open: { opening in
            let chosen = opening.chosen
            let row = chosen.caseID.flatMap { opening.env.content.caseIndex($0) } ?? 0
            var grid = GridModel(row: row, column: chosen.stage ?? 0, env: opening.env)
            // From presenter mode, for the end-of-lesson comparison: revealed a case at a time.
            if opening.from.model.runsLessonClock { grid.reveal = GridModel.Reveal() }
            return Screen(grid)
        },
        restore: { position, env, _ in
            let content = env.content
            let (caseID, missing) = position.existingCase(in: content)
            let (column, beyond) = Position.clamped(position.step, below: content.stages.count)
            let row = caseID.flatMap { content.caseIndex($0) } ?? 0
            var grid = GridModel(row: row, column: column, env: env)
            // A revealed grid: `reveal` counts the rows or columns shown (plus one), `item` says which.
            if let reveal = position.reveal, reveal > 0 {
                grid.reveal = GridModel.Reveal(byCases: position.item != 1, shown: reveal - 1)
            }
            return (Screen(grid), missing ?? beyond)
        })
}

extension KeySection {
    /// The grid's cursor and what Enter opens.
    static let grid = KeySection("The comparison grid", [
        KeyBinding([.right, .char("l")], .nextStage, "Next stage (column)", footer: .at(1, "move", pairedWith: .previousStage)),
        KeyBinding([.left, .char("h")], .previousStage, "Previous stage (column)"),
        KeyBinding([.down, .char("j")], .down, "Next case (row)"),
        KeyBinding([.up, .char("k")], .up, "Previous case (row)"),
        KeyBinding([.home, .char("g")], .top, "First case"),
        KeyBinding([.end, .char("G")], .bottom, "Last case"),
        KeyBinding(KeyBinding.digits, .number, "The stage (column) with that number"),
        KeyBinding([.enter], .activate, "Open the case at the stage under the cursor", footer: .at(2, "open")),
        KeyBinding([.char(" ")], .revealNext, "Opened from presenter mode: reveal the next case (or stage)"),
        KeyBinding([.char("u")], .revealPrevious, "Opened from presenter mode: hide the last case (or stage) revealed"),
        KeyBinding([.char("R")], .toggleReveal, "Opened from presenter mode: reveal by stages instead of cases, or back"),
    ])
}

extension GridModel {
    var kind: ScreenKind { .grid }

    func chosen(env: Environment) -> Chosen {
        let cases = env.content.cases
        return Chosen(caseID: cases.indices.contains(row) ? cases[row].caseID : nil, stage: column)
    }

    func position(env: Environment, area: Rect) -> Position? {
        let cases = env.content.cases
        var position = Position(view: .grid, caseID: cases.indices.contains(row) ? cases[row].caseID : nil, step: column)
        if let reveal {
            position.reveal = reveal.shown + 1
            position.item = reveal.byCases ? 0 : 1
        }
        return position
    }
}
