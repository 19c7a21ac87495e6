import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Classroom

/// Room names and room folders: what a user can name, where the file goes, which folders are refused.
@Suite struct RoomTests {
    @Test(arguments: ["class", "Room-2", "period_3", "_x", "7", String(repeating: "a", count: 64)])
    func plainWordsNameRooms(_ text: String) throws {
        let name = try #require(RoomName(text))
        #expect(name.fileName == text + ".position")
    }

    @Test(arguments: ["", "a/b", "../class", ".class", "-class", "a b", "a.b", "clase\u{301}", "é", "a\nb",
                      String(repeating: "a", count: 65), "/"])
    func otherTextIsRefusedWithAReason(_ text: String) {
        #expect(RoomName(text) == nil)
        #expect(RoomName.problem(with: text) != nil)
    }

    /// The other rooms a waiting follower is told of: room files only, as plain words, its own left out.
    @Test func theOtherRoomsOfAFolderAreItsRoomFilesByName() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for name in ["class.position", "math.position", "b-2.position", ".class.position.1a2b.tmp", "notes.txt",
                     "evil\u{1B}[31m.position", "a b.position", ".position"] {
            try folder.write(name, "x")
        }
        let room = Room(folder: folder.path, name: try #require(RoomName("mathh")))
        #expect(room.others() == ["b-2", "class", "math"])
        #expect(room.others(limit: 2) == ["b-2", "class"])
        let math = Room(folder: folder.path, name: try #require(RoomName("math")))
        #expect(math.others() == ["b-2", "class"])
        #expect(Room(folder: folder.at("missing"), name: try #require(RoomName("x"))).others().isEmpty)
    }

    /// The followers a speaker's view counts: explorers whose command line follows this room.
    @Test func aCommandLineFollowsTheRoomItNames() throws {
        let math = try #require(RoomName("math")), standard = RoomName.standard
        #expect(Room.follows(["influence", "--follow", "math"], room: math, folder: "/srv/r"))
        #expect(Room.follows(["/usr/local/bin/influence", "--follow=math", "--room-dir", "/srv/r/"], room: math, folder: "/srv/r"))
        #expect(Room.follows(["influence", "--follow", "--room-dir", "/srv/r"], room: standard, folder: "/srv/r"))
        #expect(!Room.follows(["influence", "--follow", "--room-dir", "/srv/r"], room: math, folder: "/srv/r"))
        #expect(!Room.follows(["influence", "--follow", "math", "--room-dir", "/elsewhere"], room: math, folder: "/srv/r"))
        #expect(!Room.follows(["influence", "--lead", "math"], room: math, folder: "/srv/r"))
        #expect(!Room.follows(["vim", "--follow", "math"], room: math, folder: "/srv/r"))
        #expect(!Room.follows([], room: math, folder: "/srv/r"))
    }

    @Test func theDefaultRoomIsClass() {
        #expect(RoomName.standard.text == "class")
        #expect(RoomName("class") == RoomName.standard)
    }

    @Test func aNamedFolderMustExist() throws {
        let missing = "/nonexistent-\(getpid())/rooms"
        #expect(throws: RoomProblem.self) { try Room.resolve(name: "class", folder: missing, environment: [:]) }
        do {
            _ = try Room.resolve(name: "class", folder: missing, environment: [:])
        } catch {
            #expect(error.kind == .noFolder)
            #expect(error.message.contains("no room folder \(missing)"))
        }
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("file", "x")
        do {
            _ = try Room.resolve(name: "class", folder: scratch.at("file"), environment: [:])
            Issue.record("a file accepted as the room folder")
        } catch {
            #expect(error.kind == .noFolder)
            #expect(error.message.contains("is a regular file, not a folder"), "\(error.message)")
        }
    }

    @Test func theOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() throws {
        let a = try ScratchFolder(), b = try ScratchFolder(), runtime = try ScratchFolder(mode: 0o700)
        defer { a.remove(); b.remove(); runtime.remove() }
        let environment = ["INFLUENCE_ROOM_DIR": b.path, "XDG_RUNTIME_DIR": runtime.path]
        #expect(try Room.resolve(name: "class", folder: a.path, environment: environment).path == a.path + "/class.position")
        #expect(try Room.resolve(name: "x", folder: nil, environment: environment).path == b.path + "/x.position")
        let own = try Room.resolve(name: "class", folder: nil, environment: ["XDG_RUNTIME_DIR": runtime.path])
        #expect(own.folder == runtime.path + "/influence")
        // Created for the user alone.
        var info = stat()
        try check(stat(own.folder, &info), "stat")
        #expect(info.st_mode & 0o7777 == 0o700)
        // A second time finds it.
        #expect(try Room.resolve(name: "class", folder: nil, environment: ["XDG_RUNTIME_DIR": runtime.path]) == own)
    }

    @Test func withoutARuntimeFolderItSaysToNameOne() throws {
        for environment in [[:], ["XDG_RUNTIME_DIR": ""], ["XDG_RUNTIME_DIR": "relative/path"]] {
            do {
                _ = try Room.resolve(name: "class", folder: nil, environment: environment)
                Issue.record("resolved without a folder")
            } catch {
                #expect(error.kind == .noRuntimeDirectory)
                #expect(error.message.contains("--room-dir DIR"))
            }
        }
    }

    @Test func aBadNameIsRefusedBeforeAnythingElse() {
        do {
            _ = try Room.resolve(name: "../etc", folder: "/tmp", environment: [:])
            Issue.record("resolved")
        } catch {
            #expect(error.kind == .name)
            #expect(error.message.hasPrefix("no room \"../etc\""))
        }
    }

    /// Writable by anyone and not sticky: anyone could rename one of the presenter's files over the
    /// room file, so such a folder is refused; sticky (like /tmp) or 0755 is fine.
    @Test func aFolderAnyoneCanRewriteIsRefused() throws {
        let open = try ScratchFolder(mode: 0o777), sticky = try ScratchFolder(mode: 0o1777), plain = try ScratchFolder(mode: 0o755)
        defer { open.remove(); sticky.remove(); plain.remove() }
        do {
            _ = try Room.resolve(name: "class", folder: open.path, environment: [:])
            Issue.record("a 0777 folder accepted")
        } catch {
            #expect(error.kind == .untrusted)
            #expect(error.message.contains("mode 0777"))
            #expect(error.message.contains("chmod +t"))
        }
        _ = try Room.resolve(name: "class", folder: sticky.path, environment: [:])
        _ = try Room.resolve(name: "class", folder: plain.path + "/", environment: [:])
    }

    /// Writable by its group and not sticky: a student in the group could rename another of the
    /// presenter's files (`mv physics.position class.position`) over the room file, or remove it.
    /// Refused with the chmod that fixes it; sticky, the same folder is fine.
    @Test(arguments: [mode_t(0o775), 0o2775, 0o770, 0o730])
    func aFolderItsGroupCanRewriteIsRefused(mode: mode_t) throws {
        let folder = try ScratchFolder(mode: mode)
        defer { folder.remove() }
        do {
            _ = try Room.resolve(name: "class", folder: folder.path, environment: [:])
            Issue.record("a \(String(mode, radix: 8)) folder accepted")
        } catch {
            #expect(error.kind == .untrusted)
            #expect(error.message.contains("can be written by its group"), "\(error.message)")
            #expect(error.message.contains("(mode \(String(repeating: "0", count: 4 - String(mode, radix: 8).count) + String(mode, radix: 8)))"))
            #expect(error.message.contains("chmod g-w \(folder.path)"), "\(error.message)")
            #expect(error.short == "writable by its group (mode \(String(repeating: "0", count: 4 - String(mode, radix: 8).count) + String(mode, radix: 8)))")
        }
        try check(chmod(folder.path, mode | S_ISVTX), "chmod +t")
        _ = try Room.resolve(name: "class", folder: folder.path, environment: [:])
    }

    /// A folder of someone other than the presenter (or root): its owner can rename or remove any
    /// file in it, so a follower does not trust it.
    @Test(.enabled(if: geteuid() == 0, "needs root to give a folder to another user"))
    func aFolderOfSomeoneElseIsNotTrusted() throws {
        let folder = try ScratchFolder(mode: 0o1777)
        defer { folder.remove() }
        try check(chown(folder.path, otherUser, gid_t(otherUser)), "chown")
        let room = Room(folder: folder.path, name: RoomName.standard)
        let users = UserDirectory(users: [("root", 0), ("nobody", 65534), ("teacher", 1000)])
        let problem = room.folderProblem(presenter: 1000, users: users)
        #expect(problem?.kind == .untrusted)
        #expect(problem?.message.contains("belongs to nobody (uid 65534), not to the presenter, teacher (uid 1000)") == true, "\(String(describing: problem))")
        #expect(room.folderProblem(presenter: 65534, users: users) == nil, "its owner presents")
        try check(chown(folder.path, 0, 0), "chown")
        #expect(room.folderProblem(presenter: 1000, users: users) == nil, "root's")
    }

    @Test func aTrailingSlashNamesTheSameFile() {
        let name = RoomName.standard
        #expect(Room(folder: "/srv/influence/", name: name).path == "/srv/influence/class.position")
        #expect(Room(folder: "/", name: name).path == "/class.position")
    }
}

/// The password file read directly (the static binary has no NSS).
@Suite struct UserDirectoryTests {
    @Test func namesAndIdsFromThePasswordFile() {
        let text = """
        root:x:0:0:root:/root:/bin/bash
        # a comment
        alice:x:1000:1000:Alice,,,:/home/alice:/bin/bash

        +nisuser::::::
        bad:x:notanumber:0::/:/bin/sh
        bob:x:1001:1001::/home/bob:/bin/sh
        \u{1B}[31m:x:1002:1002::/:/bin/sh
        """
        let users = UserDirectory.parse(Array(text.utf8))
        #expect(users.map(\.name) == ["root", "alice", "bob"])
        let directory = UserDirectory(users: users)
        #expect(directory.uid(for: "alice") == 1000)
        #expect(directory.uid(for: "1234") == 1234)
        #expect(directory.uid(for: "carol") == nil)
        #expect(directory.name(of: 1001) == "bob")
        #expect(directory.describe(1000) == "alice (uid 1000)")
        #expect(directory.describe(4242) == "uid 4242")
    }

    @Test func theSystemFileHasRoot() {
        #expect(UserDirectory().uid(for: "root") == 0)
    }
}
