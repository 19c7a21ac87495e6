import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A folder to use as XDG_STATE_HOME for a few runs of the explorer, removed at the end.
final class StateHome {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("influence-state-\(UUID().uuidString)")
    var path: String { url.path }
    /// The built-in content's state file.
    var builtIn: String { path + "/influence/builtin.state" }

    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit {
        chmod(path + "/influence", 0o700)
        try? FileManager.default.removeItem(at: url)
    }

    func bytes(_ file: String) -> [UInt8]? {
        (try? Data(contentsOf: URL(fileURLWithPath: file))).map { Array($0) }
    }

    func text(_ file: String) -> String {
        bytes(file).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Puts `bytes` where the built-in content's state is kept.
    func put(_ bytes: [UInt8]) throws {
        try FileManager.default.createDirectory(atPath: path + "/influence", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: builtIn))
    }

    /// Whether a file is a whole state file as the explorer writes it: the header, and the end line.
    func isWholeState(_ file: String) -> Bool {
        let text = text(file)
        return text.hasPrefix("influence-state 1\nfolder ") && text.hasSuffix("\nend\n")
    }
}

/// Resume and marks, as a user meets them in a real terminal: quit and come back to the same place;
/// marks that last; `--fresh` and `open`; and state files that are damaged, hostile, in the way or
/// cannot be written, never a crash. Each test keeps its state in its own XDG_STATE_HOME.
@Suite(.serialized, .enabled(if: TerminalHarness.isTmuxAvailable, "needs tmux"))
struct ResumeEndToEndTests {
    func start(_ home: StateHome, _ arguments: [String] = [], environment: [String: String] = [:],
               width: Int = 80, height: Int = 24) throws -> TerminalHarness {
        try TerminalHarness(arguments, width: width, height: height,
                            environment: ["XDG_STATE_HOME": home.path].merging(environment) { $1 })
    }

    func quit(_ t: TerminalHarness) throws {
        try t.press("q")
        #expect(try t.waitForExit() == 0)
        #expect(try t.waitForTerminalState(.restored) == .restored)
        t.close()
    }

    /// The footer: the last row of the screen.
    func footer(_ screen: String, height: Int = 24) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count >= height ? String(rows[height - 1]) : ""
    }

    /// The rows above the footer.
    func aboveFooter(_ screen: String, height: Int = 24) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(height - 1).joined(separator: "\n")
    }

    /// The screen with the presenter's timer ("0:07") made "T": it starts on the first key.
    func withoutTimer(_ screen: String) -> String {
        screen.replacing(/[0-9]+:[0-9]{2}/, with: "T")
    }

    @Test func quitAndReopenAtTheSameCaseStageAndScrollThenThePresentersRevealStep() throws {
        let home = try StateHome()
        var t = try start(home)
        try t.waitFor("Influence Explorer")
        try t.press("3")
        try t.waitFor("Case 3/5 · Leyenda (1985–1991) › 1/7 The US move")
        try t.press("Right", "Right", "Right", "Right", "Right", "j", "j", "j", "j")
        let keys = "3 Right Right Right Right Right j j j j"
        let expected = try rendered(80, 24, keys: keys)
        try t.waitFor(what: "Leyenda at resource transfer, scrolled") { sameScreen($0, expected) }
        try quit(t)
        #expect(home.isWholeState(home.builtIn))

        t = try start(home)
        let reopened = try t.waitFor(what: "the same place after reopening") { sameScreen($0, expected) }
        #expect(sameScreen(reopened, expected))
        try t.press("p")
        try t.waitFor("Leyenda › ◆ Resource transfer", "Case 3 · 6/7")
        try t.press("Space")
        try t.waitFor("Round 1: the Camarena murder")
        try t.press("Space")
        try t.waitFor("4 more · Space")
        try t.press("Space")
        let presenting = try t.waitFor("(2 shown before)", "3 more · Space")
        try quit(t)

        t = try start(home)
        let again = try t.waitFor("Leyenda › ◆ Resource transfer", "(2 shown before)", "3 more · Space")
        #expect(sameScreen(withoutTimer(again), withoutTimer(presenting)))
        try quit(t)
    }

    /// Every way the explorer ends cleanly saves the place: Ctrl-C, SIGTERM, SIGHUP, and the
    /// terminal closing under it. (Within the two seconds after the last key, so by the save on
    /// ending, on a machine not slowed right down.)
    @Test(arguments: ["C-c", "SIGTERM", "SIGHUP", "pane closed"])
    func theEndsOfARunSaveThePlace(ending: String) throws {
        let home = try StateHome()
        let t = try start(home)
        try t.waitFor("Influence Explorer")
        try t.press("4", "Right", "Right", "Right")
        try t.waitFor("Case 4/5", "› 4/7")
        switch ending {
        case "C-c":
            try t.press("C-c")
            #expect(try t.waitForExit() == 130)
        case "SIGTERM":
            try t.send(signal: SIGTERM)
            #expect(try t.waitForExit() == 143)
        case "SIGHUP":
            try t.send(signal: SIGHUP)
            #expect(try t.waitForExit() == 129)
        default:
            let pid = try t.programPID()
            try t.killPane()
            let deadline = Date().addingTimeInterval(10)
            while processCPU(pid) != nil && Date() < deadline { usleep(20_000) }
            #expect(processCPU(pid) == nil, "still running after its terminal closed")
        }
        t.close()
        #expect(home.isWholeState(home.builtIn))
        #expect(home.text(home.builtIn).contains("view case\ncase casablanca\nstep 3\n"), "\(home.text(home.builtIn))")
    }

    @Test func aMarkSetQuitReopenedAndJumpedTo() throws {
        let home = try StateHome()
        var t = try start(home)
        try t.waitFor("Influence Explorer")
        try t.press("2", "Right", "Right")
        try t.waitFor("Case 2/5 · Condor", "› 3/7")
        try t.press("m", "a")
        try t.waitFor("Mark a set here")
        try t.press("Escape", "5")
        try t.waitFor("Case 5/5")
        try quit(t)

        t = try start(home)
        try t.waitFor("Case 5/5")
        try t.press("'", "a")
        let screen = try t.waitFor("Case 2/5 · Condor", "› 3/7")
        #expect(footer(screen).hasPrefix(" Mark a "))
        #expect(sameScreen(aboveFooter(screen), aboveFooter(try rendered(80, 24, keys: "2 Right Right"))))
        try quit(t)
    }

    /// Two explorers of one user (two terminals), each setting a mark, quit at the same moment:
    /// neither mark is lost, and a third run jumps to both.
    @Test func twoExplorersQuittingAtOnceKeepBothMarks() throws {
        let home = try StateHome()
        let first = try start(home)
        defer { first.close() }
        let second = try start(home, width: 100, height: 30)
        defer { second.close() }
        try first.waitFor("Influence Explorer")
        try second.waitFor("Influence Explorer")
        try first.press("2", "m", "a")
        try first.waitFor("Mark a set here")
        try second.press("5", "m", "b")
        try second.waitFor("Mark b set here")
        try first.press("q")
        try second.press("q")
        #expect(try first.waitForExit() == 0)
        #expect(try second.waitForExit() == 0)
        let marks = home.text(home.builtIn).split(separator: "\n").filter { $0.hasPrefix("mark ") }
        #expect(marks == ["mark a", "mark b"], "\(home.text(home.builtIn))")

        let t = try start(home)
        try t.waitFor("Case 5/5")
        try t.press("'", "a")
        try t.waitFor("Case 2/5 · Condor")
        try t.press("'", "b")
        try t.waitFor("Case 5/5")
        try quit(t)
    }

    /// --fresh neither reads the state file (a damaged one says nothing) nor starts anywhere but home;
    /// the place is saved on quitting all the same.
    @Test func freshStartsAtHome() throws {
        let home = try StateHome()
        var t = try start(home)
        try t.waitFor("Influence Explorer")
        try t.press("3")
        try t.waitFor("Case 3/5 · Leyenda")
        try quit(t)

        let homeScreen = try rendered(80, 24, keys: "")
        t = try start(home, ["--fresh"])
        let fresh = try t.waitFor(what: "the home screen") { sameScreen($0, homeScreen) }
        #expect(sameScreen(fresh, homeScreen))
        try t.press("4")
        try t.waitFor("Case 4/5")
        try quit(t)

        try home.put(Array("influence-state 1\nfolder built-in\nplace\ninflu".utf8))
        t = try start(home, ["--fresh"])
        let quiet = try t.waitFor(what: "the home screen, no notice") { sameScreen($0, homeScreen) }
        #expect(!quiet.contains("not restored"))
        try quit(t)
        #expect(home.isWholeState(home.builtIn), "--fresh saves on quitting")

        t = try start(home)
        try t.waitFor(what: "home, saved by the --fresh run") { sameScreen($0, homeScreen) }
        try quit(t)
    }

    /// `influence open 3 resources` opens Leyenda at resource transfer, whatever was saved, and
    /// the place it leaves is saved as usual.
    @Test func openGoesToACaseAtAStage() throws {
        let home = try StateHome()
        var t = try start(home)
        try t.waitFor("Influence Explorer")
        try t.press("2")
        try t.waitFor("Case 2/5 · Condor")
        try quit(t)

        let expected = try rendered(80, 24, keys: "3 6")
        t = try start(home, ["open", "3", "resources"])
        let screen = try t.waitFor(what: "Leyenda at resource transfer") { sameScreen($0, expected) }
        #expect(screen.hasPrefix("Case 3/5 · Leyenda (1985–1991) › 6/7 Resource transfer"))
        try t.press("Left")
        try t.waitFor("› 5/7 Communication and coordination")
        try quit(t)

        t = try start(home)
        try t.waitFor("Case 3/5 · Leyenda (1985–1991) › 5/7 Communication and coordination")
        try quit(t)
    }

    @Test(arguments: [
        (["open", "9"], "influence: no case \"9\"; use one of: 1 intercept, 2 condor"),
        (["open", "leyendas", "2"], "influence: no case \"leyendas\""),
        (["open", "3", "ressources"], "influence: no stage \"ressources\"; use 1-7, an id (us-move, "),
        (["open", "3", "8"], "influence: no stage \"8\""),
        (["open", "framework", "0"], "influence: no stage \"0\""),
        (["open"], "influence: missing CASE\nUsage: influence open CASE [STAGE]"),
        (["open", "3", "2", "1"], "influence: unexpected argument \"1\" (CASE and STAGE are already given)"),
    ])
    func openWithABadPlaceExits64(arguments: [String], message: String) throws {
        let home = try StateHome()
        let result = try ChildProcess.run([TerminalHarness.influence.path] + arguments,
                                          environment: ["XDG_STATE_HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "xterm"])
        #expect(result.status == 64)
        #expect(result.err.hasPrefix(message), "\(result.err)")
        #expect(result.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.path + "/influence"), "a usage error made the state folder")
    }

    // MARK: Resilience

    /// A state file that is not a whole state of this version is ignored with a one-line notice; the
    /// explorer starts at home and works, and on quitting a good state replaces the bad one (a newer
    /// program's is left as it is).
    @Test(arguments: HostileState.all)
    func aBadStateFileIsIgnoredWithANotice(_ bad: HostileState) throws {
        let home = try StateHome()
        try home.put(bad.bytes)
        let t = try start(home)
        let screen = try t.waitFor(bad.restored ?? "Influence Explorer", bad.notice)
        #expect(footer(screen).hasPrefix(" " + bad.notice), "\(footer(screen))")
        #expect(terminalUnsafeScalars(in: screen).isEmpty)
        let title = try t.paneTitle()
        #expect(!screen.contains("pwned") && !title.contains("pwned"))
        try t.press("Escape", "4")
        let moved = try t.waitFor("Case 4/5")
        #expect(!moved.contains(bad.notice), "the notice outlived the next key")
        try quit(t)
        if bad.kept {
            #expect(home.bytes(home.builtIn) == bad.bytes, "a newer program's state was written over")
            #expect(home.bytes(home.builtIn + ".damaged") == nil)
        } else {
            #expect(home.isWholeState(home.builtIn))
            #expect(home.text(home.builtIn).contains("case casablanca"))
            let marks = home.text(home.builtIn).split(separator: "\n").filter { $0.hasPrefix("mark ") }.map { String($0.dropFirst(5)) }
            #expect(marks == bad.marks, "the marks that were whole")
            #expect(home.bytes(home.builtIn + ".damaged") == bad.bytes, "the file it could not read whole is kept beside it")
        }
    }

    /// The content changed since the place was saved (the case is gone): the explorer falls back to
    /// what exists and says so.
    @Test func aCaseThatNoLongerExistsFallsBack() throws {
        let home = try StateHome()
        let folder = try ContentFolder.shipped().write()
        defer { try? FileManager.default.removeItem(at: folder) }
        var t = try start(home, ["--content", folder.path])
        try t.waitFor("Influence Explorer")
        try t.press("5", "Right", "Right")
        try t.waitFor("Case 5/5", "› 3/7")
        try quit(t)
        let files = try FileManager.default.contentsOfDirectory(atPath: home.path + "/influence")
        #expect(files.count == 1 && files[0].hasPrefix("content-") && files[0].hasSuffix(".state"), "\(files)")
        let stateFile = home.path + "/influence/" + files[0]
        let real = URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path
        #expect(home.text(stateFile).contains("\nfolder \(real)\n"), "\(home.text(stateFile))")

        let merida = folder.appendingPathComponent("cases/5-merida.yaml")
        let text = try String(contentsOf: merida, encoding: .utf8)
        #expect(text.contains("\nid: merida\n"))
        try text.replacingOccurrences(of: "\nid: merida\n", with: "\nid: merida-initiative\n")
            .write(to: merida, atomically: true, encoding: .utf8)
        t = try start(home, ["--content", folder.path])
        let screen = try t.waitFor("There is no case “merida” now; showing the first", "Case 1/5", "› 3/7")
        #expect(footer(screen).contains("There is no case “merida” now"))
        try quit(t)
        // The built-in content's place is kept apart.
        #expect(!FileManager.default.fileExists(atPath: home.builtIn))
    }

    /// A state folder that cannot be made or written: the explorer runs, says so once (not again at
    /// each save, and not on stderr after quitting), and exits cleanly.
    @Test func anUnwritableStateFolderIsSaidOnce() throws {
        let home = try StateHome()
        try "a file, not a folder".write(toFile: home.path + "/file", atomically: false, encoding: .utf8)
        var folders = [home.path + "/file/state"]
        // Permissions stop every user but root; a file in the path stops root too.
        if getuid() != 0 {
            try FileManager.default.createDirectory(atPath: home.path + "/locked/influence", withIntermediateDirectories: true)
            chmod(home.path + "/locked/influence", 0o500)
            folders.append(home.path + "/locked")
        }
        for folder in folders {
            let t = try start(home, environment: ["XDG_STATE_HOME": folder])
            let screen = try t.waitFor("Influence Explorer", "Place not saved (")
            let said = footer(screen)
            #expect(said.hasPrefix(" Place not saved (Not a directory): ") || said.hasPrefix(" Place not saved (Permission denied): "),
                    "\(said)")
            try t.press("3")
            try t.waitFor("Case 3/5")
            // Past the interval between saves, more changes: each save fails, and is not said again.
            usleep(2_300_000)
            try t.press("Right")
            try t.waitFor("› 2/7")
            usleep(2_300_000)
            try t.press("Right")
            let later = try t.waitFor("› 3/7")
            #expect(!later.contains("Place not saved"))
            try t.press("q")
            #expect(try t.waitForExit() == 0)
            let after = try t.waitFor(what: "the terminal given back") { !$0.contains("Case 3/5") }
            #expect(!after.contains("not saved"), "said again on stderr:\n\(after)")
            t.close()
        }
    }

    /// A symbolic link where the state file should be is not read, and not followed for writing: the
    /// link is replaced by the file, and what it pointed to is untouched.
    @Test func aSymlinkInPlaceOfTheStateFileIsNotFollowed() throws {
        let home = try StateHome()
        try FileManager.default.createDirectory(atPath: home.path + "/influence", withIntermediateDirectories: true)
        let target = home.path + "/precious.txt"
        try "precious\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: home.builtIn, withDestinationPath: target)
        let t = try start(home)
        let screen = try t.waitFor("Influence Explorer", "Place not restored: state file is a symlink")
        #expect(footer(screen).hasPrefix(" Place not restored: state file is a symlink"))
        try t.press("4")
        try t.waitFor("Case 4/5")
        try quit(t)
        #expect(home.text(target) == "precious\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: home.builtIn)) == nil, "still a link")
        #expect(home.isWholeState(home.builtIn) && home.text(home.builtIn).contains("case casablanca"))
    }

    /// SIGKILL at random moments while keys stream in and the explorer writes its state after every
    /// event (INFLUENCE_TEST_SAVE_EVERY_EVENT=1): every start after a kill finds a whole state (the
    /// old one or the new one, never a torn file) and restores it with no notice, and the files that
    /// killed writes left are cleared.
    @Test func sigkillDuringWritesNeverLeavesATornState() throws {
        let home = try StateHome()
        var random = SeededGenerator(seed: UInt64(Date().timeIntervalSince1970))
        let seed = random.state
        let keys = ["1", "2", "3", "4", "5", "Right", "Left", "j", "k", "NPage", "PPage", "Tab", "p", "Space", "Escape",
                    "c", "t", "d", "f", "m", "a", "b", "'", "G", "g", "BSpace", "l", "h"]
        var leftovers = 0
        for round in 0..<20 {
            let t = try start(home, environment: ["INFLUENCE_TEST_SAVE_EVERY_EVENT": "1"])
            let first = try t.waitFor(what: "the first frame") { !footer($0).isEmpty }
            #expect(!first.contains("not restored"), "round \(round) (seed \(seed)): \(footer(first))")
            if round > 0 { #expect(home.isWholeState(home.builtIn), "round \(round) (seed \(seed))") }
            let pid = try t.programPID()
            // What is tested is a kill during a save that replaces a whole file: the first round
            // waits for the first save (a key, then the file there and whole) before it kills, or
            // a kill before any save would leave no file and prove nothing.
            if round == 0 {
                try t.press("j")
                try waitUntil("the first save, in round 0 (seed \(seed))") { home.isWholeState(home.builtIn) }
            }
            let batches = (0..<4).map { _ in (0..<30).map { _ in keys[Int.random(in: 0..<keys.count, using: &random)] } }
            let killAfter = Int.random(in: 0..<batches.count, using: &random)
            for (index, batch) in batches.enumerated() {
                try t.press(batch)
                if index == killAfter {
                    usleep(useconds_t.random(in: 0...80_000, using: &random))
                    #expect(kill(pid, SIGKILL) == 0)
                    break
                }
            }
            #expect(try t.waitForExit() == 128 + SIGKILL)
            t.close()
            #expect(home.isWholeState(home.builtIn), "round \(round) (seed \(seed)): \(home.text(home.builtIn))")
            let files = try FileManager.default.contentsOfDirectory(atPath: home.path + "/influence")
            leftovers += files.filter { $0.hasSuffix(".tmp") }.count
        }
        // A last start restores the place whole, clears what the kills left, and quits cleanly.
        let t = try start(home)
        let first = try t.waitFor(what: "the first frame") { !footer($0).isEmpty }
        #expect(!first.contains("not restored"), "seed \(seed): \(footer(first))")
        try quit(t)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path + "/influence") == ["builtin.state"])
        print("sigkill test (seed \(seed)): 20 kills, \(leftovers) left a new file behind (killed mid-write)")
    }
}

/// A state file that must be ignored, and the notice it gives.
struct HostileState: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var notice: String
    /// Left as it is (a newer program's state).
    var kept = false
    /// What the screen shows when what was whole of the file comes back (nil: it starts at home).
    var restored: String?
    /// Marks the file still has after the run (those that were whole).
    var marks: [String] = []

    var testDescription: String { name }

    /// `valid` with a second mark, b, on lines 15 to 20 (its position from line 16).
    static let withMarkB = Array(String(decoding: valid, as: UTF8.self).replacingOccurrences(of: "end\n", with: """
        mark b
        influence-position 1
        view case
        case merida
        step 1
        anchor 0 18
        end

        """).utf8)

    /// `withMarkB` with `old` replaced by `new` in mark b.
    static func markB(_ old: String, _ new: String) -> [UInt8] {
        let text = String(decoding: withMarkB, as: UTF8.self)
        guard let b = text.range(of: "mark b\n"), let found = text.range(of: old, range: b.upperBound..<text.endIndex) else { return [] }
        return Array(text.replacingCharacters(in: found, with: new).utf8)
    }

    static let valid = Array("""
        influence-state 1
        folder built-in
        place
        influence-position 1
        view case
        case leyenda
        step 5
        anchor 2 78
        mark a
        influence-position 1
        view presenter
        case condor
        step 2
        reveal 1
        end

        """.utf8)

    static let all: [HostileState] = {
        var random = SeededGenerator(seed: 7)
        let junk = (0..<3000).map { _ in UInt8.random(in: 0...255, using: &random) }
        return [
            HostileState(name: "truncated", bytes: Array(valid.prefix(valid.count * 3 / 5)),
                         notice: "Place not restored: state file is cut short"),
            HostileState(name: "empty", bytes: [], notice: "Place not restored: state file is cut short"),
            HostileState(name: "binary junk", bytes: junk, notice: "Place not restored: state file is not text"),
            HostileState(name: "too long", bytes: Array(String(repeating: "influence-state 1\n", count: 3000).utf8),
                         notice: "Place not restored: state file is too long"),
            HostileState(name: "future version", bytes: Array("influence-state 2\nfolder built-in\nplace\nsomething new\nend\n".utf8),
                         notice: "Place not restored or saved: state from a newer influence", kept: true),
            HostileState(name: "escape sequences", bytes: Array("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview case\ncase \u{1B}]0;pwned\u{07}\u{1B}[2J\nend\n".utf8),
                         notice: "Place not restored: state file is damaged (line 6)"),
            HostileState(name: "another folder", bytes: Array(String(decoding: valid, as: UTF8.self)
                .replacingOccurrences(of: "folder built-in", with: "folder /elsewhere").utf8),
                         notice: "Place not restored: state file is for another folder"),
            HostileState(name: "numbers out of range", bytes: Array(String(decoding: valid, as: UTF8.self)
                .replacingOccurrences(of: "step 5", with: "step 99999999999999999999").utf8),
                         notice: "Place not restored: state file is damaged (line 4)", marks: ["a"]),
            // One damaged record costs only that record: the place and mark a come back.
            HostileState(name: "a mark's anchor out of range", bytes: markB("anchor 0 18\n", "anchor 0 18446744073709551616\n"),
                         notice: "Mark b dropped: state file is damaged (line 16)",
                         restored: "Case 3/5 · Leyenda (1985–1991) › 6/7", marks: ["a"]),
            HostileState(name: "escape sequences in a mark's case id",
                         bytes: markB("case merida\n", "case \u{1B}]0;pwned\u{07}\u{1B}[2J\n"),
                         notice: "Mark b dropped: state file is damaged (line 18)",
                         restored: "Case 3/5 · Leyenda (1985–1991) › 6/7", marks: ["a"]),
            HostileState(name: "cut short in a mark", bytes: Array(withMarkB.prefix(withMarkB.count - 12)),
                         notice: "Mark b dropped: state file is cut short",
                         restored: "Case 3/5 · Leyenda (1985–1991) › 6/7", marks: ["a"]),
        ]
    }()
}
