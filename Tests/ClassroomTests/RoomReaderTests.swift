import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Classroom

/// A follower believes only the presenter's own regular file; everything else is refused with a
/// reason, at once (a FIFO never blocks).
@Suite struct RoomReaderTests {
    let folder: ScratchFolder
    let room: Room

    init() throws {
        folder = try ScratchFolder()
        room = Room(folder: folder.path, name: RoomName.standard)
    }

    func reader(presenter: uid_t = geteuid(), limit: Int = 4096) -> RoomReader {
        RoomReader(room: room, presenter: UInt32(presenter), limit: limit,
                   users: UserDirectory(users: [("root", 0), ("nobody", 65534)]))
    }

    @Test func noFileIsMissing() {
        defer { folder.remove() }
        #expect(reader().read() == .missing)
    }

    @Test func thePresentersFileIsRead() throws {
        defer { folder.remove() }
        try folder.write("class.position", record())
        #expect(reader().read() == .record(Array(record().utf8)))
    }

    @Test func aSymbolicLinkIsRefusedEvenToAGoodFile() throws {
        defer { folder.remove() }
        try folder.write("real", record())
        try check(symlink(folder.at("real"), room.path), "symlink")
        #expect(reader().read() == .refused("a symbolic link"))
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        defer { folder.remove() }
        try check(mkfifo(room.path, 0o644), "mkfifo")
        let started = Date()
        #expect(reader().read() == .refused("a FIFO, not a regular file"))
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func aFolderAtThePathIsRefused() throws {
        defer { folder.remove() }
        try check(mkdir(room.path, 0o755), "mkdir")
        #expect(reader().read() == .refused("a directory, not a regular file"))
    }

    @Test func aFileOthersCanWriteIsRefused() throws {
        defer { folder.remove() }
        try folder.write("class.position", record(), mode: 0o664)
        #expect(reader().read() == .refused("writable by its group (mode 0664)"))
        try folder.write("class.position", record(), mode: 0o646)
        #expect(reader().read() == .refused("writable by anyone (mode 0646)"))
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to make a file of another user"))
    func anotherUsersFileIsRefused() throws {
        defer { folder.remove() }
        try folder.write("class.position", record(), owner: otherUser)
        #expect(reader(presenter: 0).read() == .refused("owned by nobody (uid 65534), not by the presenter, root (uid 0)"))
        // Unless that user is the presenter (--lead-user nobody).
        #expect(reader(presenter: otherUser).read() == .record(Array(record().utf8)))
    }

    /// A second name for one of the presenter's files (another room's, say) is not the room file.
    @Test func aHardLinkIsRefused() throws {
        defer { folder.remove() }
        try folder.write("other.position", record())
        try check(link(folder.at("other.position"), room.path), "link")
        #expect(reader().read() == .refused("2 names (hard links) for one file"))
    }

    @Test func aFileLongerThanARecordIsNotRead() throws {
        defer { folder.remove() }
        try folder.write("class.position", String(repeating: "x", count: 5000))
        #expect(reader(limit: 4096).read() == .tooLong(5000))
        try folder.write("class.position", String(repeating: "x", count: 4096))
        #expect(reader(limit: 4096).read() == .record(Array(repeating: UInt8(ascii: "x"), count: 4096)))
    }

    @Test func anUnreadableFileIsRefused() throws {
        defer { folder.remove() }
        try folder.write("class.position", record(), mode: 0o000)
        // Root reads it anyway; anyone else is told why.
        let state = reader().read()
        if geteuid() == 0 {
            #expect(state == .record(Array(record().utf8)))
        } else {
            #expect(state == .refused("not readable (Permission denied)"))
        }
    }

    /// The reader's `changes()` reports each new state once.
    /// The folder is checked at every read, not only at start: opened to the group or to anyone
    /// during a class, the presenter's file is no longer believed; put right, it is again.
    @Test(arguments: [mode_t(0o777), 0o775])
    func aFolderOpenedUpDuringTheClassIsNoLongerTrusted(mode: mode_t) throws {
        defer { folder.remove() }
        try folder.write("class.position", record())
        var reader = reader()
        #expect(reader.changes() == .record(Array(record().utf8)))
        try check(chmod(folder.path, mode), "chmod")
        let who = mode & S_IWOTH != 0 ? "anyone" : "its group"
        #expect(reader.changes() == .refused("room folder writable by \(who) (mode 0\(String(mode, radix: 8)))"))
        try check(chmod(folder.path, 0o755), "chmod")
        #expect(reader.changes() == .record(Array(record().utf8)))
    }

    @Test func changesAreReportedOnce() throws {
        defer { folder.remove() }
        var r = reader()
        #expect(r.changes() == .missing)
        #expect(r.changes() == nil)
        try folder.write("class.position", record())
        #expect(r.changes() == .record(Array(record().utf8)))
        #expect(r.changes() == nil)
        try folder.write("class.position", record(step: 4))
        #expect(r.changes() == .record(Array(record(step: 4).utf8)))
        unlink(room.path)
        #expect(r.changes() == .missing)
    }
}
