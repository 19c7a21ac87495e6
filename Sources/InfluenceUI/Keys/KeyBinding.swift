import InfluenceContent

/// Bindings that work on the same screens, listed together under a title in help and the README.
/// A kind of screen names the sections whose keys work on it (`ScreenKind.sections`); sections that
/// several screens share (lists, scrolling) are written once.
public struct KeySection: Sendable, Equatable {
    public let title: String
    public let bindings: [KeyBinding]

    public init(_ title: String, _ bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }

    public static func == (a: KeySection, b: KeySection) -> Bool { a.title == b.title }
}

/// What a binding does: an action, or the number typed (whatever it stands for on the screen).
public enum KeyCommand: Equatable, Sendable {
    case action(Action)
    case number
}

/// A binding's place in the footer: a short word, where it stands (left to right by `place`; the
/// entries pinned right stay visible however narrow the window), and the action whose key shares the
/// entry ("←→ stage" is previous and next stage).
public struct FooterEntry: Sendable {
    public var place: Int
    public var word: String
    public var pinnedRight: Bool
    public var pairedWith: Action?

    public static func at(_ place: Int, _ word: String, pairedWith: Action? = nil) -> FooterEntry {
        FooterEntry(place: place, word: word, pinnedRight: false, pairedWith: pairedWith)
    }

    public static func right(_ place: Int, _ word: String) -> FooterEntry {
        FooterEntry(place: place, word: word, pinnedRight: true, pairedWith: nil)
    }
}

/// One row of the key table: keys, what they do, the help text, and the footer entry.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: KeyCommand
    public var help: String
    public var footer: FooterEntry?

    public init(_ keys: [Key], _ command: KeyCommand, _ help: String, footer: FooterEntry? = nil) {
        self.keys = keys
        self.command = command
        self.help = help
        self.footer = footer
    }

    /// The binding for an action: `.action(...)` without the wrapper.
    init(_ keys: [Key], _ action: Action, _ help: String, footer: FooterEntry? = nil) {
        self.init(keys, .action(action), help, footer: footer)
    }

    /// The digits, for a binding whose command is the number typed.
    static let digits: [Key] = (0...9).map { Key.char(Character(String($0))) }
}
