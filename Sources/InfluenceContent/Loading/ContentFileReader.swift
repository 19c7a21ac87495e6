#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one content file from disk, checking what it is and how big it is before reading a byte:
/// a file over the limit is refused from its size alone, and a FIFO, device or socket is refused
/// without opening it for a read that could block.
enum ContentFileReader {
    /// What reading a path gave.
    enum Outcome: Equatable {
        case bytes([UInt8])
        /// Nothing at that path.
        case missing
        /// Something there that is not content: the message says what and what to do.
        case refused(String)
    }

    /// `rule` ends the message for something that is not an ordinary file.
    static func contents(of path: String, limit: Int, rule: String = "content files must be ordinary text files") -> Outcome {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .refused(unreadable(errno))
        }
        if let kind = specialKind(info.st_mode) {
            return .refused("this is \(kind), not an ordinary file; \(rule)")
        }
        guard Int(info.st_size) <= limit else { return .refused(tooLarge(Int(info.st_size), limit: limit)) }

        // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .refused(unreadable(errno)) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { return .refused(unreadable(errno)) }
        if let kind = specialKind(info.st_mode) {
            return .refused("this is \(kind), not an ordinary file; \(rule)")
        }
        guard Int(info.st_size) <= limit else { return .refused(tooLarge(Int(info.st_size), limit: limit)) }

        // Read at most one byte past the limit: a file that grew after the stat is still bounded.
        // The buffer starts at the size fstat gave (plus the byte that shows growth), not at the
        // limit: a megabyte zeroed for every file made a 500-case pack take 500 MB and twice the time.
        let capacity = limit + 1
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size) + 1, capacity))
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count < capacity else { break }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, capacity - bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .refused(unreadable(errno))
            }
            if n == 0 { break }
            count += n
        }
        guard count <= limit else { return .refused(tooLarge(count, limit: limit)) }
        bytes.removeSubrange(count...)
        return .bytes(bytes)
    }

    /// The names of the YAML files in a folder, sorted; none when there is no such folder.
    static func yamlFileNames(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
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

    /// The message for a file over the limit.
    static func tooLarge(_ size: Int, limit: Int) -> String {
        "this file is \(size) bytes; content files may be at most \(limit) bytes (1 MiB)"
    }

    /// "a FIFO", "a directory", … for anything that is not a regular file; nil for a regular file.
    static func specialKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    static func unreadable(_ code: Int32) -> String {
        let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
        return "this file cannot be read (\(reason))"
    }
}

extension ContentLoader {
    /// The text of the article a content folder restates (`validate --article`), or why it could
    /// not be read. Refused like a content file: not an ordinary file, over 4 MB, or not UTF-8.
    public static func readArticle(at path: String) -> Swift.Result<String, ContentError> {
        func refuse(_ message: String) -> Swift.Result<String, ContentError> {
            .failure(ContentError(diagnostics: [Diagnostic(SourceLocation(file: path, line: 1, column: 1), message)]))
        }
        switch ContentFileReader.contents(of: path, limit: 4 << 20, rule: "the article must be an ordinary text file") {
        case .missing: return refuse("there is no file here")
        case .refused(let why):
            return refuse(why)
        case .bytes(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else { return refuse("this file is not UTF-8 text") }
            return .success(text)
        }
    }
}
