import CNCurses
import InfluenceUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw: the only code in the explorer that talks to curses.
///
/// Use it from one thread only (curses is not thread-safe), in one synchronous loop:
/// `nextEvent()`, update, `draw(_:)`. Call `close()` before printing anything or exiting.
public final class CursesTerminal: Terminal {
    /// The SCREEN from newterm; nil once closed.
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    public let supportsUnicode: Bool
    /// The look of each role, indexed by `StyleRole.rawValue`.
    let styles: [CellStyle]

    /// The buffer on screen now, to draw only what changed; nil forces a full redraw.
    var lastDrawn: CellBuffer?
    /// Whether the window has a background (wbkgd) that erasing fills blank cells with.
    var hasBackground = false
    /// Reused for the characters of one cell, to avoid an allocation per cell.
    var scratch: [wchar_t] = []
    /// get_wch errors in a row with no key or signal between them.
    private var consecutiveErrors = 0
    private var isGone = false
    private var lastSize = Size(width: 0, height: 0)

    /// With SIGHUP ignored and the terminal gone, get_wch fails at once, forever; this many
    /// failures in a row mean the terminal is gone (rather than spinning).
    static let errorsBeforeGone = 5

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, supportsUnicode: Bool,
                 styles: [CellStyle]) {
        self.screen = screen
        self.window = window
        self.supportsUnicode = supportsUnicode
        self.styles = styles
        scratch.reserveCapacity(8)
    }

    deinit { close() }

    /// Takes over the terminal: alternate screen, no echo, keys one at a time, cursor hidden.
    /// Fails, writing nothing, when standard input or output is not a terminal or TERM is unusable.
    /// `environment` supplies TERM, NO_COLOR and ESCDELAY. With `mouse`, clicks and the wheel arrive as
    /// `.mouse` events (the terminal's own selection then needs Shift, as in htop or tig).
    ///
    /// Until `close()`: SIGINT, SIGTERM and SIGHUP become `.signal` events, Ctrl-Z suspends
    /// inside `nextEvent()`, a crash puts the terminal back before the backtrace, and whatever
    /// is written to standard error (when it is the terminal) is held and shown after `close()`.
    public static func open(environment: [String: String], mouse: Bool = true,
                            theme: Theme = .dark) throws(TerminalStartError) -> CursesTerminal {
        // Before anything else: curses and wcwidth read the character set from the locale.
        setlocale(LC_ALL, "")
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal("standard output") }
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal("standard input") }
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTerm }
        guard term != "dumb" else { throw .dumbTerm }

        // The terminal modes to restore after a crash: the shell's, from before curses changes them.
        var shellMode = termios()
        let haveShellMode = tcgetattr(STDOUT_FILENO, &shellMode) == 0

        // Our handlers must be in place before newterm: ncurses installs its own for SIGINT,
        // SIGTERM and SIGTSTP only when they are at their default action.
        influence_signals_install()
        influence_suspend_install()

        // Size from the kernel (TIOCGWINSZ) even if LINES/COLUMNS are exported.
        use_tioctl(true)
        // newterm, not initscr: initscr prints an error and exits on an unknown TERM.
        guard let screen = newterm(term, influence_stdout(), influence_stdin()) else {
            influence_suspend_remove()
            influence_signals_remove()
            throw .unknownTerm(term)
        }
        guard let window = influence_stdscr() else {
            endwin()
            delscreen(screen)
            influence_suspend_remove()
            influence_signals_remove()
            throw .unknownTerm(term)
        }

        cbreak()
        noecho()
        nonl()  // Enter arrives as 13, and curses can move the cursor down without a newline
        keypad(window, true)
        leaveok(window, true)  // the cursor is hidden: leave it wherever the last cell put it
        _ = curs_set(0)  // ERR on terminals that cannot hide it: nothing to do about that
        if environment["ESCDELAY"] == nil {
            set_escdelay(25)  // Esc responds at once; escape sequences arrive within 25 ms
        }

        if mouse { _ = influence_mouse_enable() }
        let color = startColor(environment: environment, theme: theme)
        let terminal = CursesTerminal(screen: screen, window: window,
                                      supportsUnicode: influence_locale_is_utf8(),
                                      styles: styleTable(color: color, theme: theme, colours: influence_colors()))
        if color, theme == .contrast {
            // White on black everywhere, the blank cells too.
            wbkgd(window, influence_color_pair(Palette.whiteOnBlack.rawValue))
            terminal.hasBackground = true
        }

        if haveShellMode {
            _ = influence_crash_guard_install(STDOUT_FILENO, &shellMode)
        } else {
            _ = influence_crash_guard_install(STDOUT_FILENO, nil)
        }
        // Keep stray stderr output (warnings, a "Fatal error" line) off the frame; shown after close.
        _ = influence_stderr_capture_begin()
        return terminal
    }

    /// Gives the terminal back: normal screen, cursor shown, the shell's modes. Safe to call twice.
    public func close() {
        guard let screen else { return }
        influence_mouse_disable()
        endwin()
        delscreen(screen)
        influence_stderr_capture_end()
        self.screen = nil
        window = nil
        lastDrawn = nil
        influence_crash_guard_remove()
        influence_suspend_remove()
        influence_signals_remove()
    }

    /// The current size, read from curses each time (it follows resizes itself).
    public var size: Size {
        guard let window else { return lastSize }
        let size = Size(width: Int(influence_window_cols(window)), height: Int(influence_window_rows(window)))
        lastSize = size
        return size
    }

    /// The monotonic clock, in seconds.
    public var clock: Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// One more descriptor to wake for (a room file's inotify descriptor, say): while it is
    /// readable, `nextEvent` returns `.external`, so the owner must read it empty each time.
    public var watchedDescriptor: Int32?

    /// Blocks until a key, a resize or a stop signal arrives, the watched descriptor becomes readable
    /// (`.external`), or `timeout` milliseconds pass (then `.tick`). A suspend (Ctrl-Z) is handled
    /// here: the terminal is given back, the process stops, and on `fg` this returns `.resize` so
    /// the caller redraws at whatever size the terminal has by then.
    ///
    /// The wait is a poll of standard input and the watched descriptor; curses reads keys only
    /// without waiting (what it already holds, or what the poll found), so a key never waits
    /// behind the other descriptor, nor the other descriptor behind a key.
    public func nextEvent(timeout: Int?) -> TerminalEvent {
        guard let window, !isGone else { return .gone }
        let deadline = timeout.map { clock + Double($0) / 1000 }
        // Whether the last wait found standard input readable (or hung up): a read that then finds
        // nothing is an error, and enough of them in a row mean the terminal is gone.
        var inputReady = false
        while true {
            // A signal that arrived while the caller was drawing is seen before waiting again.
            if let event = takeSignal() { return event }
            influence_wait_hold()
            if influence_signal_waiting() {
                // It came between the look above and the hold: take it with the signals let through.
                influence_wait_release()
                continue
            }
            wtimeout(window, 0)
            let input = readInput(window)
            if case .error = input {
                if inputReady {
                    consecutiveErrors += 1
                    if consecutiveErrors >= Self.errorsBeforeGone {
                        influence_wait_release()
                        isGone = true
                        return .gone
                    }
                }
            } else {
                influence_wait_release()
                consecutiveErrors = 0
                inputReady = false
                if let event = event(for: input) { return event }
                continue  // a key with no meaning here: read again
            }
            var left: Int32 = -1
            if let deadline {
                left = Int32(max(0, ((deadline - clock) * 1000).rounded(.up)))
                if left == 0 {
                    influence_wait_release()
                    return .tick
                }
            }
            let ready = influence_wait(STDIN_FILENO, watchedDescriptor ?? -1, left)
            influence_wait_release()
            // Interrupted by a signal (taken at the top; a resize comes from curses' next read).
            if ready < 0 { inputReady = false; continue }
            if ready == 0 { return .tick }
            inputReady = ready & 1 != 0
            if ready & 2 != 0 && !inputReady { return .external }
            // Keys first: the descriptor stays readable and is reported on the next call.
        }
    }

    /// The event a read from the keyboard stands for; nil for a key the explorer does not use.
    private func event(for input: Input) -> TerminalEvent? {
        switch input {
        case .error:
            return nil
        case .keyCode(let code):
            if code == influence_KEY_RESIZE {
                forceFullRedraw()
                return .resize
            }
            if code == influence_KEY_MOUSE, let event = readMouse() { return .mouse(event) }
            return Self.key(forKeyCode: code).map(TerminalEvent.key)
        case .character(let code):
            return Self.key(forCharacter: code).map(TerminalEvent.key)
        }
    }

    /// The mouse event curses has queued after KEY_MOUSE, if it is one the explorer uses.
    private func readMouse() -> MouseEvent? {
        var x: Int32 = 0, y: Int32 = 0, kind: Int32 = 0
        guard influence_mouse_read(&x, &y, &kind) == influence_OK else { return nil }
        switch kind {
        case 1: return MouseEvent(.click, x: Int(x), y: Int(y))
        case 4: return MouseEvent(.wheelUp, x: Int(x), y: Int(y))
        case 5: return MouseEvent(.wheelDown, x: Int(x), y: Int(y))
        default: return nil
        }
    }

    /// A stop signal as an event, or a suspend (Ctrl-Z) carried out and reported as `.resize`.
    private func takeSignal() -> TerminalEvent? {
        let signal = influence_signal_pending()
        if signal != 0 {
            consecutiveErrors = 0
            return .signal(signal)
        }
        if influence_suspend_pending() {
            consecutiveErrors = 0
            suspend()
            return .resize
        }
        return nil
    }

    /// One read from the keyboard.
    private enum Input {
        case error
        case keyCode(Int32)
        case character(UInt32)
    }

    private func readInput(_ window: UnsafeMutablePointer<WINDOW>) -> Input {
        if supportsUnicode {
            // wget_wch gives one code per character; wgetch would split UTF-8 into bytes.
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == influence_ERR { return .error }
            if status == influence_KEY_CODE_YES { return .keyCode(Int32(bitPattern: code)) }
            return .character(code)
        }
        // Not UTF-8 (LANG=C): wget_wch waits forever for the rest of a character after a byte
        // that is not ASCII. Read bytes instead, and let only ASCII through.
        let code = wgetch(window)
        if code == influence_ERR { return .error }
        if code >= influence_KEY_MIN { return .keyCode(code) }
        return .character(code >= 0 && code < 0x80 ? UInt32(code) : 0)
    }

    /// Ctrl-Z: give the terminal back, stop, and on `fg` take it again.
    private func suspend() {
        guard let window else { return }
        endwin()
        influence_suspend_now()  // returns after SIGCONT
        // The first update after endwin puts curses back in program mode and the alternate
        // screen, and re-reads the size, which may have changed while we were stopped.
        // Blank first, so the old frame is not shown at a size it may no longer fit.
        werase(window)
        forceFullRedraw()
        doupdate()
    }

    /// The next `draw` repaints every cell, and curses clears the physical screen first
    /// (after a resize, the terminal's contents are not what curses remembers).
    func forceFullRedraw() {
        lastDrawn = nil
        if let window { clearok(window, true) }
    }

    var currentWindow: UnsafeMutablePointer<WINDOW>? { window }
}
