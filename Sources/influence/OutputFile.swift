#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file whole or not at all: the text goes to a new temporary file in the same folder,
/// is flushed to disk, and is renamed over the name given, so a reader (or a browser reloading the
/// page) sees the old file or the new one, never half of one, and a failure leaves the old file as
/// it was. A symbolic link, a folder or anything but a regular file at that name is refused: the
/// rename would replace a link rather than write through it, and would replace a device.
enum OutputFile {
    static func write(_ text: String, to path: String) throws(CommandExit) {
        var mode = mode_t(0o666) & ~currentUmask()
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                mode = info.st_mode & 0o7777
            case S_IFLNK:
                throw fail(ExitStatus.cannotCreate, "\(path) is a symbolic link; export does not write through links: name the file it points to")
            case S_IFDIR:
                throw fail(ExitStatus.cannotCreate, "\(path) is a folder; name a file to write")
            default:
                throw fail(ExitStatus.cannotCreate, "\(path) is not a regular file; leave out --output to write to standard output")
            }
        } else if errno != ENOENT {
            throw fail(ExitStatus.cannotCreate, "cannot use \(path): \(reason())")
        }
        let (folder, name) = split(path)
        guard !name.isEmpty else { throw fail(ExitStatus.cannotCreate, "\(path) is a folder; name a file to write") }
        // A short hidden name: the file's own name may already be as long as a name can be.
        var template = Array((folder == "/" ? "/" : folder + "/").utf8CString.dropLast()) + Array(".influence-export-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw fail(ExitStatus.cannotCreate, "cannot create \(path): \(reason())") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(CommandExit) {
            guard fchmod(fd, mode) == 0 else { throw fail(ExitStatus.cannotCreate, "cannot create \(path): \(reason())") }
            try writeAll(text, to: fd, path: path)
            guard fsync(fd) == 0 else { throw fail(ExitStatus.ioError, "cannot write \(path): \(reason())") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard close(fd) == 0 else {
            let message = "cannot write \(path): \(reason())"
            unlink(temporary)
            throw fail(ExitStatus.ioError, message)
        }
        guard rename(temporary, path) == 0 else {
            let message = "cannot create \(path): \(reason())"
            unlink(temporary)
            throw fail(ExitStatus.cannotCreate, message)
        }
        // The rename itself on disk too (best effort: some file systems refuse to sync a folder).
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    /// Every byte, retrying short writes and interruptions.
    static func writeAll(_ text: String, to fd: Int32, path: String) throws(CommandExit) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                writeToFile(fd, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw fail(ExitStatus.ioError, "cannot write \(path): \(n < 0 ? reason() : "nothing written")") }
            offset += n
        }
    }

    /// The folder a path names its file in ("." for a bare name) and the file's name.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// The process's umask (read by setting it and setting it back).
    static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    static func reason() -> String { String(cString: strerror(errno)) }

    /// Says why, and the exit status to end with.
    static func fail(_ status: Int32, _ message: String) -> CommandExit {
        Output.error("influence: \(message)")
        return CommandExit(status: status)
    }
}

/// write(2), named apart from `OutputFile.write(_:to:)`.
private func writeToFile(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, bytes, count)
}
