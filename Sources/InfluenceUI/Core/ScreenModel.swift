import InfluenceContent

/// One screen's state, how actions change it, and how it draws: a view of the explorer.
///
/// A screen draws only inside the area it is given and keeps whatever it needs to answer keys
/// (scroll positions, selections); measurements come from its own layout of that area. What the
/// core needs to know of it besides is here too, each with the answer most screens give.
protocol ScreenModel: Equatable, Sendable {
    /// Which kind of screen this is (its name, keys, and how it opens and is restored).
    var kind: ScreenKind { get }
    /// Whether printable keys type into the screen (`.type`, `.erase`) instead of going to the key table.
    var takesText: Bool { get }
    /// Whether the screen changes with time alone (a running clock): the explorer then redraws it
    /// every second even without a key.
    var wantsTicks: Bool { get }
    /// Whether the screen shows and runs the lesson's clock (presenter mode): its first move starts
    /// it, and the time spent on each of its stages is kept.
    var runsLessonClock: Bool { get }
    /// Whether the screen shows how many follow the room (the speaker's view): only then does the
    /// shell count them.
    var showsFollowerCount: Bool { get }
    /// The words of a search this screen holds: `/` offers them again, and a place opened from the
    /// screen closes with it (Esc returns to where the search started).
    var searchQuery: String? { get }
    /// Applies an action; returns what the explorer should do next, if anything.
    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation?
    /// Draws the screen into `area` of the frame.
    func render(env: Environment, area: Rect, into frame: inout Frame)
    /// The area changed size: keep the same text in view.
    mutating func resize(env: Environment, from old: Rect, to new: Rect)
    /// This screen is on top again, after `screen` above it was closed.
    mutating func returned(from screen: Screen, env: Environment)
    /// The case and stage chosen here: where presenter mode, the grid and the stage across the
    /// cases open from this screen.
    func chosen(env: Environment) -> Chosen
    /// Where this screen is, as a position names it; nil for a screen no position names (a box, a
    /// search: the screen beneath stands for it).
    func position(env: Environment, area: Rect) -> Position?
    /// A position is restored over this screen (the bottom one): show what goes with it.
    mutating func restoring(_ position: Position, env: Environment)
    /// A box over the screen adds what it shows to the position of the screen beneath (a note box:
    /// its note), so a follower opens it too.
    func describe(into position: inout Position)
    /// The box a position names over this screen (a note, a quotation), if the screen has it.
    func box(for position: Position, env: Environment) -> Screen?
    /// The key that opened this screen is pressed again on it: what to do (nil: nothing).
    func reopened(beneath: Screen?, env: Environment, area: Rect) -> Reopening?
}

/// What pressing the key of the screen on top again does.
enum Reopening: Equatable, Sendable {
    /// Close it, back to the screen beneath.
    case close
    /// Put this screen in its place.
    case replace(Screen)
    /// Close it, and put this screen in the place of the one beneath.
    case closeReplacingBeneath(Screen)
}

extension ScreenModel {
    var takesText: Bool { false }
    var wantsTicks: Bool { false }
    var runsLessonClock: Bool { false }
    var showsFollowerCount: Bool { false }
    var searchQuery: String? { nil }
    mutating func resize(env: Environment, from old: Rect, to new: Rect) {}
    mutating func returned(from screen: Screen, env: Environment) {}
    func chosen(env: Environment) -> Chosen { .nothing }
    func position(env: Environment, area: Rect) -> Position? { nil }
    mutating func restoring(_ position: Position, env: Environment) {}
    func describe(into position: inout Position) {}
    func box(for position: Position, env: Environment) -> Screen? { nil }
    func reopened(beneath: Screen?, env: Environment, area: Rect) -> Reopening? { nil }

    /// Whether `other` is this same model, of the same type.
    func isEqual(to other: any ScreenModel) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}
