import InfluenceContent
import InfluenceText

/// The one table of keys: the keys that work everywhere, then each kind of screen's sections
/// (`ScreenKind.sections`, declared with the screen). Dispatch, the footer, the help box, the man
/// page and the README's key tables are all generated from it, so they cannot drift apart.
public enum KeyMap {
    /// The keys that work on every screen: the key of each kind of screen that opens from anywhere
    /// (from the registry), then the explorer's own, in the order help lists them.
    public static let everywhere: KeySection = {
        // The key for help first, then the others in the registry's order.
        let kinds = ScreenKind.all.filter { $0.opener?.alwaysInFooter == true } + ScreenKind.all.filter { $0.opener?.alwaysInFooter == false }
        let opening = kinds.compactMap { kind in
            kind.opener.map { KeyBinding($0.keys, .open(kind), $0.help, footer: $0.footer) }
        }
        return KeySection("Everywhere", opening + [
            KeyBinding([.char("n")], .nextHit, "Next hit of the search, in its place"),
            KeyBinding([.char("N")], .previousHit, "Previous hit of the search"),
            KeyBinding([.char("F")], .rejoin, "Follow the presenter again (when following one)"),
            KeyBinding([.char("m")], .beginMark, "Mark this place: m and a letter"),
            KeyBinding([.char("'")], .beginJump, "Go to a marked place: ' and its letter"),
            KeyBinding([.char("q")], .quit, "Quit", footer: .right(91, "quit")),
            KeyBinding([.ctrlC], .interrupt, "Quit at once (exit code 130)"),
        ])
    }()

    /// The keys of every list (the home screen's, the questions, the timeline, the glossary, the
    /// sources, the people, the search's hits, the figures' bars): one section each includes.
    public static let list = KeySection("In every list (in the search and the glossary, letters type: use the arrows)", [
        KeyBinding([.down, .char("j")], .down, "Next entry", footer: .at(1, "choose", pairedWith: .up)),
        KeyBinding([.up, .char("k")], .up, "Previous entry"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "A page down (the choice follows)"),
        KeyBinding([.pageUp, .char("b")], .pageUp, "A page up"),
        KeyBinding([.home, .char("g")], .top, "First entry"),
        KeyBinding([.end, .char("G")], .bottom, "Last entry"),
    ])

    /// The keys of a list narrowed by typing (the glossary, the people): letters type into its filter.
    public static let filter = KeySection("In a list with a filter (the glossary, the people)", [
        KeyBinding([.backspace], .erase, "Erase the last character of the filter", footer: .at(3, "erase")),
        KeyBinding([.escape], .cancel, "Clear the filter; with no filter, back to where you came from",
                   footer: .at(7, "clear/back")),
    ])

    /// Back from a view opened over another (a list, the grid, the figures).
    public static let back = KeySection("Leaving a list, the grid or the figures", [
        KeyBinding([.escape, .backspace], .back, "Back to where you came from", footer: .at(7, "back")),
    ])

    /// The keys that scroll a page of text: reading, and in boxes.
    public static let scrolling = KeySection("Reading, and in boxes", [
        KeyBinding([.down, .char("j")], .down, "Scroll down", footer: .at(3, "scroll", pairedWith: .up)),
        KeyBinding([.up, .char("k")], .up, "Scroll up"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "Page down"),
        KeyBinding([.pageUp, .char("b")], .pageUp, "Page up"),
        KeyBinding([.home, .char("g")], .top, "Go to the top"),
        KeyBinding([.end, .char("G")], .bottom, "Go to the end"),
    ])

    /// Every binding of the table, each once.
    public static var bindings: [KeyBinding] { allSections.flatMap(\.bindings) }

    /// The sections in the order help lists them: everywhere, then each kind's sections in the
    /// registry's order, each section once.
    public static var allSections: [KeySection] {
        var result = [everywhere]
        for kind in ScreenKind.all {
            for section in kind.sections where !result.contains(section) { result.append(section) }
        }
        return result
    }

    /// What a key does on a kind of screen, if anything: the screen's own sections first, then the
    /// keys that work everywhere.
    public static func command(for key: Key, on kind: ScreenKind) -> KeyCommand? {
        binding(for: key, on: kind)?.command
    }

    /// The action a key performs on a kind of screen.
    public static func action(for key: Key, on kind: ScreenKind) -> Action? {
        switch command(for: key, on: kind) {
        case .action(let action)?: return action
        case .number?: return key.digit.map(Action.number)
        case nil: return nil
        }
    }

    /// The binding a key has on a kind of screen: its sections in order, then the keys that work
    /// everywhere. A plain scan: a hundred comparisons take microseconds, and building a dictionary
    /// of every screen's keys at start-up cost more than the first frame's drawing.
    static func binding(for key: Key, on kind: ScreenKind) -> KeyBinding? {
        for section in kind.sections {
            if let binding = section.bindings.first(where: { $0.keys.contains(key) }) { return binding }
        }
        // In a box (help, a note, a quotation), the keys that open a page do nothing: the box is for
        // reading, and over presenter mode `t` would put the timeline on the projector.
        return everywhere.bindings.first { $0.keys.contains(key) && !(kind.isBox && opensPage($0)) }
    }

    /// Whether a binding opens a page of its own (not a box) over the screen.
    static func opensPage(_ binding: KeyBinding) -> Bool {
        if case .action(.open(let kind)) = binding.command { return !kind.isBox }
        return false
    }

    /// How a binding's keys are written in help and the README: "→ l n", "0–5".
    public static func label(_ binding: KeyBinding, on kind: ScreenKind, content: HomeSummary, glyphs: Glyphs) -> String {
        if binding.command == .number, let range = kind.numbers(content) {
            return "\(range.lowerBound)\(glyphs.rangeDash)\(range.upperBound)"
        }
        return binding.keys.map { $0.name(glyphs) }.joined(separator: " ")
    }

    /// One entry of the footer: the keys as shown, the word, and whether it is pinned to the right.
    public struct FooterHint: Equatable, Sendable {
        public var keys: String
        public var word: String
        public var pinnedRight: Bool
    }

    /// Footer entries for a screen, in their places: the bindings that work there and have a footer
    /// entry; a binding whose keys something more specific takes over here is left out, and so is
    /// one whose key is a printable character on a screen that takes text (`typing`: it types).
    public static func footer(for kind: ScreenKind, typing: Bool = false, content: HomeSummary,
                              glyphs: Glyphs) -> [FooterHint] {
        // On a projector the footer stays quiet: the screen's own keys, and the key for help.
        let everywhere = kind.footerShowsEverywhere ? Self.everywhere.bindings
            : Self.everywhere.bindings.filter { binding in
                ScreenKind.all.contains { $0.opener?.alwaysInFooter == true && binding.command == .action(.open($0)) }
            }
        let here = (kind.sections.flatMap(\.bindings) + everywhere).filter { binding in
            guard typing, case .char? = binding.keys.first else { return true }
            return false
        }
        var entries: [(place: Int, hint: FooterHint)] = []
        for binding in here {
            guard let footer = binding.footer, let first = binding.keys.first,
                  Self.binding(for: first, on: kind)?.command == binding.command,
                  !entries.contains(where: { $0.hint.word == footer.word }) else { continue }
            var keys = binding.command == .number
                ? label(binding, on: kind, content: content, glyphs: glyphs) : first.name(glyphs)
            if let partner = footer.pairedWith,
               let other = here.first(where: { $0.command == .action(partner) })?.keys.first {
                keys = other.name(glyphs) + keys
            }
            entries.append((footer.place, FooterHint(keys: keys, word: footer.word, pinnedRight: footer.pinnedRight)))
        }
        return entries.sorted { $0.place < $1.place }.map(\.hint)
    }

    /// A section of help: a title and rows of keys and what they do.
    public struct HelpSection: Equatable, Sendable {
        public var title: String
        public var rows: [(keys: String, help: String)]

        public static func == (a: HelpSection, b: HelpSection) -> Bool {
            a.title == b.title && a.rows.elementsEqual(b.rows) { $0.keys == $1.keys && $0.help == $1.help }
        }
    }

    /// The sections and their bindings, as help and the README list them.
    public static func sections(content: HomeSummary, glyphs: Glyphs) -> [HelpSection] {
        var result: [HelpSection] = []
        for section in allSections {
            // Digits are labelled with the numbers of the first screen the section works on.
            let kind = ScreenKind.all.first { $0.sections.contains(section) } ?? ScreenKind.root.kind
            let rows = section.bindings.map { (label($0, on: kind, content: content, glyphs: glyphs), $0.help) }
            if !rows.isEmpty { result.append(HelpSection(title: section.title, rows: rows)) }
        }
        return result
    }

    /// Help for a kind of screen: its own sections first, then the keys that work everywhere that
    /// still do there (less those its own keys take over, so no key means two things), then the
    /// sections of every other screen.
    public static func sections(for kind: ScreenKind, content: HomeSummary, glyphs: Glyphs)
        -> (here: [HelpSection], elsewhere: [HelpSection]) {
        func rows(_ bindings: [KeyBinding], on kind: ScreenKind) -> [(keys: String, help: String)] {
            bindings.map { (label($0, on: kind, content: content, glyphs: glyphs), $0.help) }
        }
        var here = kind.sections.map { HelpSection(title: $0.title, rows: rows($0.bindings, on: kind)) }
        let working = everywhere.bindings.filter { row in
            row.keys.contains { Self.binding(for: $0, on: kind)?.command == row.command }
        }
        if !working.isEmpty { here.append(HelpSection(title: everywhere.title, rows: rows(working, on: kind))) }
        let others = sections(content: content, glyphs: glyphs).filter { section in
            section.title != everywhere.title && !kind.sections.contains { $0.title == section.title }
        }
        return (here, others)
    }

    /// The key tables as Markdown, for the README (a test keeps the two the same).
    public static func markdownTables(content: Content) -> String {
        var lines: [String] = []
        for section in sections(content: HomeSummary(content), glyphs: .unicode) {
            if !lines.isEmpty { lines.append("") }
            lines += ["**\(section.title)**", "", "| Keys | What they do |", "|---|---|"]
            lines += section.rows.map { "| `\($0.keys)` | \($0.help) |" }
        }
        return lines.joined(separator: "\n")
    }
}
