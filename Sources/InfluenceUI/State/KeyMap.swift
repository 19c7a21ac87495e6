/// Where a key binding applies.
public enum KeyContext: String, CaseIterable, Sendable {
    case everywhere = "Everywhere"
    case home = "Home screen"
    case reading = "Reading a case or the argument"
    case overlay = "Help, note or quotation box"
}

/// What a binding does: an action, or opening the case whose number was typed.
public enum KeyCommand: Equatable, Sendable {
    case action(Action)
    case openCaseByDigit
}

/// One entry of the key map: keys, what they do, and the help text shown for them.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written in help and the README, e.g. "→ l n".
    public var label: String
    public var command: KeyCommand
    public var help: String
    public var context: KeyContext
    /// A short word for the status bar; nil keeps the binding out of it.
    public var status: String?

    public init(_ keys: [Key], _ label: String, _ command: KeyCommand, _ help: String,
                in context: KeyContext, status: String? = nil) {
        self.keys = keys
        self.label = label
        self.command = command
        self.help = help
        self.context = context
        self.status = status
    }
}

/// The one table of keys: it drives dispatch, the status bar, the help box and the README's key table.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.up, .char("k")], "↑ k", .action(.up), "Move up the list", in: .home, status: "choose"),
        KeyBinding([.down, .char("j")], "↓ j", .action(.down), "Move down the list", in: .home),
        KeyBinding([.home, .char("g")], "Home g", .action(.top), "First entry", in: .home),
        KeyBinding([.end, .char("G")], "End G", .action(.bottom), "Last entry", in: .home),
        KeyBinding([.enter, .right, .char("l")], "Enter →", .action(.activate), "Open the chosen entry", in: .home, status: "open"),

        KeyBinding([.right, .char("l"), .char("n")], "→ l n", .action(.nextStage),
                   "Next stage (after a case's last stage, the next case)", in: .reading, status: "stage"),
        KeyBinding([.left, .char("h"), .char("p")], "← h p", .action(.previousStage),
                   "Previous stage (before the first, the previous case)", in: .reading),
        KeyBinding([.char("]")], "]", .action(.nextCase), "Next case, same stage", in: .reading, status: "case"),
        KeyBinding([.char("[")], "[", .action(.previousCase), "Previous case, same stage", in: .reading),
        KeyBinding([.down, .char("j")], "↓ j", .action(.down),
                   "Scroll down (side pane: next quotation or note)", in: .reading, status: "scroll"),
        KeyBinding([.up, .char("k")], "↑ k", .action(.up),
                   "Scroll up (side pane: previous quotation or note)", in: .reading),
        KeyBinding([.pageDown, .char(" ")], "PgDn Space", .action(.pageDown), "Page down", in: .reading),
        KeyBinding([.pageUp, .char("b")], "PgUp b", .action(.pageUp), "Page up", in: .reading),
        KeyBinding([.home, .char("g")], "Home g", .action(.top), "Go to the top of the pane", in: .reading),
        KeyBinding([.end, .char("G")], "End G", .action(.bottom), "Go to the end of the pane", in: .reading),
        KeyBinding([.tab], "Tab", .action(.focusNext), "Switch between the text and the side pane", in: .reading, status: "pane"),
        KeyBinding([.backTab], "S-Tab", .action(.focusPrevious), "Switch panes the other way", in: .reading),
        KeyBinding([.char(".")], ".", .action(.nextMarker), "Select the next note marker in the text", in: .reading, status: "marker"),
        KeyBinding([.char(",")], ",", .action(.previousMarker), "Select the previous note marker", in: .reading),
        KeyBinding([.enter], "Enter", .action(.activate),
                   "Show the selected note marker, note or quotation in full", in: .reading, status: "note"),
        KeyBinding([.escape, .backspace], "Esc Backspace", .action(.back), "Back to the home screen", in: .reading, status: "back"),

        KeyBinding([.down, .char("j")], "↓ j", .action(.down), "Scroll down", in: .overlay, status: "scroll"),
        KeyBinding([.up, .char("k")], "↑ k", .action(.up), "Scroll up", in: .overlay),
        KeyBinding([.pageDown, .char(" ")], "PgDn Space", .action(.pageDown), "Page down", in: .overlay),
        KeyBinding([.pageUp, .char("b")], "PgUp b", .action(.pageUp), "Page up", in: .overlay),
        KeyBinding([.escape, .backspace, .enter, .char("q")], "Esc q Enter", .action(.back),
                   "Close the box and return to the same place", in: .overlay, status: "close"),
        KeyBinding([.char("?")], "?", .action(.toggleHelp), "Close help", in: .overlay),

        KeyBinding((1...9).map { Key.char(Character(String($0))) }, "1–5", .openCaseByDigit,
                   "Open that case at its first stage", in: .everywhere, status: "case"),
        KeyBinding([.char("f"), .char("0")], "f 0", .action(.openFramework), "Open the article's argument", in: .everywhere, status: "argument"),
        KeyBinding([.char("?")], "?", .action(.toggleHelp), "Show or hide this help", in: .everywhere, status: "help"),
        KeyBinding([.char("q")], "q", .action(.quit), "Quit", in: .everywhere, status: "quit"),
        KeyBinding([.ctrlC], "Ctrl-C", .action(.interrupt), "Quit at once (exit code 130)", in: .everywhere),
    ]

    /// The action a key performs in this state, if any.
    public static func action(for key: Key, in state: ExplorerState) -> Action? {
        for context in contexts(for: state) {
            for binding in bindings where binding.context == context && binding.keys.contains(key) {
                switch binding.command {
                case .action(let action): return action
                case .openCaseByDigit:
                    if case .char(let c) = key, let n = c.wholeNumberValue { return .openCase(n) }
                }
            }
        }
        return nil
    }

    /// The contexts that apply, most specific first.
    public static func contexts(for state: ExplorerState) -> [KeyContext] {
        if state.overlay != nil { return [.overlay, .everywhere] }
        switch state.screen {
        case .home: return [.home, .everywhere]
        case .framework, .reading: return [.reading, .everywhere]
        }
    }

    /// Status bar hints for this state: "key word" pairs, in key-map order.
    public static func statusHints(for state: ExplorerState) -> [(keys: String, word: String)] {
        var hints: [(String, String)] = []
        for context in contexts(for: state) {
            for binding in bindings where binding.context == context {
                guard let word = binding.status else { continue }
                let keys = shortLabel(binding)
                if !hints.contains(where: { $0.1 == word }) { hints.append((keys, word)) }
            }
        }
        return hints
    }

    /// The status bar's compact key label: "←→" for a stage pair, the first key otherwise.
    static func shortLabel(_ binding: KeyBinding) -> String {
        switch binding.command {
        case .action(.nextStage): return "←→"
        case .action(.nextCase): return "[]"
        case .action(.down): return "↑↓"
        case .action(.nextMarker): return ".,"
        case .action(.up) where binding.context == .home: return "↑↓"
        case .openCaseByDigit: return "1-5"
        default: return binding.label.split(separator: " ").first.map(String.init) ?? binding.label
        }
    }

    /// The key table as Markdown, for the README (a test keeps the two the same).
    public static func markdownTable() -> String {
        var lines: [String] = []
        for context in KeyContext.allCases {
            lines.append("**\(context.rawValue)**")
            lines.append("")
            lines.append("| Keys | What they do |")
            lines.append("|---|---|")
            for binding in bindings where binding.context == context {
                lines.append("| `\(binding.label)` | \(binding.help) |")
            }
            lines.append("")
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
