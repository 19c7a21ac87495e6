import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `--lead`, `--follow` and their options on the command line: documented, and every problem with
/// a room refused in one line with its exit status, before the terminal is taken over (these run
/// without one).
@Suite struct RoomCommandLineTests {
    /// The test's environment without the room variables (and with `extra`).
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["INFLUENCE_ROOM_DIR"] = nil
        env["XDG_RUNTIME_DIR"] = nil
        return env.merging(extra) { _, new in new }
    }

    @Test func helpListsTheRoomOptions() throws {
        let explore = try runInfluence(["help", "explore"])
        #expect(explore.status == 0)
        for text in ["--lead [ROOM]", "--follow [ROOM]", "--room-dir DIR", "--lead-user USER", "(default \"class\")",
                     "INFLUENCE_ROOM_DIR", "$XDG_RUNTIME_DIR/influence", "influence --follow --room-dir /srv/influence"] {
            #expect(explore.out.contains(text), "\(text)")
        }
        let present = try runInfluence(["present", "--help"])
        #expect(present.out.contains("--lead [ROOM]") && present.out.contains("--room-dir DIR"))
        #expect(present.out.contains("--lead=ROOM"))
        #expect(!present.out.contains("--follow [ROOM]"), "present leads; students follow with the explorer")
        let page = try runInfluence(["--generate-manual"])
        for text in ["Fl -lead Op Ar ROOM", "Fl -follow Op Ar ROOM", "Fl -room-dir Ar DIR", "Fl -lead-user Ar USER",
                     "Ev INFLUENCE_ROOM_DIR", ".It 77"] {
            #expect(page.out.contains(text), "\(text)")
        }
    }

    @Test(arguments: [
        (["--follow", "../etc"], "no room \"../etc\": a room name is one word of letters, digits, - and _"),
        (["--lead=a/b"], "no room \"a/b\""),
        (["--follow", ".hidden"], "no room \".hidden\""),
        (["--lead="], "no room \"\": a room needs a name"),
        (["present", "2", "--lead=x.y"], "no room \"x.y\""),
        (["--follow", "a b"], "no room \"a b\""),
    ])
    func badRoomNamesAreRefused(arguments: [String], message: String) throws {
        let result = try runInfluence(arguments + ["--room-dir", "/tmp"], environment: environment())
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("influence: " + message), "\(result.err)")
    }

    @Test(arguments: [
        (["--lead", "--follow"], "--lead and --follow do not go together"),
        (["--room-dir", "/tmp"], "--room-dir goes with --follow"),
        (["--lead-user", "root"], "--lead-user goes with --follow"),
        (["--lead", "--lead-user", "root"], "--lead-user goes with --follow"),
        (["present", "--follow"], "unknown option \"--follow\""),
    ])
    func optionsThatDoNotGoTogether(arguments: [String], message: String) throws {
        let result = try runInfluence(arguments, environment: environment())
        #expect(result.status == 64)
        #expect(result.err.contains(message), "\(result.err)")
    }

    /// A word after --lead is the room, except where it can be present's case.
    @Test func theRoomAfterTheOption() throws {
        let room = try TestRoom()
        defer { room.remove() }
        // Not terminals: the room was accepted when the complaint is about the terminal.
        for arguments in [["--follow", "physics", "--room-dir", room.path], ["present", "2", "--lead", "physics", "--room-dir", room.path],
                          ["present", "--lead=physics", "2", "--room-dir", room.path], ["--lead", "--room-dir", room.path]] {
            let result = try runInfluence(arguments, environment: environment())
            #expect(result.status == 64 && result.err.contains("is not a terminal"), "\(arguments): \(result.err)")
        }
        let taken = try runInfluence(["present", "--lead", "physics", "--room-dir", room.path], environment: environment())
        #expect(taken.err.contains("no case \"physics\""), "\(taken.err)")
    }

    @Test func roomFoldersThatCannotServe() throws {
        let missing = try runInfluence(["--follow", "--room-dir", "/nonexistent/rooms"], environment: environment())
        #expect(missing.status == 66)
        #expect(missing.err.hasPrefix("influence: no room folder /nonexistent/rooms"), "\(missing.err)")
        let fromEnvironment = try runInfluence(["--lead"], environment: environment(["INFLUENCE_ROOM_DIR": "/nonexistent/rooms"]))
        #expect(fromEnvironment.status == 66)
        let noRuntime = try runInfluence(["--follow"], environment: environment())
        #expect(noRuntime.status == 78)
        #expect(noRuntime.err.contains("XDG_RUNTIME_DIR is not set") && noRuntime.err.contains("--room-dir DIR"), "\(noRuntime.err)")
        let open = try TestRoom(mode: 0o777)
        defer { open.remove() }
        let anyone = try runInfluence(["--follow", "--room-dir", open.path], environment: environment())
        #expect(anyone.status == 77)
        #expect(anyone.err.contains("can be written by anyone and is not sticky"), "\(anyone.err)")
        let shared = try TestRoom(mode: 0o775)
        defer { shared.remove() }
        for role in ["--follow", "--lead"] {
            let group = try runInfluence([role, "--room-dir", shared.path], environment: environment())
            #expect(group.status == 77, "\(role)")
            #expect(group.err == "influence: the room folder \(shared.path) can be written by its group (gid \(getegid())) and is not sticky (mode 0775), so any member could rename another of the presenter's files over the room file, or remove it: chmod g-w \(shared.path), or chmod +t \(shared.path)\n", "\(group.err)")
        }
        let unknown = try runInfluence(["--follow", "--room-dir", "/tmp", "--lead-user", "no-such-user-here"], environment: environment())
        #expect(unknown.status == 67)
        #expect(unknown.err.contains("no such user in /etc/passwd"), "\(unknown.err)")
    }

    /// A room file that is not the presenter's own regular file is refused at start, at once.
    @Test func untrustedRoomFilesAreRefusedAtStart() throws {
        let room = try TestRoom()
        defer { room.remove() }
        func refused(_ reason: String) throws {
            let started = Date()
            let result = try runInfluence(["--follow", "--room-dir", room.path], environment: environment())
            #expect(result.status == 77, "\(reason): \(result.err)")
            #expect(result.err.hasPrefix("influence: not following \(room.file): \(reason)"), "\(result.err)")
            #expect(!result.err.contains("\n") || result.err.firstIndex(of: "\n") == result.err.index(before: result.err.endIndex), "one line")
            #expect(Date().timeIntervalSince(started) < 5)
        }
        try room.place("influence-position 1\nview home\n", mode: 0o664)
        try refused("writable by its group (mode 0664)")
        let link = room.staging + "/link"
        #expect(symlink("/etc/passwd", link) == 0)
        try room.rename(link)
        try refused("a symbolic link")
        let fifo = room.staging + "/fifo"
        #expect(mkfifo(fifo, 0o644) == 0)
        try room.rename(fifo)
        try refused("a FIFO, not a regular file")
        if geteuid() == 0 {
            try room.place("influence-position 1\nview home\n", owner: 65534)
            try refused("owned by nobody (uid 65534), not by the presenter, root (uid 0)")
            // Unless that user is named as the presenter.
            let named = try runInfluence(["--follow", "--room-dir", room.path, "--lead-user", "nobody"], environment: environment())
            #expect(named.err.contains("is not a terminal"), "\(named.err)")
            let byID = try runInfluence(["--follow", "--room-dir", room.path, "--lead-user", "65534"], environment: environment())
            #expect(byID.err.contains("is not a terminal"), "\(byID.err)")
        }
    }

    /// A presenter who cannot write in the room folder is told so before the explorer opens.
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and setpriv to run as another user"))
    func aPresenterWhoCannotWriteIsTold() throws {
        let room = try TestRoom()
        defer { room.remove() }
        let result = try ChildProcess.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                                           TerminalHarness.influence.path, "--lead", "--room-dir", room.path],
                                          environment: environment())
        #expect(result.status == 73)
        #expect(result.err.hasPrefix("influence: cannot write in the room folder \(room.path) (Permission denied)"), "\(result.err)")
    }
}
