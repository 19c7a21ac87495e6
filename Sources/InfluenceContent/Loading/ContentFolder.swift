#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading one content file gave: its bytes, or why there are none.
enum FileContents {
    case bytes([UInt8])
    case missing
    /// Over `ContentLoader.maxFileSize`: refused from its size, without reading it.
    case tooLarge(Int)
    /// A folder, a named pipe, a device or a socket ("a named pipe (FIFO)").
    case notAFile(String)
    case unreadable(String)
}

/// A content folder on disk, read through the C library (no Foundation in the binary).
struct ContentFolder {
    let path: String

    private func join(_ name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    /// The YAML files in `cases/`, sorted; none when the folder is missing.
    func caseFileNames() -> [String] {
        guard let dir = opendir(join("cases")) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { names.append(name) }
        }
        return names.sorted()
    }

    /// One file's bytes. Only ordinary files are read: a named pipe or device is refused without
    /// waiting on it (opened non-blocking), and a file over the size limit without reading it.
    func read(_ name: String) -> FileContents {
        let file = join(name)
        let fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR { return .missing }
            var info = stat()
            if stat(file, &info) == 0, let kind = Self.kind(info.st_mode) { return .notAFile(kind) }
            return .unreadable(String(cString: strerror(reason)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .unreadable(String(cString: strerror(errno))) }
        if let kind = Self.kind(info.st_mode) { return .notAFile(kind) }
        let size = Int(info.st_size)
        guard size <= ContentLoader.maxFileSize else { return .tooLarge(size) }
        // One byte more than the limit allows, to notice a file that grew since fstat.
        let capacity = ContentLoader.maxFileSize + 1
        var bytes = [UInt8](repeating: 0, count: min(size + 1, capacity))
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count < capacity else { break }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, capacity - bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                readBytes(fd, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        guard filled <= ContentLoader.maxFileSize else { return .tooLarge(filled) }
        bytes.removeSubrange(filled...)
        return .bytes(bytes)
    }

    /// What a file that is not an ordinary file is, in words; nil for an ordinary file.
    static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "something other than a file"
        }
    }
}

/// read(2), named apart from `ContentFolder.read(_:)`.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
