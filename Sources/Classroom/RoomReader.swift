#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a follower finds in the room.
public enum RoomState: Equatable, Sendable {
    /// The presenter's record: the bytes of a trusted file, at most the reader's limit (still
    /// untrusted input: read them strictly).
    case record([UInt8])
    /// No room file: no presenter yet, or the presenter left.
    case missing
    /// A file the follower does not trust (why, in a few words: "a symbolic link").
    case refused(String)
    /// A trusted file longer than any record (its size in bytes).
    case tooLong(Int)
}

/// A follower's reading of the room file: only a file the presenter wrote is believed.
///
/// The folder must be one only the presenter (and root) can change (`Room.folderProblem`), checked
/// at every read. The file is opened without following a symbolic link and without blocking (a FIFO cannot hang
/// the follower), then checked through the open descriptor, so it cannot be swapped between the
/// check and the read: a regular file, owned by the presenter (the room folder's owner, or the
/// user named with `--lead-user`), writable by nobody else, with no second name (hard link).
public struct RoomReader: Sendable {
    public let room: Room
    /// The uid whose file is trusted.
    public let presenter: UInt32
    /// The longest record read, in bytes.
    public let limit: Int
    /// For messages: names of users.
    public let users: UserDirectory
    /// The state last reported by `changes()`.
    private var last: RoomState?

    public init(room: Room, presenter: UInt32, limit: Int, users: UserDirectory) {
        self.room = room
        self.presenter = presenter
        self.limit = limit
        self.users = users
    }

    /// The room file as it is now. The folder is checked each time too: one that someone other
    /// than the presenter could write in since the class began (a `chmod 777`) is not trusted.
    public func read() -> RoomState {
        if let problem = room.folderProblem(presenter: presenter, users: users) {
            return problem.kind == .noFolder ? .missing : .refused("room folder " + problem.short)
        }
        let fd = open(room.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .missing
            case ELOOP: return .refused("a symbolic link")
            case ENXIO: return .refused("a socket, not a regular file")
            default: return .refused("not readable (\(FileAccess.describe(errno: errno)))")
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .refused("not readable (\(FileAccess.describe(errno: errno)))") }
        if let problem = trustProblem(info) { return .refused(problem) }
        if Int(info.st_size) > limit { return .tooLong(Int(info.st_size)) }
        guard let bytes = FileAccess.read(fd, limit: limit) else {
            return .refused("not readable (\(FileAccess.describe(errno: errno)))")
        }
        if bytes.count > limit { return .tooLong(bytes.count) }
        return .record(bytes)
    }

    /// What makes a file one not to trust ("a FIFO, not a regular file"), or nil.
    func trustProblem(_ info: stat) -> String? {
        guard info.st_mode & S_IFMT == S_IFREG else {
            return "\(FileAccess.kind(info.st_mode)), not a regular file"
        }
        guard UInt32(info.st_uid) == presenter else {
            return "owned by \(users.describe(UInt32(info.st_uid))), not by the presenter, \(users.describe(presenter))"
        }
        guard info.st_mode & (S_IWGRP | S_IWOTH) == 0 else {
            return "writable by \(info.st_mode & S_IWOTH != 0 ? "anyone" : "its group") (mode \(FileAccess.octal(info.st_mode)))"
        }
        // 0: replaced since it was opened (what was read is whole all the same).
        guard info.st_nlink <= 1 else { return "\(info.st_nlink) names (hard links) for one file" }
        return nil
    }

    /// The room file's state if it differs from what this reader reported last, else nil.
    public mutating func changes() -> RoomState? {
        let now = read()
        guard now != last else { return nil }
        last = now
        return now
    }
}
