/// One screen's state, how actions change it, and how it draws: a view of the explorer.
///
/// A screen draws only inside the area it is given and keeps whatever it needs to answer keys
/// (scroll positions, selections); measurements come from its own layout of that area.
protocol ScreenModel: Equatable, Sendable {
    /// Which keys work here.
    var context: KeyContext { get }
    /// Whether printable keys type into the screen (`.type`, `.erase`) instead of going to the key table.
    var takesText: Bool { get }
    /// Whether the screen changes with time alone (a running clock): the explorer then redraws it
    /// every second even without a key.
    var wantsTicks: Bool { get }
    /// Applies an action; returns what the explorer should do next, if anything.
    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation?
    /// Draws the screen into `area` of the frame.
    func render(env: Environment, area: Rect, into frame: inout Frame)
    /// The area changed size: keep the same text in view.
    mutating func resize(env: Environment, from old: Rect, to new: Rect)
    /// This screen is on top again, after `screen` above it was closed.
    mutating func returned(from screen: Screen, env: Environment)
}

extension ScreenModel {
    var takesText: Bool { false }
    var wantsTicks: Bool { false }
    mutating func resize(env: Environment, from old: Rect, to new: Rect) {}
    mutating func returned(from screen: Screen, env: Environment) {}
}
