import InfluenceText

/// A key press, as the explorer understands it, whichever terminal it came from.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter, escape, tab, backTab, backspace
    case up, down, left, right
    case pageUp, pageDown, home, end
    case ctrlC

    /// The digit this key types, if it is one.
    public var digit: Int? {
        if case .char(let c) = self, let n = c.wholeNumberValue, c.isASCII { return n }
        return nil
    }

    /// Parses one key named as tmux `send-keys` names it: `a`, `Enter`, `Escape`, `Tab`, `BTab`, `Up`,
    /// `PPage`, `NPage`, `Home`, `End`, `Space`, `BSpace`, `C-c`. Returns nil for an unknown name.
    public init?(tmuxName name: String) {
        switch name {
        case "Enter": self = .enter
        case "Escape": self = .escape
        case "Tab": self = .tab
        case "BTab": self = .backTab
        case "BSpace": self = .backspace
        case "Up": self = .up
        case "Down": self = .down
        case "Left": self = .left
        case "Right": self = .right
        case "PPage", "PageUp": self = .pageUp
        case "NPage", "PageDown": self = .pageDown
        case "Home": self = .home
        case "End": self = .end
        case "Space": self = .char(" ")
        case "C-c": self = .ctrlC
        default:
            guard name.count == 1, let c = name.first else { return nil }
            self = .char(c)
        }
    }

    /// The name a user reads in help and the footer, with arrows drawn as `glyphs` draws them.
    public func name(_ glyphs: Glyphs) -> String {
        switch self {
        case .up: return glyphs.up
        case .down: return glyphs.down
        case .left: return glyphs.left
        case .right: return glyphs.right
        default: return displayName
        }
    }

    /// The name a user reads in help text and the footer.
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .ctrlC: return "Ctrl-C"
        }
    }
}
