import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Classroom

/// The presenter's writes: whole records only, readable by followers whatever the umask, removed on
/// leaving (only if still the presenter's), and never a student's file in the presenter's place.
@Suite struct RoomLeadTests {
    let users = UserDirectory(users: [("root", 0), ("nobody", 65534)])

    @Test func publishWritesTheRecordWithMode0644AndOnlyWhenItChanged() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let room = Room(folder: folder.path, name: RoomName.standard)
        let lead = try RoomLead(room: room, users: users)
        #expect(lead.publish(Array(record().utf8)) == nil)
        var info = stat()
        try check(lstat(room.path, &info), "lstat")
        #expect(info.st_mode & 0o7777 == 0o644)
        #expect(try String(contentsOfFile: room.path, encoding: .utf8) == record())
        // The same record again writes nothing: the file is the same one.
        #expect(lead.publish(Array(record().utf8)) == nil)
        var again = stat()
        try check(lstat(room.path, &again), "lstat")
        #expect(again.st_ino == info.st_ino)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["class.position"])
    }

    /// The presenter's new file has a name nobody can guess: files or links made in advance at
    /// names built from the pid (as earlier versions chose them) stop nothing and are not followed.
    @Test func temporaryNamesCannotBeGuessed() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let target = folder.at("precious")
        try folder.write("precious", "precious\n")
        for attempt in 1...8 {
            #expect(symlink(target, folder.at(".class.position.\(getpid()).\(attempt).tmp")) == 0)
        }
        let room = Room(folder: folder.path, name: RoomName.standard)
        let lead = try RoomLead(room: room, users: users)
        #expect(lead.publish(Array(record().utf8)) == nil)
        #expect(try String(contentsOfFile: room.path, encoding: .utf8) == record())
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
        let names = Set((0..<200).map { _ in RoomLead.randomHex() })
        #expect(names.count == 200 && names.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
    }

    /// A folder opened to others during the class: the presenter is told at the next move, and
    /// nothing is written there until it is put right.
    @Test func aFolderOpenedUpDuringTheClassIsSaidToThePresenter() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let room = Room(folder: folder.path, name: RoomName.standard)
        let lead = try RoomLead(room: room, users: users)
        #expect(lead.publish(Array(record(step: 1).utf8)) == nil)
        try check(chmod(folder.path, 0o775), "chmod")
        #expect(lead.publish(Array(record(step: 2).utf8)) == "room folder writable by its group (mode 0775): followers do not trust it")
        #expect(try String(contentsOfFile: room.path, encoding: .utf8) == record(step: 1))
        try check(chmod(folder.path, 0o755), "chmod")
        #expect(lead.publish(Array(record(step: 2).utf8)) == nil)
        #expect(try String(contentsOfFile: room.path, encoding: .utf8) == record(step: 2))
    }

    @Test func withdrawRemovesOnlyTheFileItWrote() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let room = Room(folder: folder.path, name: RoomName.standard)
        let lead = try RoomLead(room: room, users: users)
        #expect(lead.publish(Array(record().utf8)) == nil)
        lead.withdraw()
        #expect(access(room.path, F_OK) != 0)
        // A second presenter in the same room has written since: its file stays.
        let first = try RoomLead(room: room, users: users), second = try RoomLead(room: room, users: users)
        #expect(first.publish(Array(record(step: 1).utf8)) == nil)
        #expect(second.publish(Array(record(step: 2).utf8)) == nil)
        first.withdraw()
        #expect(try String(contentsOfFile: room.path, encoding: .utf8) == record(step: 2))
    }

    @Test func aFolderThePresenterCannotWriteIsSaidAtOnce() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let room = Room(folder: folder.path + "/missing", name: RoomName.standard)
        do {
            _ = try RoomLead(room: room, users: users)
            Issue.record("accepted a folder that is not there")
        } catch {
            #expect(error.kind == .cannotWrite)
        }
    }

    /// A reader in a loop (a thread of its own) while the presenter rewrites the record many times,
    /// records of different lengths: every read is one whole record, and the file is never missing.
    @Test func aReaderNeverSeesHalfARecord() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let room = Room(folder: folder.path, name: RoomName.standard)
        let lead = try RoomLead(room: room, users: users)
        let records = (0..<6).map { i in Array((record(step: i) + String(repeating: "item \(i)\n", count: i * 40)).utf8) }
        #expect(lead.publish(records[0]) == nil)
        let reader = RoomReader(room: room, presenter: UInt32(geteuid()), limit: 4096, users: users)
        let loop = ReadingLoop()
        let thread = Thread {
            while !loop.stopped {
                let state = reader.read()
                if case .record(let bytes) = state, records.contains(bytes) { loop.count(nil) } else { loop.count(state) }
            }
            loop.finished.signal()
        }
        thread.start()
        // At least 2000 writes, and at least 500 reads while writing.
        var writes = 0
        let deadline = Date().addingTimeInterval(60)
        while (writes < 2000 || loop.reads < 500) && Date() < deadline {
            writes += 1
            #expect(lead.publish(records[writes % records.count]) == nil)
        }
        loop.stop()
        loop.finished.wait()
        #expect(loop.bad.isEmpty, "\(loop.bad)")
        #expect(loop.reads >= 500 && writes >= 2000, "\(loop.reads) reads during \(writes) writes")
    }

    /// A student who makes the room file first, in a sticky folder the teacher owns, cannot steer
    /// the class: followers refuse the student's file, and the teacher's first write replaces it.
    @Test(.enabled(if: geteuid() == 0, "needs root to make a file of another user"))
    func aStudentsFileInAStickyFolderIsRefusedAndReplaced() throws {
        let folder = try ScratchFolder(mode: 0o1777), staging = try ScratchFolder()
        defer { folder.remove(); staging.remove() }
        let room = Room(folder: folder.path, name: RoomName.standard)
        try staging.place("class.position", record(caseID: "merida"), owner: otherUser, into: folder)
        let teacher = try #require(room.folderOwner())
        let reader = RoomReader(room: room, presenter: teacher, limit: 4096, users: users)
        #expect(reader.read() == .refused("owned by nobody (uid 65534), not by the presenter, root (uid 0)"))
        let lead = try RoomLead(room: room, users: users)
        #expect(lead.publish(Array(record(caseID: "condor").utf8)) == nil)
        #expect(reader.read() == .record(Array(record(caseID: "condor").utf8)))
    }
}

/// What the reading thread saw, shared with the writing test.
final class ReadingLoop: @unchecked Sendable {
    private let lock = NSLock()
    private var _stopped = false
    private var _reads = 0
    private var _bad: [RoomState] = []
    let finished = DispatchSemaphore(value: 0)

    var stopped: Bool { lock.withLock { _stopped } }
    var reads: Int { lock.withLock { _reads } }
    var bad: [RoomState] { lock.withLock { _bad } }
    func stop() { lock.withLock { _stopped = true } }
    /// One read; `bad` when it was not a whole record.
    func count(_ bad: RoomState?) {
        lock.withLock {
            _reads += 1
            if let bad, _bad.count < 5 { _bad.append(bad) }
        }
    }
}

/// Followers notice changes at once through inotify on the folder, or by polling; nothing else in
/// the folder wakes them for nothing.
@Suite struct RoomWatcherTests {
    /// Whether `fd` becomes readable within `milliseconds`.
    func readable(_ fd: Int32, within milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) == 1
    }

    @Test func inotifySeesARecordRenamedIntoPlaceAndItsRemoval() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let room = Room(folder: folder.path, name: RoomName.standard)
        let watcher = RoomWatcher(room: room)
        let fd = try #require(watcher.descriptor, "inotify on Linux")
        #expect(!readable(fd, within: 0))
        let lead = try RoomLead(room: room, users: UserDirectory(users: []))
        #expect(lead.publish(Array(record().utf8)) == nil)
        #expect(readable(fd, within: 200))
        #expect(watcher.changed())
        #expect(!readable(fd, within: 0), "read empty")
        lead.withdraw()
        #expect(readable(fd, within: 200))
        #expect(watcher.changed())
    }

    @Test func otherFilesInTheFolderAreNotChanges() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let room = Room(folder: folder.path, name: RoomName.standard)
        let watcher = RoomWatcher(room: room)
        let fd = try #require(watcher.descriptor)
        try folder.write("other.position", record())
        #expect(readable(fd, within: 200))
        #expect(!watcher.changed())
    }

    @Test func pollingComparesTheFilesStatus() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let room = Room(folder: folder.path, name: RoomName.standard)
        let watcher = RoomWatcher(room: room, inotify: false)
        #expect(watcher.descriptor == nil)
        #expect(!watcher.changed())
        let lead = try RoomLead(room: room, users: UserDirectory(users: []))
        #expect(lead.publish(Array(record().utf8)) == nil)
        #expect(watcher.changed())
        #expect(!watcher.changed())
        try check(chmod(room.path, 0o664), "chmod")
        #expect(watcher.changed(), "a change of mode matters to the follower")
        #expect(lead.publish(Array(record(step: 5).utf8)) == nil)
        #expect(watcher.changed())
        lead.withdraw()
        #expect(watcher.changed())
        #expect(!watcher.changed())
    }

    /// The folder's own mode changing (a `chmod 777` during a class) is a change to look at, with
    /// inotify and when polling.
    @Test(arguments: [true, false])
    func aChangeOfTheFoldersModeIsSeen(inotify: Bool) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let room = Room(folder: folder.path, name: RoomName.standard)
        let watcher = RoomWatcher(room: room, inotify: inotify)
        #expect((watcher.descriptor != nil) == inotify)
        try check(chmod(folder.path, 0o777), "chmod")
        if let fd = watcher.descriptor { #expect(readable(fd, within: 200)) }
        #expect(watcher.changed())
        #expect(!watcher.changed())
    }

    /// The room folder removed and made again: the watcher polls meanwhile and then watches again.
    @Test func aFolderThatGoesAndComesBackIsWatchedAgain() throws {
        let parent = try ScratchFolder()
        defer { parent.remove() }
        let path = parent.at("room")
        try check(mkdir(path, 0o755), "mkdir")
        let room = Room(folder: path, name: RoomName.standard)
        let watcher = RoomWatcher(room: room)
        let fd = try #require(watcher.descriptor)
        try check(rmdir(path), "rmdir")
        #expect(readable(fd, within: 200))
        #expect(watcher.changed())
        #expect(watcher.descriptor == nil, "polling while the folder is gone")
        #expect(!watcher.changed())
        try check(mkdir(path, 0o755), "mkdir")
        #expect(watcher.changed(), "watching again")
        let again = try #require(watcher.descriptor)
        try parent.write("room/class.position", record())
        #expect(readable(again, within: 200))
        #expect(watcher.changed())
    }
}
