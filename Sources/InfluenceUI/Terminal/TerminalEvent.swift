/// Something a terminal reports to the explorer's loop.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// A mouse button or wheel, at a cell.
    case mouse(MouseEvent)
    /// The window changed size; the new size is already the terminal's `size`.
    case resize
    /// A signal asked the program to stop (SIGINT, SIGTERM, SIGHUP); its number.
    case signal(Int32)
    /// The terminal is gone (hung up, closed): stop without drawing again.
    case gone
    /// Nothing happened within the time asked for: time to redraw what changes with time.
    case tick
    /// Something the terminal watches for the shell is ready (a file a follower watches changed).
    case external
}

/// A click or a turn of the wheel, at a cell (0-based column and row).
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case click, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Where the explorer draws and reads keys: curses in a real terminal, or headless in tests and `render`.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Whether text beyond ASCII can be shown (a UTF-8 locale).
    var supportsUnicode: Bool { get }
    /// The time now, in seconds on a clock that only goes forward (for the presenter's timer).
    var clock: Double { get }
    /// Shows the buffer; only changed cells need to reach the screen.
    func draw(_ buffer: CellBuffer)
    /// Waits for the next event; with a timeout (milliseconds), at most that long, then `.tick`.
    func nextEvent(timeout: Int?) -> TerminalEvent
}
