#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The presenter's side of a room: each new record replaces the room file at once (written to a
/// new file in the same folder, then renamed over it), so a follower reads the old record or the
/// new one, never half of one; leaving removes it, so followers wait for the presenter.
public final class RoomLead {
    public let room: Room
    /// The record last written.
    private var written: [UInt8]?
    /// The file last written (device and inode), to remove on leaving only if it is still ours.
    private var file: (device: UInt64, inode: UInt64)?

    /// Checks that the presenter can publish to the room: the folder takes new files, and an
    /// existing room file can be replaced.
    public init(room: Room, users: UserDirectory) throws(RoomProblem) {
        self.room = room
        guard access(room.folder, W_OK | X_OK) == 0 else {
            throw RoomProblem(.cannotWrite, "cannot write in the room folder \(room.folder) (\(FileAccess.describe(errno: errno))): a presenter needs a folder they can write (--room-dir DIR)")
        }
        // In a sticky folder (like /tmp) a file of another user can be replaced only by the
        // folder's owner (or root): say so now rather than at the first key.
        if let existing = FileAccess.linkStatus(room.path), let folder = FileAccess.status(room.folder),
           folder.st_mode & S_ISVTX != 0, existing.st_uid != geteuid(), folder.st_uid != geteuid(), geteuid() != 0 {
            throw RoomProblem(.cannotWrite, "the room file \(room.path) belongs to \(users.describe(UInt32(existing.st_uid))) and the folder is sticky, so it cannot be replaced: choose another room name, or ask them to remove it")
        }
    }

    /// Writes `record` to the room unless it is what was written last; what went wrong, if
    /// anything (to say in the status line; the next call tries again).
    public func publish(_ record: [UInt8]) -> String? {
        if record == written { return nil }
        // Followers check the folder at every read; so does the presenter, to say why they stop.
        if let problem = room.folderProblem(presenter: nil, users: UserDirectory(users: [])) {
            return problem.kind == .noFolder ? problem.message : "room folder \(problem.short): followers do not trust it"
        }
        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<8 {
            // A name nobody can guess: no one can make it first, or aim a link at it.
            temporary = room.folder + "/." + room.name.fileName + "." + Self.randomHex() + ".tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { return "cannot write in \(room.folder) (\(FileAccess.describe(errno: errno)))" }
        // The mode whatever the umask: followers of other users must read it, and refuse a file
        // that others could write.
        _ = fchmod(fd, 0o644)
        var info = stat()
        let writeError = FileAccess.write(fd, record)
        let statusOK = fstat(fd, &info) == 0
        let closeError = close(fd) == 0 ? nil : errno
        if let error = writeError ?? closeError {
            unlink(temporary)
            return "cannot write the room file (\(FileAccess.describe(errno: error)))"
        }
        guard rename(temporary, room.path) == 0 else {
            let reason = FileAccess.describe(errno: errno)
            unlink(temporary)
            return "cannot replace \(room.path) (\(reason))"
        }
        written = record
        file = statusOK ? (UInt64(info.st_dev), UInt64(info.st_ino)) : nil
        return nil
    }

    /// 16 hex digits from the system's random source (getrandom).
    static func randomHex() -> String {
        let hex = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Removes the room file if it is still the one last written (another presenter's stays).
    public func withdraw() {
        guard let file, let now = FileAccess.linkStatus(room.path),
              UInt64(now.st_dev) == file.device, UInt64(now.st_ino) == file.inode else { return }
        unlink(room.path)
        self.file = nil
        written = nil
    }
}
