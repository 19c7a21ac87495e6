import InfluenceContent

/// The keys of one kind of screen.
public enum KeyContext: String, CaseIterable, Sendable {
    case home, reading, argument, across, grid, questions, figures, timeline, glossary, sources, search, presenter, box, help
}

/// Bindings that work on the same screens, listed together in help and the README.
public enum KeySection: String, CaseIterable, Sendable {
    case everywhere = "Everywhere"
    case home = "Home screen"
    case scrolling = "Reading, and in boxes"
    case reading = "Reading the argument, a case, or one stage across the cases"
    case caseOnly = "Reading a case, or one stage across the cases"
    case across = "One stage across the cases"
    case grid = "The comparison grid"
    case search = "Search (letters type into the search)"
    case presenter = "Presenter mode"
    case questions = "Discussion questions"
    case figures = "Figures as charts"
    case timeline = "The timeline"
    case glossary = "The glossary (letters, digits and spaces type into its filter)"
    case sources = "The sources"
    case box = "A note or quotation box"
    case help = "This help"

    /// Whether the section's keys work on a screen with this context (`contexts` without an array).
    public func includes(_ context: KeyContext) -> Bool {
        switch self {
        case .everywhere: return true
        case .scrolling: return context == .reading || context == .argument || context == .across
            || context == .box || context == .help
        case .reading: return context == .reading || context == .argument || context == .across
        case .caseOnly: return context == .reading || context == .across
        default: return contexts[0] == context
        }
    }

    /// The screens where the section's keys work.
    public var contexts: [KeyContext] {
        switch self {
        case .everywhere: return KeyContext.allCases
        case .home: return [.home]
        case .scrolling: return [.reading, .argument, .across, .box, .help]
        case .reading: return [.reading, .argument, .across]
        case .caseOnly: return [.reading, .across]
        case .across: return [.across]
        case .grid: return [.grid]
        case .search: return [.search]
        case .presenter: return [.presenter]
        case .questions: return [.questions]
        case .figures: return [.figures]
        case .timeline: return [.timeline]
        case .glossary: return [.glossary]
        case .sources: return [.sources]
        case .box: return [.box]
        case .help: return [.help]
        }
    }
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

/// One row of the key table: keys, what they do, where, the help text, and the footer entry.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: KeyCommand
    public var help: String
    public var section: KeySection
    public var footer: FooterEntry?

    public init(_ keys: [Key], _ command: KeyCommand, _ help: String, in section: KeySection,
                footer: FooterEntry? = nil) {
        self.keys = keys
        self.command = command
        self.help = help
        self.section = section
        self.footer = footer
    }

    /// The binding for an action: `.action(...)` without the wrapper.
    init(_ keys: [Key], _ action: Action, _ help: String, in section: KeySection, footer: FooterEntry? = nil) {
        self.init(keys, .action(action), help, in: section, footer: footer)
    }
}
