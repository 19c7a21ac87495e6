import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// CPU time (user + system, in clock ticks) and state of a live process, from /proc/PID/stat;
/// nil once it is gone (or only a zombie waiting to be reaped).
func processCPU(_ pid: pid_t) -> (ticks: Int, state: Character)? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return nil }
    // After "pid (comm)": state is field 3, utime and stime are fields 14 and 15.
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 13, let state = fields[0].first, state != "Z",
          let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
    return (user + system, state)
}

/// The sizes `influence render` should be asked about, rendered in parallel (2 cores, ~40 ms each).
func renderAll(_ sizes: [(width: Int, height: Int)], keys: String) -> [String] {
    let results = ConcurrentStrings(count: sizes.count)
    DispatchQueue.concurrentPerform(iterations: sizes.count) { i in
        let size = sizes[i]
        let out = try? runBounded(["render", "--size", "\(size.width)x\(size.height)", "--keys", keys])
        results.set(i, out.map { $0.status == 0 ? $0.out : "render failed: \($0.err)" } ?? "render did not run")
    }
    return results.values
}

/// Strings set from several threads at once.
final class ConcurrentStrings: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String]
    init(count: Int) { storage = Array(repeating: "", count: count) }
    func set(_ i: Int, _ value: String) { lock.lock(); storage[i] = value; lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return storage }
}

/// The explorer under signals, hang-ups, suspends, resizes and odd terminals, in tmux: each ends
/// with a known exit status, the terminal given back (normal screen, cursor shown) and a screen
/// that shows what it should. Independent tests run in parallel, each with its own tmux server.
@Suite(.enabled(if: TerminalHarness.isTmuxAvailable, "needs tmux"))
struct SignalsAndTerminalsTests {
    /// The pane closed under the program (a terminal window closed, an ssh link dropped), with
    /// SIGHUP at its default (the program's handler) or ignored (`nohup`-like): either way the
    /// program exits in order, promptly, without spinning on a terminal that is gone.
    @Test(arguments: [false, true])
    func closingThePaneEndsTheProgramWithoutSpinning(hangupIgnored: Bool) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("influence-hup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pidFile = dir.appendingPathComponent("pid"), statusFile = dir.appendingPathComponent("status")
        // The outer sh survives the hang-up to record the status: ignoring HUP (inherited by the
        // program), or with a handler (reset to the default in the program).
        let trap = hangupIgnored ? "trap '' HUP; " : "trap : HUP; "
        let script = trap + #"sh -c 'echo $$ > "$1"; exec "$0"' "$0" "$1"; echo $? > "$2""#
        let t = try TerminalHarness(["-c", script, TerminalHarness.influence.path, pidFile.path, statusFile.path],
                                    executable: URL(fileURLWithPath: "/bin/sh"))
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        let pid = try #require(pid_t((try String(contentsOf: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        let before = try #require(processCPU(pid), "the program is running")
        try t.killPane()

        var last = before
        let deadline = Date().addingTimeInterval(5)
        while let now = processCPU(pid), Date() < deadline {
            last = now
            usleep(10_000)
        }
        #expect(processCPU(pid) == nil, "still running 5 s after its terminal went away")
        #expect(last.ticks - before.ticks < 50, "used \(last.ticks - before.ticks) ticks of CPU after the hang-up")
        // The shell creates the file (empty) before `echo` writes the status into it in one write:
        // an empty file is not written yet.
        var status: String?
        for _ in 0..<1000 where status == nil {
            status = (try? String(contentsOf: statusFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            if status?.isEmpty == true { status = nil }
            if status == nil { usleep(10_000) }
        }
        #expect(status == "129")
    }

    /// Ctrl-Z in a shell with job control: the terminal is given back while stopped; the window is
    /// resized meanwhile; `fg` redraws at the new size and keys work; q then exits 0.
    @Test func suspendResizeAndResume() throws {
        let t = try TerminalHarness(["--norc", "--noprofile", "-i"], executable: URL(fileURLWithPath: "/bin/bash"),
                                    width: 80, height: 24, environment: ["PS1": "READY$ ", "HISTFILE": "/dev/null"])
        defer { t.close() }
        try t.waitFor("READY$")
        try t.type("'" + TerminalHarness.influence.path + "'")
        try t.press("Enter")
        try t.waitFor("Influence Explorer")
        try t.press("C-z")
        let stopped = try t.waitFor("Stopped")
        #expect(!stopped.contains("Influence Explorer"))
        #expect(try t.waitForTerminalState(.restored) == .restored)
        try t.resize(width: 100, height: 30)
        try t.type("fg")
        try t.press("Enter")
        let home = try rendered(100, 30, keys: "")
        let screen = try t.waitFor(what: "the frame at 100x30") { sameScreen($0, home) }
        #expect(sameScreen(screen, home))
        #expect(try t.waitForTerminalState(.takenOver) == .takenOver)
        // Keys work after the resume.
        try t.press("3")
        let leyenda = try rendered(100, 30, keys: "3")
        #expect(sameScreen(try t.waitFor(what: "case 3 at 100x30") { sameScreen($0, leyenda) }, leyenda))
        try t.press("q")
        try t.waitFor { $0.components(separatedBy: "READY$").count >= 4 }
        try t.type("echo status=$?")
        try t.press("Enter")
        try t.waitFor("status=0")
        #expect(try t.waitForTerminalState(.restored) == .restored)
    }

    /// 300 resizes in bursts, down to 1x1 and up to 200x60, and 300 SIGWINCH: no crash, and the
    /// screen is then exactly what `influence render` gives at the last size.
    @Test func aStormOfResizes() throws {
        let t = try TerminalHarness(width: 80, height: 24)
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("3")
        try t.press("Right")
        try t.press("Right")
        try t.waitFor("3/7 The turn")
        var generator = SeededGenerator(seed: 2024)
        var sizes: [(width: Int, height: Int)] = []
        for i in 0..<300 {
            let tiny = i % 25 == 0
            sizes.append(tiny ? (1, 1) : (Int.random(in: 1...200, using: &generator), Int.random(in: 1...60, using: &generator)))
        }
        sizes[299] = (117, 41)
        // tmux passes a burst of resizes on as one; SIGWINCH sent straight to the program between
        // bursts makes it re-read the size hundreds of times too.
        for burst in stride(from: 0, to: sizes.count, by: 30) {
            try t.resize(through: Array(sizes[burst..<min(burst + 30, sizes.count)]))
            for _ in 0..<30 { try t.send(signal: SIGWINCH) }
        }
        let expected = try rendered(117, 41, keys: "3 Right Right")
        let screen = try t.waitFor(what: "the frame at 117x41") { sameScreen($0, expected) }
        #expect(sameScreen(screen, expected))
        try t.press("q")
        #expect(try t.waitForExit() == 0)
        #expect(try t.waitForTerminalState(.restored) == .restored)
    }

    /// Sizes from 1x1 to 200x60 in steps, each drawn as `influence render` draws it (one column
    /// wide only has to survive: curses cannot write the bottom-right cell there), then q exits 0.
    /// On the home screen, whose frame depends on the size alone (a reading pane's scroll position
    /// after a resize depends on the sizes before). tmux applies a resize that follows another one
    /// only after 250 ms, so eight explorers share the sizes, each in its own terminal.
    @Test func everySizeFrom1x1To200x60() throws {
        let widths = [1, 2, 5, 10, 20, 40, 59, 60, 61, 80, 100, 140, 200]
        let heights = [1, 2, 5, 10, 15, 16, 17, 24, 40, 60]
        let sizes = heights.flatMap { h in widths.map { (width: $0, height: h) } }
        let expected = renderAll(sizes, keys: "")
        let lanes = 8
        let problems = ConcurrentStrings(count: lanes)
        let done = DispatchGroup()
        for lane in 0..<lanes {
            done.enter()
            Thread {
                defer { done.leave() }
                do {
                    let t = try TerminalHarness(width: 80, height: 24)
                    defer { t.close() }
                    try t.waitFor("Influence Explorer")
                    for i in stride(from: lane, to: sizes.count, by: lanes) {
                        let size = sizes[i]
                        try t.resize(width: size.width, height: size.height)
                        if size.width == 1 { continue }
                        try t.waitFor(what: "the frame at \(size.width)x\(size.height)") { sameScreen($0, expected[i]) }
                    }
                    try t.resize(width: 80, height: 24)
                    try t.press("2")
                    try t.waitFor("Case 2/5")
                    try t.press("q")
                    let status = try t.waitForExit()
                    let state = try t.waitForTerminalState(.restored)
                    if status != 0 || state != .restored { throw TerminalHarness.Failure(description: "exit \(status), \(state)") }
                } catch {
                    problems.set(lane, "lane \(lane): \(error)")
                }
            }.start()
        }
        done.wait()
        #expect(problems.values.filter { !$0.isEmpty } == [])
    }

    /// Standard input or standard output not a terminal: exit 64 with a message on the terminal,
    /// and the terminal never taken over.
    @Test(arguments: [("exec \"$0\" < /dev/null", "standard input"), ("exec \"$0\" > /dev/null", "standard output")])
    func aStreamThatIsNotATerminal(redirect: String, stream: String) throws {
        let t = try TerminalHarness(["-c", redirect, TerminalHarness.influence.path],
                                    executable: URL(fileURLWithPath: "/bin/sh"), width: 100, height: 10)
        defer { t.close() }
        #expect(try t.waitForExit() == 64)
        let screen = try t.waitFor("is not a terminal")
        #expect(screen.contains("influence: \(stream) is not a terminal; try `influence print` for plain text"))
        #expect(try t.waitForTerminalState(.restored) == .restored)
    }

    /// LANG=C alone: ASCII only, colours still on. NO_COLOR alone: no colour, Unicode still on.
    @Test(arguments: [(["LANG": "C", "LC_ALL": "C"], true), (["NO_COLOR": "1"], false)])
    func localeAndColourAlone(environment: [String: String], asciiOnly: Bool) throws {
        let t = try TerminalHarness(width: 80, height: 24, environment: environment)
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("4")
        let screen = try t.waitFor("Case 4/5")
        #expect(screen.unicodeScalars.allSatisfy(\.isASCII) == asciiOnly)
        if !asciiOnly { #expect(screen.contains("·")) }
        let styled = try t.styledScreen()
        let colour = styled.firstMatch(of: #/\x1B\[([0-9;]*;)?(3[0-8]|9[0-7])[;m]/#) != nil
        #expect(colour == asciiOnly, "colour codes: \(colour) in \(styled.prefix(300).debugDescription)")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
        #expect(try t.waitForTerminalState(.restored) == .restored)
        try t.waitFor(what: "the frame gone from the normal screen") { !$0.contains("Case 4/5") }
    }
}
