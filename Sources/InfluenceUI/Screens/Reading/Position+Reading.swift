import InfluenceContent

extension Position {
    /// A case at a stage (0-based, the case's own order), as `influence open` opens it.
    public static func reading(case id: CaseID, step: Int) -> Position {
        Position(view: .case, caseID: id, step: step)
    }

    /// The article's argument: at its first section, or with a stage (0-based) at the top of the
    /// section on the seven stages.
    public static func framework(stage: Int?) -> Position {
        guard let stage else { return Position(view: .argument, step: 0) }
        let section = ArgumentSection.allCases.firstIndex(of: .stages) ?? 0
        return Position(view: .argument, step: section, anchor: PageBuilder.argumentStageAnchor(stage))
    }
}
