import InfluenceContent

/// The registry of screens: every kind the explorer has, in the order help lists their keys. Adding
/// a screen is a folder of its own (its model, and its `ScreenKind` beside it) and a line here.
extension ScreenKind {
    public static let all: [ScreenKind] = [
        .home, .case, .argument, .across, .grid, .search, .presenter, .questions, .figures, .timeline,
        .glossary, .sources, .people, .note, .quotation, .help,
    ]

    /// The screen at the bottom of every stack, under all the others.
    static var root: Screen { Screen(HomeModel()) }

    /// The kind a position record names, if it is one a position can name.
    public static func named(_ name: String) -> ScreenKind? {
        all.first { $0.name == name && $0.restore != nil }
    }
}

/// One screen of the explorer: its model, whichever kind it is. The core reaches a screen only
/// through what `ScreenModel` declares.
public struct Screen: Equatable, Sendable {
    var model: any ScreenModel

    init(_ model: some ScreenModel) {
        self.model = model
    }

    /// Which kind of screen this is: its name, title and keys.
    public var kind: ScreenKind { model.kind }

    /// Whether the screen is a box drawn over the one beneath rather than a page of its own.
    public var isBox: Bool { model.kind.isBox }

    /// Whether printable keys type into the screen (a search, a filter) rather than act.
    public var takesText: Bool { model.takesText }

    /// Whether the screen changes with time alone, so the explorer redraws it every second.
    public var wantsTicks: Bool { model.wantsTicks }

    /// The model, if the screen is of that type.
    func model<Model: ScreenModel>(as type: Model.Type) -> Model? { model as? Model }

    public static func == (a: Screen, b: Screen) -> Bool { a.model.isEqual(to: b.model) }

    /// The case and stage chosen here, for presenter mode, the grid and the stage across the cases.
    func chosen(env: Environment) -> Chosen { model.chosen(env: env) }

    /// The position this screen shows, if it is one a position can name.
    func position(env: Environment, area: Rect) -> Position? { model.position(env: env, area: area) }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        model.update(action, env: env, area: area)
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        model.render(env: env, area: area, into: &frame)
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        model.resize(env: env, from: old, to: new)
    }

    mutating func returned(from screen: Screen, env: Environment) {
        model.returned(from: screen, env: env)
    }

    /// The screen a position names, kept within what the content has; and what had to change, if anything.
    static func restoring(_ position: Position, env: Environment, area: Rect) -> (screen: Screen?, problem: String?) {
        guard let restore = position.view.restore else { return (nil, nil) }
        return restore(position, env, area)
    }
}
