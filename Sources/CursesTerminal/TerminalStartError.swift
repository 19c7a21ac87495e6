/// Why the explorer could not take over the terminal; nothing has been written to it.
public enum TerminalStartError: Error, Equatable, Sendable {
    /// A standard stream ("standard input" or "standard output") is not a terminal.
    case notATerminal(String)
    /// TERM is not set, or empty.
    case noTerm
    /// TERM is "dumb": no cursor movement.
    case dumbTerm
    /// curses has no usable description of this TERM (no terminfo entry, or it cannot move the cursor).
    case unknownTerm(String)

    /// One line for standard error, saying what to do instead.
    public var message: String {
        switch self {
        case .notATerminal(let stream):
            return "influence: \(Self.printable(stream)) is not a terminal; try `influence print` for plain text"
        case .noTerm:
            return "influence: TERM is not set; set it (e.g. TERM=xterm-256color) or try `influence print`"
        case .dumbTerm:
            return "influence: TERM is \"dumb\" (no cursor movement); try `influence print` for plain text"
        case .unknownTerm(let term):
            return "influence: unknown terminal type TERM=\(Self.printable(term)); "
                + "try TERM=xterm-256color or `influence print`"
        }
    }

    /// The process exit status: 64 (EX_USAGE) when not run in a terminal, 78 (EX_CONFIG) for TERM problems.
    public var exitCode: Int32 {
        switch self {
        case .notATerminal: return 64
        case .noTerm, .dumbTerm, .unknownTerm: return 78
        }
    }

    /// TERM comes from the environment: keep control and invisible characters out of the message.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(64) {
            let printable = scalar.value >= 0x20 && scalar.value != 0x7F && scalar.value < 0x80
            result.unicodeScalars.append(printable ? scalar : "?")
        }
        return result
    }
}
