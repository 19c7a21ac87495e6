import InfluenceContent

/// What the core knows of one kind of screen, declared once in the screen's own folder: its name
/// (as a saved position writes it), title, keys, whether it is a box, the key that opens it from
/// anywhere, and how it opens and how a position restores it. `ScreenKind.all` (the registry) lists
/// every kind; the core names screens only through it. A class, as the keys it holds open kinds of
/// screens in turn; each kind is made once, and kinds are the same when their names are.
public final class ScreenKind: Sendable, CustomStringConvertible {
    /// The name a position record writes: `timeline`, `case`.
    public let name: String
    /// What the screen is, for help and messages: "The timeline".
    public let title: String
    /// The keys that work here besides those that work everywhere, the screen's own first: a key
    /// is looked up in these in order.
    public let sections: [KeySection]
    /// Whether the screen is a box drawn over the one beneath rather than a page of its own.
    public let isBox: Bool
    /// The key that opens the screen from anywhere, if any (listed with the keys that work everywhere).
    let opener: Opener?
    /// Whether the footer shows the keys that work everywhere (presenter mode keeps to its own).
    let footerShowsEverywhere: Bool
    /// The numbers typing a digit chooses here, as the screen shows them (nil: digits do nothing).
    let numbers: @Sendable (HomeSummary) -> ClosedRange<Int>?
    /// The screen as its key opens it over `from` (which says which case and stage are chosen).
    let open: (@Sendable (Opening) -> Screen)?
    /// The screen a position of this kind names, kept within what the content has, and what had to
    /// change (for the footer); nil for a kind no position names.
    let restore: (@Sendable (Position, Environment, Rect) -> (screen: Screen?, problem: String?))?

    init(name: String, title: String, sections: [KeySection], isBox: Bool = false, opener: Opener? = nil,
         footerShowsEverywhere: Bool = true,
         numbers: @escaping @Sendable (HomeSummary) -> ClosedRange<Int>? = { _ in nil },
         open: (@Sendable (Opening) -> Screen)? = nil,
         restore: (@Sendable (Position, Environment, Rect) -> (screen: Screen?, problem: String?))? = nil) {
        self.name = name
        self.title = title
        self.sections = sections
        self.isBox = isBox
        self.opener = opener
        self.footerShowsEverywhere = footerShowsEverywhere
        self.numbers = numbers
        self.open = open
        self.restore = restore
    }

    public var description: String { name }

    /// The key that opens a kind of screen from anywhere: keys, help, and its footer entry.
    struct Opener: Sendable {
        var keys: [Key]
        var help: String
        var footer: FooterEntry?
        /// Whether its footer entry shows even on a screen that keeps the footer to its own keys.
        var alwaysInFooter = false
        /// How the home screen lists the key, and where (left to right by `place`), if it does.
        var atHome: (place: Int, name: String)?

        init(_ keys: [Key], _ help: String, footer: FooterEntry? = nil, alwaysInFooter: Bool = false,
             atHome: (place: Int, name: String)? = nil) {
            self.keys = keys
            self.help = help
            self.footer = footer
            self.alwaysInFooter = alwaysInFooter
            self.atHome = atHome
        }
    }

    /// What a screen opening over another is given: the screen on top (which says what it has
    /// chosen), the content, the area, and the last search's words.
    struct Opening {
        var from: Screen
        var env: Environment
        var area: Rect
        var lastQuery: String

        /// The case and stage chosen on the screen opened from, if any.
        var chosen: Chosen { from.chosen(env: env) }
    }

    /// A position of this kind with nothing chosen: the place the name alone names.
    public var position: Position { Position(view: self) }
}

extension ScreenKind: Equatable, Hashable {
    public static func == (a: ScreenKind, b: ScreenKind) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// The case and stage a screen has chosen (either may be absent): where presenter mode, the grid
/// and the stage across the cases open from it.
public struct Chosen: Equatable, Sendable {
    public var caseID: CaseID?
    /// The stage, 0-based in the content's order of stages.
    public var stage: Int?

    public init(caseID: CaseID? = nil, stage: Int? = nil) {
        self.caseID = caseID
        self.stage = stage
    }

    public static let nothing = Chosen()
}
