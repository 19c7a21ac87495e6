import InfluenceContent

/// Every screen the explorer has. Adding one is a new model file and a case here; the compiler then
/// points at each switch below that must route to it.
public enum Screen: Equatable, Sendable {
    case home(HomeModel)
    case reading(ReadingModel)
    case questions(QuestionsModel)
    case grid(GridModel)
    case search(SearchModel)
    case presenter(PresenterModel)
    case figures(FiguresModel)
    case timeline(TimelineModel)
    case glossary(GlossaryModel)
    case sources(SourcesModel)
    case help(HelpModel)
    case note(NoteModel)
    case quotation(QuotationModel)

    /// Whether the screen is a box drawn over the one beneath rather than a page of its own.
    public var isBox: Bool {
        switch self {
        case .home, .reading, .questions, .grid, .search, .presenter, .figures, .timeline, .glossary, .sources: return false
        case .help, .note, .quotation: return true
        }
    }

    /// Which keys work on this screen.
    public var context: KeyContext { model.context }

    /// Whether printable keys type into the screen (a search, a filter) rather than act.
    public var takesText: Bool { model.takesText }

    /// Whether the screen changes with time alone, so the explorer redraws it every second.
    public var wantsTicks: Bool { model.wantsTicks }

    /// The screen a view opens as, from the screen on top (which may say where to start).
    static func opening(_ view: View, env: Environment, area: Rect, from top: Screen) -> Screen {
        switch view {
        case .argument: return .reading(ReadingModel(subject: .argument, env: env, area: area))
        case .questions: return .questions(QuestionsModel())
        case .grid:
            switch top {
            case .reading(let m):
                if case .case(let id) = m.subject {
                    return .grid(GridModel(row: env.content.caseIndex(id) ?? 0, column: m.step, env: env))
                }
                return .grid(GridModel(column: m.subject == .across ? m.step : nil, env: env))
            default:
                return .grid(GridModel(env: env))
            }
        case .across:
            let step: Int
            switch top {
            case .reading(let m) where m.subject != .argument: step = m.step
            case .grid(let m): step = m.column
            default: step = env.content.stages.firstIndex { $0.isCondition } ?? 0
            }
            return .reading(ReadingModel(subject: .across, step: step, env: env, area: area))
        case .search:
            return .search(SearchModel(env: env))
        case .presenter:
            let content = env.content
            let first = content.cases.first?.caseID ?? CaseID("")
            switch top {
            case .reading(let m):
                if case .case(let id) = m.subject { return .presenter(PresenterModel(case: id, step: m.step)) }
                return .presenter(PresenterModel(case: first, step: m.subject == .across ? m.step : 0))
            case .grid(let m):
                let id = content.cases.indices.contains(m.row) ? content.cases[m.row].caseID : first
                return .presenter(PresenterModel(case: id, step: m.column))
            case .home(let m):
                let id = m.selection > 0 && content.cases.indices.contains(m.selection - 1)
                    ? content.cases[m.selection - 1].caseID : first
                return .presenter(PresenterModel(case: id))
            default:
                return .presenter(PresenterModel(case: first))
            }
        case .figures: return .figures(FiguresModel(content: env.content))
        case .timeline: return .timeline(TimelineModel(env: env, area: area, from: top))
        case .glossary: return .glossary(GlossaryModel())
        case .sources: return .sources(SourcesModel(env: env, area: area, from: top))
        }
    }

    /// Whether this screen is the view (so opening it again does nothing).
    func shows(_ view: View) -> Bool {
        switch (self, view) {
        case (.reading(let m), .argument): return m.subject == .argument
        case (.questions, .questions): return true
        case (.grid, .grid): return true
        case (.search, .search): return true
        case (.presenter, .presenter): return true
        case (.reading(let m), .across): return m.subject == .across
        case (.figures, .figures): return true
        case (.timeline, .timeline), (.glossary, .glossary), (.sources, .sources): return true
        default: return false
        }
    }

    private var model: any ScreenModel {
        switch self {
        case .home(let m): return m
        case .reading(let m): return m
        case .questions(let m): return m
        case .grid(let m): return m
        case .search(let m): return m
        case .presenter(let m): return m
        case .figures(let m): return m
        case .timeline(let m): return m
        case .glossary(let m): return m
        case .sources(let m): return m
        case .help(let m): return m
        case .note(let m): return m
        case .quotation(let m): return m
        }
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        switch self {
        case .home(var m): defer { self = .home(m) }; return m.update(action, env: env, area: area)
        case .reading(var m): defer { self = .reading(m) }; return m.update(action, env: env, area: area)
        case .questions(var m): defer { self = .questions(m) }; return m.update(action, env: env, area: area)
        case .grid(var m): defer { self = .grid(m) }; return m.update(action, env: env, area: area)
        case .search(var m): defer { self = .search(m) }; return m.update(action, env: env, area: area)
        case .presenter(var m): defer { self = .presenter(m) }; return m.update(action, env: env, area: area)
        case .figures(var m): defer { self = .figures(m) }; return m.update(action, env: env, area: area)
        case .timeline(var m): defer { self = .timeline(m) }; return m.update(action, env: env, area: area)
        case .glossary(var m): defer { self = .glossary(m) }; return m.update(action, env: env, area: area)
        case .sources(var m): defer { self = .sources(m) }; return m.update(action, env: env, area: area)
        case .help(var m): defer { self = .help(m) }; return m.update(action, env: env, area: area)
        case .note(var m): defer { self = .note(m) }; return m.update(action, env: env, area: area)
        case .quotation(var m): defer { self = .quotation(m) }; return m.update(action, env: env, area: area)
        }
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        model.render(env: env, area: area, into: &frame)
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        switch self {
        case .home(var m): m.resize(env: env, from: old, to: new); self = .home(m)
        case .reading(var m): m.resize(env: env, from: old, to: new); self = .reading(m)
        case .questions(var m): m.resize(env: env, from: old, to: new); self = .questions(m)
        case .grid(var m): m.resize(env: env, from: old, to: new); self = .grid(m)
        case .search(var m): m.resize(env: env, from: old, to: new); self = .search(m)
        case .presenter(var m): m.resize(env: env, from: old, to: new); self = .presenter(m)
        case .figures(var m): m.resize(env: env, from: old, to: new); self = .figures(m)
        case .timeline(var m): m.resize(env: env, from: old, to: new); self = .timeline(m)
        case .glossary(var m): m.resize(env: env, from: old, to: new); self = .glossary(m)
        case .sources(var m): m.resize(env: env, from: old, to: new); self = .sources(m)
        case .help(var m): m.resize(env: env, from: old, to: new); self = .help(m)
        case .note(var m): m.resize(env: env, from: old, to: new); self = .note(m)
        case .quotation(var m): m.resize(env: env, from: old, to: new); self = .quotation(m)
        }
    }

    mutating func returned(from screen: Screen, env: Environment) {
        switch self {
        case .home(var m): m.returned(from: screen, env: env); self = .home(m)
        case .reading(var m): m.returned(from: screen, env: env); self = .reading(m)
        case .questions(var m): m.returned(from: screen, env: env); self = .questions(m)
        case .grid(var m): m.returned(from: screen, env: env); self = .grid(m)
        case .search(var m): m.returned(from: screen, env: env); self = .search(m)
        case .presenter(var m): m.returned(from: screen, env: env); self = .presenter(m)
        case .figures(var m): m.returned(from: screen, env: env); self = .figures(m)
        case .timeline(var m): m.returned(from: screen, env: env); self = .timeline(m)
        case .glossary(var m): m.returned(from: screen, env: env); self = .glossary(m)
        case .sources(var m): m.returned(from: screen, env: env); self = .sources(m)
        case .help(var m): m.returned(from: screen, env: env); self = .help(m)
        case .note(var m): m.returned(from: screen, env: env); self = .note(m)
        case .quotation(var m): m.returned(from: screen, env: env); self = .quotation(m)
        }
    }
}
