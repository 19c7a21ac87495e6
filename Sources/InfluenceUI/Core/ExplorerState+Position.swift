import InfluenceContent

extension ExplorerState {
    /// Where the explorer is: the screen on top that a position can name (a box or a search counts
    /// as the screen it was opened over).
    public func position(env: Environment) -> Position {
        for index in stack.indices.reversed() {
            guard var position = stack[index].position(env: env, area: area) else { continue }
            for box in stack[(index + 1)...] { box.model.describe(into: &position) }
            return position
        }
        return ScreenKind.root.kind.position
    }

    /// Where the explorer is, with the lesson's clock: what a presenter publishes and the saved place keeps.
    public func place(env: Environment) -> Position {
        var place = position(env: env)
        place.clock = lesson.reading(at: env.now)
        return place
    }

    /// Goes to a position: the bottom screen (showing what goes with the position), with the
    /// position's screen over it. A case the content does not have, or a stage or item beyond its
    /// end, falls back to what exists, and says so.
    public mutating func go(to position: Position, env: Environment) {
        let (screen, problem) = Screen.restoring(position, env: env, area: area)
        var root = ScreenKind.root
        root.model.restoring(position, env: env)
        stack = [root]
        if let screen { stack.append(screen) }
        if let box = stack.last?.model.box(for: position, env: env) { stack.append(box) }
        if let clock = position.clock { lesson = LessonClock(clock, at: env.now) }
        message = problem
    }
}

extension Position {
    /// A case named by a position that the content no longer has: the first case instead, and the
    /// message that says so (nil when the case exists, or none was named).
    func existingCase(in content: Content) -> (caseID: CaseID?, problem: String?) {
        guard let id = caseID, content.case(id) == nil else { return (caseID, nil) }
        return (content.cases.first?.caseID,
                "There is no case \u{201C}\(Sanitizer.clean(id.rawValue, keepNewlines: false))\u{201D} now; showing the first")
    }

    /// A number of the position (a step, an item) kept below `count`; with the message that says so
    /// when it was beyond the end.
    static func clamped(_ value: Int?, below count: Int) -> (value: Int, problem: String?) {
        guard let value else { return (0, nil) }
        let problem = value >= count && count > 0 ? "The place saved is beyond the end; showing the last" : nil
        return (min(max(0, value), max(0, count - 1)), problem)
    }
}
