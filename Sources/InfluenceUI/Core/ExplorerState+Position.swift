import InfluenceContent

extension ExplorerState {
    /// Where the explorer is: the screen on top that a position can name (a box or a search counts
    /// as the screen it was opened over).
    public func position(env: Environment) -> Position {
        for screen in stack.reversed() {
            if let position = screen.position(env: env, area: area) { return position }
        }
        return Position(view: .home)
    }

    /// Goes to a position: the home screen, with the position's screen over it. A case the content
    /// does not have, or a stage or item beyond its end, falls back to what exists, and says so.
    public mutating func go(to position: Position, env: Environment) {
        let (screen, problem) = Screen.restoring(position, env: env, area: area)
        var home = HomeModel()
        if position.view == .home {
            home.selection = min(position.item ?? 0, env.home.cases.count)
        } else if let id = position.caseID, let index = env.content.caseIndex(id) {
            home.selection = index + 1
        }
        stack = [.home(home)]
        if let screen { stack.append(screen) }
        message = problem
    }
}

extension Screen {
    /// The position this screen shows, if it is one a position can name.
    func position(env: Environment, area: Rect) -> Position? {
        switch self {
        case .home(let m): return Position(view: .home, item: m.selection)
        case .reading(let m):
            let anchor = m.page(env: env, area: area).flatMap { page in
                page.main.indices.contains(m.mainScroll) ? page.main[m.mainScroll].anchor : nil
            }
            switch m.subject {
            case .case(let id): return Position(view: .case, caseID: id, step: m.step, anchor: anchor)
            case .argument: return Position(view: .argument, step: m.step, anchor: anchor)
            case .across: return Position(view: .across, step: m.step, anchor: anchor)
            }
        case .grid(let m):
            let cases = env.content.cases
            return Position(view: .grid, caseID: cases.indices.contains(m.row) ? cases[m.row].caseID : nil, step: m.column)
        case .questions(let m): return Position(view: .questions, item: m.selection)
        case .presenter(let m):
            // How far revealed, as a key that means the same at any window size.
            return Position(view: .presenter, caseID: m.caseID, step: m.slide, reveal: m.revealKey(env: env, area: area))
        case .timeline(let m): return Position(view: .timeline, item: m.selection)
        case .glossary(let m):
            // The term chosen, by its place in the glossary (the filter is not kept).
            let list = Glossary.matching(env.content, filter: m.filter)
            return Position(view: .glossary, item: list.indices.contains(m.selection) ? list[m.selection] : 0)
        case .sources(let m): return Position(view: .sources, item: m.selection)
        case .figures(let m): return Position(view: .figures, item: m.selection)
        case .search, .help, .note, .quotation: return nil
        }
    }

    /// The screen a position names, kept within what the content has; and what had to change, if anything.
    static func restoring(_ position: Position, env: Environment, area: Rect) -> (Screen?, String?) {
        // Home is the screen beneath every other: nothing to open, and no need of the whole content
        // (a run that resumes at home draws its first frame before reading it).
        if position.view == .home { return (nil, nil) }
        let content = env.content
        var problem: String?
        var caseID = position.caseID
        if let id = caseID, content.case(id) == nil {
            problem = "There is no case \u{201C}\(Sanitizer.clean(id.rawValue, keepNewlines: false))\u{201D} now; showing the first"
            caseID = content.cases.first?.caseID
        }
        func clamped(_ value: Int?, below count: Int) -> Int {
            guard let value else { return 0 }
            if value >= count, count > 0, problem == nil { problem = "The place saved is beyond the end; showing the last" }
            return min(max(0, value), max(0, count - 1))
        }
        switch position.view {
        case .home:
            return (nil, problem)
        case .case, .argument, .across:
            let subject: ReadingSubject
            switch position.view {
            case .argument: subject = .argument
            case .across: subject = .across
            default:
                guard let id = caseID else { return (nil, "The content has no cases") }
                subject = .case(id)
            }
            let step = clamped(position.step, below: PageBuilder.stepCount(for: subject, content: content))
            var model = ReadingModel(subject: subject, step: step, env: env, area: area)
            if let anchor = position.anchor { model.scroll(to: anchor, env: env, area: area) }
            return (.reading(model), problem)
        case .grid:
            let row = caseID.flatMap { content.caseIndex($0) } ?? 0
            return (.grid(GridModel(row: row, column: clamped(position.step, below: content.stages.count), env: env)), problem)
        case .questions:
            var model = QuestionsModel()
            model.select(position.item ?? 0, env: env, area: area)
            return (.questions(model), problem)
        case .timeline:
            let count = Timeline.entries(content).count
            return (.timeline(TimelineModel(selecting: clamped(position.item, below: count), env: env, area: area)), problem)
        case .glossary:
            let index = clamped(position.item, below: content.glossary.count)
            let id = content.glossary.indices.contains(index) ? content.glossary[index].id : ""
            return (.glossary(GlossaryModel(selecting: id, env: env, area: area)), problem)
        case .sources:
            var model = SourcesModel(env: env)
            let index = clamped(position.item, below: content.sources.count)
            if content.sources.indices.contains(index) {
                model = SourcesModel(selecting: model.entries[min(index, model.entries.count - 1)].source.id, env: env, area: area)
            }
            return (.sources(model), problem)
        case .figures:
            var model = FiguresModel(content: content)
            model.select(position.item ?? 0, env: env, area: area)
            return (.figures(model), problem)
        case .presenter:
            guard let id = caseID else { return (nil, "The content has no cases") }
            var model = PresenterModel(case: id)
            model.go(toSlide: position.step ?? 0, revealKey: position.reveal ?? 0, env: env, area: area)
            return (.presenter(model), problem)
        }
    }
}
