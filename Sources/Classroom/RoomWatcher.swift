#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices when a room's file may have changed, at no cost while nothing does: inotify on the room
/// folder where there is inotify (so a file renamed over the room file, created, written or
/// removed is seen at once), else a look at the file's status every `pollInterval` milliseconds.
///
/// With a descriptor, wait until it is readable, then call `changed()` (which reads it empty).
/// Without one, call `changed()` every `pollInterval` milliseconds. The descriptor can go away
/// (the folder was removed); `changed()` then polls, and watches again once the folder is back.
public final class RoomWatcher {
    public let room: Room
    /// Readable when something happened in the room folder; nil while polling.
    public private(set) var descriptor: Int32?
    /// How often to call `changed()` while there is no descriptor, in milliseconds.
    public static let pollInterval = 200
    /// Whether inotify may be used (tests turn it off to test polling).
    private let useInotify: Bool
    /// The room file's and the folder's status at the last look (polling).
    private var lastStatus: FileSignature?
    private var lastFolderStatus: FileSignature?

    public init(room: Room, inotify: Bool = true) {
        self.room = room
        useInotify = inotify
        lastStatus = FileSignature(path: room.path)
        lastFolderStatus = FileSignature(path: room.folder, following: true)
        watch()
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Whether the room file may have changed since the last call (then read it again).
    public func changed() -> Bool {
        guard let fd = descriptor else {
            if watch() { return true }  // watching again: whatever happened meanwhile, look
            let now = FileSignature(path: room.path), folderNow = FileSignature(path: room.folder, following: true)
            defer { lastStatus = now; lastFolderStatus = folderNow }
            return now != lastStatus || folderNow != lastFolderStatus
        }
        return drain(fd)
    }

    #if os(Linux)
    /// What inotify reports about the folder: the room file arriving (created, renamed over,
    /// written), changing hands or mode, leaving; and the folder itself changing mode or owner, or
    /// going.
    private static let events = UInt32(IN_MOVED_TO | IN_MOVED_FROM | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// Starts watching the folder, if inotify is there; whether it now watches.
    @discardableResult
    private func watch() -> Bool {
        guard useInotify, descriptor == nil else { return false }
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return false }
        guard inotify_add_watch(fd, room.folder, Self.events) >= 0 else {
            close(fd)
            return false
        }
        descriptor = fd
        return true
    }

    /// Reads every queued event; whether one concerns the room file (or the queue overflowed, or
    /// the folder went, and the watcher falls back to polling).
    private func drain(_ fd: Int32) -> Bool {
        let name = Array(room.name.fileName.utf8)
        var concerned = false
        var lost = false
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }  // EAGAIN: read empty
            var offset = 0
            // struct inotify_event: wd, mask, cookie, len (4 bytes each), then len bytes of name
            // padded with NULs.
            while offset + 16 <= count {
                let mask = Self.uint32(buffer, at: offset + 4)
                let length = Int(Self.uint32(buffer, at: offset + 12))
                let end = min(count, offset + 16 + length)
                let field = buffer[(offset + 16)..<end]
                let eventName = field.prefix { $0 != 0 }
                // No name: the folder itself (its mode or owner changed, or it went).
                if eventName.isEmpty || eventName.elementsEqual(name) { concerned = true }
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { concerned = true }
                if mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT) != 0 { lost = true }
                offset = end
            }
        }
        if lost {
            close(fd)
            descriptor = nil
            lastStatus = FileSignature(path: room.path)
            lastFolderStatus = FileSignature(path: room.folder, following: true)
            watch()
            return true
        }
        return concerned
    }

    private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        // The kernel writes host byte order.
        var value: UInt32 = 0
        withUnsafeMutableBytes(of: &value) { raw in
            for i in 0..<4 { raw[i] = bytes[offset + i] }
        }
        return value
    }
    #else
    @discardableResult
    private func watch() -> Bool { false }
    private func drain(_ fd: Int32) -> Bool { true }
    #endif
}

/// What `lstat` (or `stat`) says of a file that matters to a follower: which file, its size, times, owner and
/// mode; nil fields when there is none.
struct FileSignature: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: (Int, Int)
    var changed: (Int, Int)
    var mode: UInt32
    var owner: UInt32
    var links: UInt64

    /// What is at `path` itself, or (`following`) where a symbolic link there leads.
    init?(path: String, following: Bool = false) {
        guard let info = following ? FileAccess.status(path) : FileAccess.linkStatus(path) else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if os(Linux)
        modified = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        changed = (Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec))
        #else
        modified = (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        changed = (Int(info.st_ctimespec.tv_sec), Int(info.st_ctimespec.tv_nsec))
        #endif
        mode = UInt32(info.st_mode)
        owner = UInt32(info.st_uid)
        links = UInt64(info.st_nlink)
    }

    static func == (a: FileSignature, b: FileSignature) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified == b.modified
            && a.changed == b.changed && a.mode == b.mode && a.owner == b.owner && a.links == b.links
    }
}
