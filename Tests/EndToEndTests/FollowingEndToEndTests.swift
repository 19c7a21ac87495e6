import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A room folder for one test (mode 0755 unless asked), with a staging folder beside it: files are
/// made there with their final owner and mode, then renamed into the room, as a presenter's or a
/// student's file would appear (never half-made, never briefly root's).
final class TestRoom {
    let base: URL
    var path: String { base.appendingPathComponent("room").path }
    var staging: String { base.appendingPathComponent("staging").path }
    var file: String { path + "/class.position" }

    init(mode: mode_t = 0o755) throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("influence-room-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        guard chmod(base.path, 0o755) == 0, chmod(path, mode) == 0 else { throw TerminalHarness.Failure(description: "chmod: errno \(errno)") }
    }

    func remove() { try? FileManager.default.removeItem(at: base) }

    /// Puts `bytes` at the room file in one rename, with this mode and owner.
    func place(_ bytes: [UInt8], mode: mode_t = 0o644, owner: uid_t? = nil) throws {
        let temporary = staging + "/next"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        guard chmod(temporary, mode) == 0 else { throw TerminalHarness.Failure(description: "chmod: errno \(errno)") }
        if let owner, chown(temporary, owner, gid_t(owner)) != 0 { throw TerminalHarness.Failure(description: "chown: errno \(errno)") }
        try rename(temporary)
    }

    func place(_ text: String, mode: mode_t = 0o644, owner: uid_t? = nil) throws {
        try place(Array(text.utf8), mode: mode, owner: owner)
    }

    /// Renames a staged path over the room file.
    func rename(_ staged: String) throws {
        guard Glibc.rename(staged, file) == 0 else { throw TerminalHarness.Failure(description: "rename: errno \(errno)") }
    }

    var exists: Bool { access(file, F_OK) == 0 }
}

/// The lines of a screen between the header and the footer: the text a follower must share with
/// the presenter (the header holds the clock, which each runs on by itself, and the footer the
/// status). The presenter's "3 more · Space" is "3 more" for a follower, who is not invited to press
/// Space: the invitation is left out.
func body(_ screen: String) -> [Substring] {
    var lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    while lines.last?.isEmpty == true { lines.removeLast() }
    return Array(lines.dropFirst().dropLast()).map { line in
        // The hint is right-aligned: the shorter one ends where the longer one did.
        if let dot = line.range(of: " more · Space") { return Substring((line[..<dot.lowerBound] + " more").trimmingCharacters(in: .whitespaces)) }
        if line.hasSuffix(" more") { return Substring(line.trimmingCharacters(in: .whitespaces)) }
        return line
    }
}

/// The header without the presenter's timer ("Condor › The US move ... Case 2 · 1/7").
func place(_ screen: String) -> String {
    let header = screen.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    guard let dot = header.range(of: " · ", options: .backwards) else { return header }
    return String(header[..<dot.lowerBound]).trimmingCharacters(in: .whitespaces)
}

/// Students following the presenter, each in a terminal of their own, through a shared room folder.
@Suite(.serialized, .enabled(if: TerminalHarness.isTmuxAvailable, "needs tmux"))
struct FollowingEndToEndTests {
    /// Waits until the follower shows the presenter's text and place, following.
    @discardableResult
    func expectFollowing(_ follower: TerminalHarness, _ lead: String, status: String = "Following the presenter") throws -> String {
        try follower.waitFor(what: "the presenter's place (\(place(lead))) and \"\(status)\"") {
            body($0) == body(lead) && place($0) == place(lead) && $0.contains(status)
        }
    }

    @Test func aLeadAndTwoFollowersMoveTogetherAndAFollowerMayRoam() throws {
        let room = try TestRoom()
        defer { room.remove() }
        let follow = ["--follow", "--room-dir", room.path]
        let first = try TerminalHarness(follow), second = try TerminalHarness(follow)
        defer { first.close(); second.close() }
        try first.waitFor("Influence Explorer", "Waiting for the presenter…")
        try second.waitFor("Influence Explorer", "Waiting for the presenter…")

        let lead = try TerminalHarness(["present", "2", "--lead", "--room-dir", room.path])
        defer { lead.close() }
        var shown = try lead.waitFor("Condor › The US move", "Case 2 · 1/7", "Leading room class in \(room.path)")
        try expectFollowing(first, shown)
        try expectFollowing(second, shown)

        try lead.press("Space")
        shown = try lead.waitFor(what: "the first paragraph") { body($0) != body(shown) }
        try lead.press("Right")
        shown = try lead.waitFor(what: "a move after Right") { body($0) != body(shown) }
        try expectFollowing(first, shown)
        try expectFollowing(second, shown)

        // The first student moves on their own: detached, and stays when the presenter moves on.
        try first.press("Space")
        let roamed = try first.waitFor("Detached from the presenter — press F to follow")
        #expect(body(roamed) != body(shown))
        try lead.press("3")
        shown = try lead.waitFor("Case 2 · 3/7")
        try expectFollowing(second, shown)
        usleep(300_000)  // longer than any follower takes
        let stayed = try first.waitFor("Detached from the presenter — press F to follow")
        #expect(body(stayed) == body(roamed))
        #expect(place(stayed) == place(roamed))

        // F: back to the presenter's place.
        try first.press("F")
        try expectFollowing(first, shown)

        // The presenter quits: the room file goes, and the class waits where it is.
        try lead.quitWhenAsked()
        #expect(try lead.waitForExit() == 0)
        #expect(!room.exists)
        for follower in [first, second] {
            let waiting = try follower.waitFor("Waiting for the presenter…")
            #expect(body(waiting) == body(shown))
        }

        // The presenter comes back (the explorer this time) and the class follows again.
        let again = try TerminalHarness(["--lead", "--room-dir", room.path])
        defer { again.close() }
        try again.waitFor("Influence Explorer")
        try again.press("3")
        shown = try again.waitFor("Case 3/5 · Leyenda (1985–1991) › 1/7 The US move")
        try expectFollowing(first, shown)
        try expectFollowing(second, shown)
        // Closing the presenter's terminal (SIGHUP) also takes the record away.
        try again.killPane()
        try first.waitFor("Waiting for the presenter…")
        #expect(!room.exists)

        // The followers still quit as usual, leaving the terminal as they found it.
        try first.quitWhenAsked()
        #expect(try first.waitForExit() == 0)
        #expect(try first.waitForTerminalState(.restored) == .restored)
        try second.send(signal: SIGTERM)
        #expect(try second.waitForExit() == 143)
    }

    /// Whatever the room file turns out to be while a student follows, it is said in the status
    /// line and left alone: never a crash, a hang, or text from the file on screen.
    @Test func aFollowerSurvivesWhateverTheRoomFileBecomes() throws {
        let room = try TestRoom()
        defer { room.remove() }
        let follower = try TerminalHarness(["--follow", "--room-dir", room.path])
        defer { follower.close() }
        try follower.waitFor("Influence Explorer", "Waiting for the presenter…")

        try room.place("influence-position 1\nview case\ncase leyenda\nstep 3\n")
        try follower.waitFor("Case 3/5 · Leyenda (1985–1991) › 4/7", "Following the presenter")

        let cases: [(String, () throws -> Void)] = [
            ("Room file ignored: too long (5000 bytes", { try room.place(String(repeating: "view home\n", count: 500)) }),
            ("Room file ignored: not UTF-8", { try room.place([0x69, 0x6E, 0xFF, 0xFE, 0x0A]) }),
            ("Room file ignored: a newer format (influence-position 2)", { try room.place("influence-position 2\nview home\n") }),
            ("Room file ignored: not a position record", { try room.place("\u{1B}]0;pwned\u{07}\u{1B}[2J junk\n") }),
            ("Room file ignored: an unknown view, no view", { try room.place("influence-position 1\nview \u{1B}[31mREDTOKEN\n") }),
            ("Room file ignored: writable by its group (mode 0664)", {
                try room.place("influence-position 1\nview case\ncase condor\n", mode: 0o664)
            }),
            ("Room file ignored: a symbolic link", {
                let target = room.staging + "/good"
                try Data("influence-position 1\nview case\ncase condor\n".utf8).write(to: URL(fileURLWithPath: target))
                let link = room.staging + "/link"
                guard symlink(target, link) == 0 else { throw TerminalHarness.Failure(description: "symlink") }
                try room.rename(link)
            }),
            ("Room file ignored: a FIFO, not a regular file", {
                let fifo = room.staging + "/fifo"
                guard mkfifo(fifo, 0o644) == 0 else { throw TerminalHarness.Failure(description: "mkfifo") }
                try room.rename(fifo)
            }),
        ]
        for (message, make) in cases {
            try make()
            let screen = try follower.waitFor(message)
            #expect(screen.contains("Case 3/5 · Leyenda (1985–1991) › 4/7"), "stayed at the presenter's last place: \(message)")
            #expect(!screen.contains("pwned") && !screen.contains("REDTOKEN"), "nothing of the file on screen")
        }
        if geteuid() == 0 {
            try room.place("influence-position 1\nview case\ncase condor\n", owner: 65534)
            try follower.waitFor("Room file ignored: owned by nobody (uid 65534)")
        }

        // Values out of range are left out, with a word; a step past the end shows the last one.
        try room.place("influence-position 1\nview case\ncase condor\nstep 9999999\nreveal 5\n")
        try follower.waitFor("Case 2/5 · Condor (1975–1976) › 1/7", "a step out of range")
        try room.place("influence-position 1\nview case\ncase merida\nstep 40\n")
        try follower.waitFor("Case 5/5 · Mérida (2008–) › 7/7", "beyond the end")
        try room.place("influence-position 1\nview case\ncase nosuchcase\nstep 1\n")
        try follower.waitFor("Case 1/5", "There is no case “nosuchcase” now")

        // Gone: waiting, with no stale complaint.
        try room.place(String(repeating: "x", count: 5000))
        try follower.waitFor("Room file ignored: too long")
        guard unlink(room.file) == 0 else { throw TerminalHarness.Failure(description: "unlink") }
        try follower.waitFor("Waiting for the presenter…")

        // Still a working terminal: it resizes, and the presenter's next record moves it.
        try follower.resize(width: 100, height: 30)
        try room.place("influence-position 1\nview grid\ncase casablanca\nstep 2\n")
        try follower.waitFor("Following the presenter")
        try follower.waitFor(what: "the grid at 100x30") { screen in
            screen.contains("Comparing the cases, stage by stage") && screen.split(separator: "\n").contains { $0.count > 80 }
        }
        try follower.send(signal: SIGTERM)
        #expect(try follower.waitForExit() == 143)
        #expect(try follower.waitForTerminalState(.restored) == .restored)
    }

    /// Where inotify cannot be used (INFLUENCE_ROOM_POLL=1, as for a network file system), the
    /// follower looks every 200 ms and still follows.
    @Test func aPollingFollowerFollowsToo() throws {
        let room = try TestRoom()
        defer { room.remove() }
        let follower = try TerminalHarness(["--follow", "--room-dir", room.path], environment: ["INFLUENCE_ROOM_POLL": "1"])
        defer { follower.close() }
        try follower.waitFor("Waiting for the presenter…")
        let lead = try TerminalHarness(["--lead", "--room-dir", room.path])
        defer { lead.close() }
        try lead.waitFor("Influence Explorer")
        try lead.press("4")
        let shown = try lead.waitFor("Case 4/5")
        try expectFollowing(follower, shown)
        try lead.quitWhenAsked()
        try follower.waitFor("Waiting for the presenter…")
        try follower.quitWhenAsked()
        #expect(try follower.waitForExit() == 0)
    }

    /// Without a UTF-8 locale the status line is plain ASCII, and keys are read as bytes, while the
    /// follower also waits on the room's descriptor.
    @Test func anASCIIFollower() throws {
        let room = try TestRoom()
        defer { room.remove() }
        let follower = try TerminalHarness(["--follow", "--room-dir", room.path], environment: ["LANG": "C", "LC_ALL": "C"])
        defer { follower.close() }
        try follower.waitFor("Waiting for the presenter...")
        try room.place("influence-position 1\nview case\ncase merida\nstep 1\n")
        try follower.waitFor("Case 5/5 - Merida (2008-) > 2/7", "Following the presenter")
        try follower.press("j")
        try follower.waitFor("Detached from the presenter -- press F to follow")
        try room.place("influence-position 1\nview case\ncase merida\nstep 2\n")
        try follower.press("F")
        try follower.waitFor("Case 5/5 - Merida (2008-) > 3/7", "Following the presenter")
        try follower.quitWhenAsked()
        #expect(try follower.waitForExit() == 0)
    }

    /// A folder the teacher shares with the class's group and opens to it during the class (mode
    /// 0775, not sticky): a student of the group (a real second user) renames the teacher's other
    /// room over this one, as `mv physics.position class.position`. The follower noticed the
    /// folder's mode and no longer believes what is there, so it does not jump; a student who
    /// starts following now is refused, told the chmod that fixes it.
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and setpriv to run a student as another user"))
    func aStudentInTheFoldersGroupCannotSwapTheRoomFile() throws {
        let room = try TestRoom(mode: 0o755)
        defer { room.remove() }
        guard chown(room.path, 0, 65534) == 0 else { throw TerminalHarness.Failure(description: "chown: errno \(errno)") }
        let teacher = try TerminalHarness(["present", "3", "--lead", "--room-dir", room.path])
        defer { teacher.close() }
        let physics = try TerminalHarness(["present", "5", "--lead", "physics", "--room-dir", room.path])
        defer { physics.close() }
        let shown = try teacher.waitFor("Leyenda › The US move")
        try physics.waitFor("Mérida › The US move")
        let follower = try TerminalHarness(["--follow", "--room-dir", room.path], width: 100, height: 30)
        defer { follower.close() }
        try follower.waitFor(what: "Leyenda, following") { $0.contains("Leyenda › The US move") && $0.contains("Following the presenter") }

        guard chmod(room.path, 0o775) == 0 else { throw TerminalHarness.Failure(description: "chmod: errno \(errno)") }
        try follower.waitFor("Room file ignored: room folder writable by its group (mode 0775)")
        let move = try ChildProcess.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                                         "/bin/mv", room.path + "/physics.position", room.file])
        #expect(move.status == 0, "the folder lets a member of its group rename: \(move.err)")
        usleep(500_000)
        let after = try follower.waitFor(what: "a settled screen") { _ in true }
        #expect(!after.contains("Mérida"), "the follower jumped to the student's choice:\n\(after)")
        #expect(after.contains("Leyenda › The US move") && after.contains("Room file ignored"), "\(after)")

        let late = try runInfluence(["--follow", "--room-dir", room.path])
        #expect(late.status == 77)
        #expect(late.err.contains("can be written by its group (gid 65534) and is not sticky (mode 0775)"), "\(late.err)")
        #expect(late.err.contains("chmod g-w \(room.path)"), "\(late.err)")
        _ = shown
    }

    /// A student who leads in the class's sticky room folder before the teacher, as themselves,
    /// cannot steer the class: followers refuse the file, and the teacher's record replaces it (a
    /// sticky folder lets its owner replace anyone's file, and nobody else replace the teacher's).
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and setpriv to run a student as another user"))
    func aStudentWhoLeadsFirstCannotSteerTheClass() throws {
        let room = try TestRoom(mode: 0o1777)
        defer { room.remove() }
        let follower = try TerminalHarness(["--follow", "--room-dir", room.path])
        defer { follower.close() }
        try follower.waitFor("Waiting for the presenter…")

        let student = try TerminalHarness(["--reuid=65534", "--regid=65534", "--clear-groups", TerminalHarness.influence.path,
                                           "--lead", "--room-dir", room.path],
                                          executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        defer { student.close() }
        try student.waitFor("Leading room class")
        try student.press("5")
        try student.waitFor("Case 5/5")
        try follower.waitFor("Room file ignored: owned by nobody (uid 65534)")
        #expect(try follower.screen().contains("Influence Explorer"), "still at home")

        // A second student starting now is refused outright.
        let late = try runInfluence(["--follow", "--room-dir", room.path])
        #expect(late.status == 77)
        #expect(late.err.contains("owned by nobody (uid 65534), not by the presenter, root (uid 0)"), "\(late.err)")

        let teacher = try TerminalHarness(["present", "2", "--lead", "--room-dir", room.path])
        defer { teacher.close() }
        let shown = try teacher.waitFor("Condor › The US move")
        try expectFollowing(follower, shown)
        // The student moves again: their write cannot replace the teacher's file.
        try student.press("4")
        try student.waitFor("Not published to room class")
        usleep(300_000)
        try expectFollowing(follower, shown)
    }
}
