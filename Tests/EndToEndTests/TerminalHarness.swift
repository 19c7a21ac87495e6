import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program (by default the built `influence`) in a private tmux server and reads its screen.
///
/// Each harness has its own server (`tmux -L <unique name>`, no config file), so tests can run in
/// parallel and never touch the user's tmux. The program runs under a small `sh` wrapper that
/// records its pid and its exit status in files (tmux's pane_dead_status is unreliable) and then
/// keeps the pane open, so the terminal state can still be read after the program has exited.
/// Poll with `waitFor` instead of sleeping.
final class TerminalHarness {
    /// Something the harness could not do, or waited for in vain (with the screen at the time).
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Whether the terminal is as the program found it, or still in curses mode.
    struct TerminalState: Equatable {
        var alternateScreen: Bool
        var cursorVisible: Bool

        /// As the program found it: normal screen, cursor shown.
        static let restored = TerminalState(alternateScreen: false, cursorVisible: true)
        /// Taken over: alternate screen, cursor hidden.
        static let takenOver = TerminalState(alternateScreen: true, cursorVisible: false)
    }

    /// The private tmux server's socket name.
    let server: String
    /// The one session on that server.
    private static let session = "harness"
    private let directory: URL
    private var pidFile: URL { directory.appendingPathComponent("pid") }
    private var statusFile: URL { directory.appendingPathComponent("status") }
    private var closed = false

    /// Where SwiftPM puts the built products: beside the test bundle.
    static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return Bundle.main.bundleURL
    }

    /// The `influence` executable of this build.
    static var influence: URL { productsDirectory.appendingPathComponent("influence") }

    /// Whether tmux can be run here (skip the end-to-end tests otherwise).
    static var isTmuxAvailable: Bool {
        (try? run(["tmux", "-V"]))?.status == 0
    }

    /// Starts `executable` with `arguments` in a `width` x `height` terminal. The environment is the
    /// test's, less NO_COLOR, with LANG=C.UTF-8, SWIFT_BACKTRACE=interactive=no, TERM from tmux and
    /// XDG_STATE_HOME in the harness's own folder (so the explorer starts at home, and never reads or
    /// writes the user's saved place), then `environment` on top (which may set any of them too).
    init(_ arguments: [String] = [], executable: URL = TerminalHarness.influence,
         width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        server = "influence-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(server)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

        var env = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no",
                   "XDG_STATE_HOME": directory.appendingPathComponent("state").path]
        env.merge(environment) { _, new in new }
        // The inner sh writes its pid and then becomes the program (exec), so the pid is the program's.
        // The outer sh shares the program's process group, so Ctrl-C reaches it too: `trap :` keeps
        // it alive to record the status (a handler, not '' which the program would inherit as ignored).
        let script = "trap : INT QUIT; sh -c 'echo $$ > \"$0\"; exec \"$@\"' \(Self.quote(pidFile.path)) \"$@\"; "
            + "echo $? > \(Self.quote(statusFile.path)); exec sleep 1000000"
        // The environment goes through env(1) on the program's command line, not `new-session -e`:
        // tmux sets TERM for the pane itself, over any -e TERM=...
        // NO_COLOR is unset unless asked for: `swift test` sets it, and colour would never be tested.
        let unset = environment["NO_COLOR"] == nil ? ["-u", "NO_COLOR"] : []
        let program = ["env"] + unset + env.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }
            + [executable.path] + arguments
        var command = ["new-session", "-d", "-s", Self.session, "-x", String(width), "-y", String(height)]
        command += ["sh", "-c", script, "sh"] + program
        // escape-time 0: tmux otherwise holds a lone Escape for 500 ms before passing it on.
        command += [";", "set-option", "-s", "escape-time", "0"]
        try tmux(command)
    }

    deinit { close() }

    /// Stops the server (the program gets SIGHUP if still running) and removes the files.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? Self.run(["tmux", "-L", server, "kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Presses keys, named as tmux names them: "q", "Enter", "Escape", "Up", "NPage", "BTab", "C-c".
    func press(_ keys: String...) throws {
        try press(keys)
    }

    /// Presses keys given as a list, in one tmux command.
    func press(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", Self.session] + keys)
    }

    /// Types text literally, character by character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", Self.session, "-l", text])
    }

    /// The visible screen, one line per row, trailing spaces trimmed by tmux; with `scrollback`,
    /// preceded by the lines that scrolled off the top (a crash's first lines, say).
    func screen(scrollback: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", Self.session] + (scrollback ? ["-S", "-"] : []))
    }

    /// The screen with escape sequences for colours and attributes.
    func styledScreen() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", Self.session])
    }

    /// Waits until the screen (and the scrollback, if asked) shows every one of `texts` and has
    /// settled; returns that screen. Name everything the test will then assert about the screen.
    @discardableResult
    func waitFor(_ texts: String..., timeout: TimeInterval = 15, scrollback: Bool = false) throws -> String {
        let what = texts.map { "\"\($0)\"" }.joined(separator: " and ")
        return try waitFor(timeout: timeout, scrollback: scrollback, what: what) { screen in
            texts.allSatisfy(screen.contains)
        }
    }

    /// How long the screen must stay the same before it counts as settled: a screen read once can
    /// hold half a frame (the new header, the old body), but a frame never pauses this long.
    static let quietPeriod: useconds_t = 100_000

    /// Waits until `condition` holds for the screen (and the scrollback, if asked) and still holds,
    /// unchanged, after a quiet period; returns that settled screen. On a timeout the error shows
    /// the last screen. Every wait in the tests goes through here, so none reads a frame mid-way.
    @discardableResult
    func waitFor(timeout: TimeInterval = 15, scrollback: Bool = false, what: String = "a condition",
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen(scrollback: scrollback)
            if condition(last) {
                usleep(Self.quietPeriod)
                let again = try screen(scrollback: scrollback)
                if again == last { return again }
                last = again
                continue
            }
            usleep(20_000)
        } while Date() < deadline
        throw Failure(description: "timed out after \(timeout) s waiting for \(what); screen:\n\(last)")
    }

    /// q where a class is involved (leading or following): the explorer asks first; q again quits.
    func quitWhenAsked() throws {
        try press("q")
        try waitFor("q again quits, any other key stays")
        try press("q")
    }

    /// Presses `key` until the screen shows `text` (at most `limit` presses), waiting after each
    /// press for the screen to change and settle; returns that screen.
    @discardableResult
    func press(_ key: String, until text: String, limit: Int = 40) throws -> String {
        var last = try waitFor(what: "a settled screen") { _ in true }
        for _ in 0..<limit {
            if last.contains(text) { return last }
            try press(key)
            last = try waitFor(what: "the screen to change after \(key)") { [last] in $0 != last }
        }
        if last.contains(text) { return last }
        throw Failure(description: "\(key) pressed \(limit) times and still no \"\(text)\"; screen:\n\(last)")
    }

    /// Waits until the terminal is in `expected` state (tmux may not yet have read the bytes a
    /// program wrote just before exiting) and returns the state then: `expected`, or what it was
    /// at the timeout.
    func waitForTerminalState(_ expected: TerminalState, timeout: TimeInterval = 10) throws -> TerminalState {
        let deadline = Date().addingTimeInterval(timeout)
        var state = try terminalState()
        while state != expected && Date() < deadline {
            usleep(20_000)
            state = try terminalState()
        }
        return state
    }

    /// Waits for the program to exit and returns its status (128+n when killed by signal n).
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(20_000)
        } while Date() < deadline
        throw Failure(description: "the program did not exit within \(timeout) s; screen:\n\((try? screen()) ?? "")")
    }

    /// Whether the alternate screen is on and the cursor visible (`0 1` means restored).
    func terminalState() throws -> TerminalState {
        let fields = try tmux(["display-message", "-p", "-t", Self.session, "#{alternate_on} #{cursor_flag}"])
            .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 2 else { throw Failure(description: "unexpected tmux state: \(fields)") }
        return TerminalState(alternateScreen: fields[0] == "1", cursorVisible: fields[1] == "1")
    }

    /// Clicks (press and release) the first button at a cell (0-based), as a terminal in the X10
    /// mouse mode that curses asks tmux for reports it.
    func click(x: Int, y: Int) throws {
        try type(Self.mouseReport(button: 0, x: x, y: y) + Self.mouseReport(button: 3, x: x, y: y))
    }

    /// Turns the mouse wheel once over a cell (0-based).
    func wheel(down: Bool, x: Int, y: Int) throws {
        try type(Self.mouseReport(button: down ? 65 : 64, x: x, y: y))
    }

    private static func mouseReport(button: Int, x: Int, y: Int) -> String {
        func byte(_ n: Int) -> String { String(UnicodeScalar(UInt8(32 + n))) }
        return "\u{1B}[M" + byte(button) + byte(x + 1) + byte(y + 1)
    }

    /// Whether the program has asked the terminal to report the mouse.
    func reportsMouse() throws -> Bool {
        try tmux(["display-message", "-p", "-t", Self.session, "#{mouse_any_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Resizes the terminal; the program gets SIGWINCH.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", Self.session, "-x", String(width), "-y", String(height)])
    }

    /// The program's pid, once it has started.
    func programPID(timeout: TimeInterval = 10) throws -> pid_t {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(20_000)
        } while Date() < deadline
        throw Failure(description: "the program did not start within \(timeout) s")
    }

    /// Sends a signal to the program (SIGTERM, SIGHUP, ...).
    func send(signal: Int32) throws {
        let pid = try programPID()
        guard kill(pid, signal) == 0 else { throw Failure(description: "kill(\(pid), \(signal)) failed: errno \(errno)") }
    }

    /// Resizes the terminal to each size in turn, in one tmux command: a burst of SIGWINCH.
    func resize(through sizes: [(width: Int, height: Int)]) throws {
        guard !sizes.isEmpty else { return }
        var command: [String] = []
        for (i, size) in sizes.enumerated() {
            if i > 0 { command.append(";") }
            command += ["resize-window", "-t", Self.session, "-x", String(size.width), "-y", String(size.height)]
        }
        try tmux(command)
    }

    /// From now on, copies every byte the program writes to the terminal into `file`
    /// (`pipe-pane -O`), escape sequences and all, as the terminal receives them.
    func startRecording(to file: URL) throws {
        try tmux(["pipe-pane", "-O", "-t", Self.session, "cat > " + Self.quote(file.path)])
    }

    /// Stops copying the program's output (the recording file is complete once `cat` has exited).
    func stopRecording() throws {
        try tmux(["pipe-pane", "-t", Self.session])
    }

    /// The pane's title, which a program may set with OSC 0 or OSC 2 (tmux starts it as the host name).
    func paneTitle() throws -> String {
        try tmux(["display-message", "-p", "-t", Self.session, "#{pane_title}"])
            .trimmingCharacters(in: .newlines)
    }

    /// Closes the pane as if its window were closed: the terminal goes away under the program
    /// (the kernel hangs up its tty). The server exits with its last pane.
    func killPane() throws {
        try tmux(["kill-pane", "-t", Self.session])
    }

    // MARK: - Running tmux

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Self.run(["tmux", "-L", server, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.error)")
        }
        return result.output
    }

    /// Runs a command (found on PATH) and collects its output (see `ChildProcess` for why not `Process`).
    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let result = try ChildProcess.run(arguments)
        return (result.status, result.out, result.err)
    }

    /// Single-quotes a string for sh.
    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Waits until `condition` holds (looking every 20 ms, at most `timeout` seconds), for what is not
/// on a screen: a file written, a process gone. Throws, naming `what`, when it never does.
func waitUntil(_ what: String, timeout: TimeInterval = 15, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while try !condition() {
        guard Date() < deadline else {
            throw TerminalHarness.Failure(description: "timed out after \(timeout) s waiting for \(what)")
        }
        usleep(20_000)
    }
}
