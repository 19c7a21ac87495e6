import InfluenceContent

/// The one table of keys. Dispatch, the footer, the help box and the README's key tables are all
/// generated from it, so they cannot drift apart.
public enum KeyMap {
    static let digits: [Key] = (0...9).map { Key.char(Character(String($0))) }

    public static let bindings: [KeyBinding] = [
        KeyBinding([.char("?")], .toggleHelp, "Show or hide the keys", in: .everywhere, footer: .right(90, "help")),
        KeyBinding([.char("f")], .open(.argument), "The article's argument: power versus influence", in: .everywhere,
                   footer: .at(60, "argument")),
        KeyBinding([.char("d")], .open(.questions), "Discussion questions for every case", in: .everywhere,
                   footer: .at(61, "questions")),
        KeyBinding([.char("c")], .open(.grid), "Compare the cases: cases by stages, on the current case and stage",
                   in: .everywhere, footer: .at(58, "grid")),
        KeyBinding([.char("a")], .open(.across), "One stage (the current one) across all the cases", in: .everywhere,
                   footer: .at(59, "across")),
        KeyBinding([.char("/")], .open(.search), "Search everything (case and accents do not matter)", in: .everywhere,
                   footer: .at(57, "search")),
        KeyBinding([.char("n")], .nextHit, "Next hit of the search, in its place", in: .everywhere),
        KeyBinding([.char("N")], .previousHit, "Previous hit of the search", in: .everywhere),
        KeyBinding([.char("p")], .open(.presenter),
                   "Presenter mode for a projector, on the current case and stage (p again leaves it)",
                   in: .everywhere, footer: .at(56, "present")),
        KeyBinding([.char("F")], .rejoin, "Follow the presenter again (when following one)", in: .everywhere),
        KeyBinding([.char("m")], .beginMark, "Mark this place: m and a letter", in: .everywhere),
        KeyBinding([.char("'")], .beginJump, "Go to a marked place: ' and its letter", in: .everywhere),
        KeyBinding([.char("#")], .open(.figures), "The article's figures as bar charts",
                   in: .everywhere, footer: .at(65, "figures")),
        KeyBinding([.char("t")], .open(.timeline), "Timeline: every dated event of every case, on one axis",
                   in: .everywhere, footer: .at(62, "timeline")),
        KeyBinding([.char("w")], .open(.glossary), "Glossary: the article's words, acronyms and agreements", in: .everywhere,
                   footer: .at(63, "words")),
        KeyBinding([.char("s")], .open(.sources), "Sources: the works the article cites, and where", in: .everywhere,
                   footer: .at(64, "sources")),
        KeyBinding([.char("q")], .quit, "Quit", in: .everywhere, footer: .right(91, "quit")),
        KeyBinding([.ctrlC], .interrupt, "Quit at once (exit code 130)", in: .everywhere),

        KeyBinding(digits, .number, "Open the argument (0) or the case with that number", in: .home, footer: .at(2, "open")),
        KeyBinding([.up, .char("k")], .up, "Move up the list", in: .home),
        KeyBinding([.down, .char("j")], .down, "Move down the list", in: .home, footer: .at(1, "choose", pairedWith: .up)),
        KeyBinding([.home, .char("g")], .top, "First entry", in: .home),
        KeyBinding([.end, .char("G")], .bottom, "Last entry", in: .home),
        KeyBinding([.enter, .right, .char("l")], .activate, "Open the chosen entry", in: .home),

        KeyBinding([.down, .char("j")], .down, "Scroll down", in: .scrolling, footer: .at(3, "scroll", pairedWith: .up)),
        KeyBinding([.up, .char("k")], .up, "Scroll up", in: .scrolling),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "Page down", in: .scrolling),
        KeyBinding([.pageUp, .char("b")], .pageUp, "Page up", in: .scrolling),
        KeyBinding([.home, .char("g")], .top, "Go to the top", in: .scrolling),
        KeyBinding([.end, .char("G")], .bottom, "Go to the end", in: .scrolling),

        KeyBinding([.right, .char("l")], .nextStage,
                   "Next stage (after a case's last stage, the next case)", in: .reading,
                   footer: .at(1, "stage", pairedWith: .previousStage)),
        KeyBinding([.left, .char("h")], .previousStage,
                   "Previous stage (before the first, the previous case)", in: .reading),
        KeyBinding(digits, .number, "Go to the stage with that number (in the argument, the section)", in: .reading),
        KeyBinding([.tab], .focusNext,
                   "Switch between the text and the side pane; there ↑↓ step through quotations and notes",
                   in: .reading, footer: .at(4, "pane")),
        KeyBinding([.backTab], .focusPrevious, "Switch panes the other way", in: .reading),
        KeyBinding([.char(".")], .nextMarker, "Select the next note marker in the text", in: .reading,
                   footer: .at(5, "marker", pairedWith: .previousMarker)),
        KeyBinding([.char(",")], .previousMarker, "Select the previous note marker", in: .reading),
        KeyBinding([.enter], .activate, "Show the selected note marker, note or quotation in full", in: .reading,
                   footer: .at(6, "note")),
        KeyBinding([.escape, .backspace], .back, "Back to where you came from, as it was", in: .reading,
                   footer: .at(7, "back")),

        KeyBinding([.char("]")], .nextCase, "Next case, same stage", in: .caseOnly,
                   footer: .at(2, "case", pairedWith: .previousCase)),
        KeyBinding([.char("[")], .previousCase, "Previous case, same stage", in: .caseOnly),

        KeyBinding([.char("o")], .openCase, "Open the case at the top of the text, at this stage", in: .across,
                   footer: .at(2, "open")),

        KeyBinding([.right, .char("l")], .nextStage, "Next stage (column)", in: .grid, footer: .at(1, "move", pairedWith: .previousStage)),
        KeyBinding([.left, .char("h")], .previousStage, "Previous stage (column)", in: .grid),
        KeyBinding([.down, .char("j")], .down, "Next case (row)", in: .grid),
        KeyBinding([.up, .char("k")], .up, "Previous case (row)", in: .grid),
        KeyBinding([.home, .char("g")], .top, "First case", in: .grid),
        KeyBinding([.end, .char("G")], .bottom, "Last case", in: .grid),
        KeyBinding(digits, .number, "The stage (column) with that number", in: .grid),
        KeyBinding([.enter], .activate, "Open the case at the stage under the cursor", in: .grid, footer: .at(2, "open")),
        KeyBinding([.escape, .backspace], .back, "Back to where you came from", in: .grid, footer: .at(7, "back")),

        KeyBinding([.down, .char("j")], .down, "Next question", in: .questions, footer: .at(1, "choose", pairedWith: .up)),
        KeyBinding([.up, .char("k")], .up, "Previous question", in: .questions),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "A page of questions down", in: .questions),
        KeyBinding([.pageUp, .char("b")], .pageUp, "A page of questions up", in: .questions),
        KeyBinding([.home, .char("g")], .top, "First question", in: .questions),
        KeyBinding([.end, .char("G")], .bottom, "Last question", in: .questions),
        KeyBinding(digits, .number, "The questions of the case with that number", in: .questions),
        KeyBinding([.enter], .activate, "Open the question's case at its outcome", in: .questions, footer: .at(2, "open")),
        KeyBinding([.escape, .backspace], .back, "Back to where you came from", in: .questions, footer: .at(7, "back")),

        KeyBinding([.down], .down, "Next hit", in: .search, footer: .at(1, "choose", pairedWith: .up)),
        KeyBinding([.up], .up, "Previous hit", in: .search),
        KeyBinding([.pageDown], .pageDown, "A page of hits down", in: .search),
        KeyBinding([.pageUp], .pageUp, "A page of hits up", in: .search),
        KeyBinding([.home], .top, "First hit", in: .search),
        KeyBinding([.end], .bottom, "Last hit", in: .search),
        KeyBinding([.enter], .activate, "Open the place of the hit, the hit highlighted", in: .search,
                   footer: .at(2, "open")),
        KeyBinding([.escape], .back, "Back to where the search started", in: .search, footer: .at(7, "back")),

        KeyBinding([.char(" "), .right, .char("l"), .pageDown], .revealNext,
                   "Show the next paragraph, quotation or figures; when all is shown, the next stage",
                   in: .presenter, footer: .at(1, "next")),
        KeyBinding([.left, .backspace, .char("h"), .pageUp], .revealPrevious,
                   "Hide the last thing shown; at the prompt, the stage before", in: .presenter,
                   footer: .at(2, "back", pairedWith: nil)),
        KeyBinding(digits, .number, "Go to the stage with that number", in: .presenter),
        KeyBinding([.char("]")], .nextCase, "The next case, from its first stage", in: .presenter),
        KeyBinding([.char("[")], .previousCase, "The previous case", in: .presenter),
        KeyBinding([.char(".")], .nextMarker, "Select the next note marker shown", in: .presenter),
        KeyBinding([.char(",")], .previousMarker, "Select the previous note marker", in: .presenter),
        KeyBinding([.enter], .activate, "Show the selected note in a box", in: .presenter),
        KeyBinding([.char("t")], .toggleTimer, "Pause or resume the timer", in: .presenter, footer: .at(3, "timer")),
        KeyBinding([.char("T")], .resetTimer, "Set the timer back to 0:00", in: .presenter),
        KeyBinding([.escape], .back, "Leave presenter mode", in: .presenter),
        KeyBinding([.down, .char("j")], .down, "Next bar (on into the next chart)", in: .figures,
                   footer: .at(1, "choose", pairedWith: .up)),
        KeyBinding([.up, .char("k")], .up, "Previous bar", in: .figures),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "A page of charts down", in: .figures),
        KeyBinding([.pageUp, .char("b")], .pageUp, "A page of charts up", in: .figures),
        KeyBinding([.home, .char("g")], .top, "First bar of the first chart", in: .figures),
        KeyBinding([.end, .char("G")], .bottom, "Last bar of the last chart", in: .figures),
        KeyBinding([.char("]"), .tab], .focusNext, "Next chart", in: .figures, footer: .at(2, "chart", pairedWith: .focusPrevious)),
        KeyBinding([.char("["), .backTab], .focusPrevious, "Previous chart", in: .figures),
        KeyBinding(digits, .number, "The first bar of the case with that number", in: .figures),
        KeyBinding([.enter], .activate, "Open the figure's case at its stage", in: .figures, footer: .at(4, "open")),
        KeyBinding([.escape, .backspace], .back, "Back to where you came from", in: .figures, footer: .at(7, "back")),

        KeyBinding([.down, .char("j")], .down, "Next event", in: .timeline, footer: .at(1, "choose", pairedWith: .up)),
        KeyBinding([.up, .char("k")], .up, "Previous event", in: .timeline),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "A page of events down", in: .timeline),
        KeyBinding([.pageUp, .char("b")], .pageUp, "A page of events up", in: .timeline),
        KeyBinding([.home, .char("g")], .top, "First event", in: .timeline),
        KeyBinding([.end, .char("G")], .bottom, "Last event", in: .timeline),
        KeyBinding(digits, .number, "The first event of the case with that number", in: .timeline, footer: .at(8, "case")),
        KeyBinding([.char(".")], .nextMarker, "Select the next note marker (in this event, then in the next ones)",
                   in: .timeline, footer: .at(5, "marker", pairedWith: .previousMarker)),
        KeyBinding([.char(",")], .previousMarker, "Select the previous note marker", in: .timeline),
        KeyBinding([.enter], .activate,
                   "Open the event's case at the stage that tells it; with a marker selected, its note",
                   in: .timeline, footer: .at(6, "open")),
        KeyBinding([.escape, .backspace], .back, "Back to where you came from", in: .timeline, footer: .at(7, "back")),

        KeyBinding([.down], .down, "Next term", in: .glossary, footer: .at(1, "choose", pairedWith: .up)),
        KeyBinding([.up], .up, "Previous term", in: .glossary),
        KeyBinding([.pageDown], .pageDown, "A page of terms down", in: .glossary),
        KeyBinding([.pageUp], .pageUp, "A page of terms up", in: .glossary),
        KeyBinding([.home], .top, "First term", in: .glossary),
        KeyBinding([.end], .bottom, "Last term", in: .glossary),
        KeyBinding([.backspace], .erase, "Erase the last character of the filter", in: .glossary, footer: .at(3, "erase")),
        KeyBinding([.enter], .activate, "Open the first place that uses the term (the cases first, then the argument)", in: .glossary,
                   footer: .at(6, "open")),
        KeyBinding([.escape], .cancel, "Clear the filter; with no filter, back to where you came from", in: .glossary,
                   footer: .at(7, "clear/back")),

        KeyBinding([.down, .char("j")], .down, "Next source (among its places: the next place)", in: .sources,
                   footer: .at(1, "choose", pairedWith: .up)),
        KeyBinding([.up, .char("k")], .up, "Previous source (among its places: the previous place)", in: .sources),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "A page of sources down", in: .sources),
        KeyBinding([.pageUp, .char("b")], .pageUp, "A page of sources up", in: .sources),
        KeyBinding([.home, .char("g")], .top, "First source", in: .sources),
        KeyBinding([.end, .char("G")], .bottom, "Last source", in: .sources),
        KeyBinding([.right, .tab, .char("l")], .focusNext, "Into the source's places, to choose one", in: .sources,
                   footer: .at(3, "places", pairedWith: .focusPrevious)),
        KeyBinding([.left, .backTab, .char("h")], .focusPrevious, "Back from the places to the sources", in: .sources),
        KeyBinding([.enter], .activate, "Open the chosen place (on a source: its first place)", in: .sources,
                   footer: .at(6, "open")),
        KeyBinding([.escape, .backspace], .back, "Back to where you came from", in: .sources, footer: .at(7, "back")),

        KeyBinding([.escape, .backspace, .enter, .char("q")], .back, "Close the box and return to the same place",
                   in: .box, footer: .at(7, "close")),

        KeyBinding([.escape, .backspace, .enter, .char("q")], .back, "Close help and return to the same place",
                   in: .help, footer: .at(7, "close")),
    ]

    /// What a key does on a screen with this context, if anything: the screen's own sections first,
    /// then the keys that work everywhere.
    public static func command(for key: Key, in context: KeyContext) -> KeyCommand? {
        binding(for: key, in: context)?.command
    }

    /// The action a key performs on a screen with this context.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        switch command(for: key, in: context) {
        case .action(let action)?: return action
        case .number?: return key.digit.map(Action.number)
        case nil: return nil
        }
    }

    /// The binding a key has on a screen with this context: the screen's own sections first, then
    /// the keys that work everywhere. A plain scan of the table: a hundred comparisons take
    /// microseconds, and building a dictionary of every screen's keys at start-up cost more than
    /// the first frame's drawing.
    static func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
        var everywhere: KeyBinding?
        for binding in bindings where binding.keys.contains(key) {
            if binding.section == .everywhere {
                if everywhere == nil { everywhere = binding }
            } else if binding.section.includes(context) {
                return binding
            }
        }
        return everywhere
    }

    /// The numbers typing a digit chooses on a screen, as it shows them: 0 and the cases at home,
    /// the stages of a case, the sections of the argument.
    public static func numbers(in context: KeyContext, content: HomeSummary) -> ClosedRange<Int>? {
        switch context {
        case .home: return 0...content.cases.count
        case .reading, .across, .grid: return 1...max(1, content.stageCount)
        case .argument: return 1...ArgumentSection.allCases.count
        case .questions, .figures, .timeline: return 1...max(1, content.cases.count)
        case .presenter: return 1...max(1, content.stageCount)
        case .box, .help, .search, .glossary, .sources: return nil
        }
    }

    /// How a binding's keys are written in help and the README: "→ l n", "0–5".
    public static func label(_ binding: KeyBinding, in context: KeyContext, content: HomeSummary, glyphs: Glyphs) -> String {
        if binding.command == .number, let range = numbers(in: context, content: content) {
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
    public static func footer(for context: KeyContext, typing: Bool = false, content: HomeSummary,
                              glyphs: Glyphs) -> [FooterHint] {
        var here = bindings.filter { binding in
            guard binding.section.includes(context) else { return false }
            guard typing, case .char? = binding.keys.first else { return true }
            return false
        }
        if context == .presenter {
            // On a projector the footer stays quiet: the presenter's own keys and help.
            here = here.filter { $0.section != .everywhere || $0.command == .action(.toggleHelp) }
        }
        var entries: [(place: Int, hint: FooterHint)] = []
        for binding in here {
            guard let footer = binding.footer, let first = binding.keys.first,
                  Self.binding(for: first, in: context)?.command == binding.command,
                  !entries.contains(where: { $0.hint.word == footer.word }) else { continue }
            var keys = binding.command == .number
                ? label(binding, in: context, content: content, glyphs: glyphs) : first.name(glyphs)
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
        for section in KeySection.allCases {
            var rows: [(keys: String, help: String)] = []
            for binding in bindings where binding.section == section {
                rows.append((label(binding, in: section.contexts[0], content: content, glyphs: glyphs), binding.help))
            }
            if !rows.isEmpty { result.append(HelpSection(title: section.rawValue, rows: rows)) }
        }
        return result
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
