/// Every screen the explorer has. Adding one is a new model file and a case here; the compiler then
/// points at each switch below that must route to it.
public enum Screen: Equatable, Sendable {
    case home(HomeModel)
    case reading(ReadingModel)
    case questions(QuestionsModel)
    case figures(FiguresModel)
    case help(HelpModel)
    case note(NoteModel)
    case quotation(QuotationModel)

    /// Whether the screen is a box drawn over the one beneath rather than a page of its own.
    public var isBox: Bool {
        switch self {
        case .home, .reading, .questions, .figures: return false
        case .help, .note, .quotation: return true
        }
    }

    /// Which keys work on this screen.
    public var context: KeyContext { model.context }

    /// Whether printable keys type into the screen (a search, a filter) rather than act.
    public var takesText: Bool { model.takesText }

    /// The screen a view opens as, from the screen on top (which may say where to start).
    static func opening(_ view: View, env: Environment, area: Rect, from top: Screen) -> Screen {
        switch view {
        case .argument: return .reading(ReadingModel(subject: .argument, env: env, area: area))
        case .questions: return .questions(QuestionsModel())
        case .figures: return .figures(FiguresModel(content: env.content))
        }
    }

    /// Whether this screen is the view (so opening it again does nothing).
    func shows(_ view: View) -> Bool {
        switch (self, view) {
        case (.reading(let m), .argument): return m.subject == .argument
        case (.questions, .questions): return true
        case (.figures, .figures): return true
        default: return false
        }
    }

    private var model: any ScreenModel {
        switch self {
        case .home(let m): return m
        case .reading(let m): return m
        case .questions(let m): return m
        case .figures(let m): return m
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
        case .figures(var m): defer { self = .figures(m) }; return m.update(action, env: env, area: area)
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
        case .figures(var m): m.resize(env: env, from: old, to: new); self = .figures(m)
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
        case .figures(var m): m.returned(from: screen, env: env); self = .figures(m)
        case .help(var m): m.returned(from: screen, env: env); self = .help(m)
        case .note(var m): m.returned(from: screen, env: env); self = .note(m)
        case .quotation(var m): m.returned(from: screen, env: env); self = .quotation(m)
        }
    }
}
