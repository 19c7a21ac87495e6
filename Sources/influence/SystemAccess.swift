#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InfluenceContent

/// Writes to stdout and stderr with every line made safe for a terminal.
enum Output {
    static func print(_ text: String) {
        write(Sanitizer.clean(text, keepNewlines: true) + "\n", to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        write(Sanitizer.clean(text, keepNewlines: true) + "\n", to: STDERR_FILENO)
    }

    /// The whole text, retrying short writes and interruptions; a closed pipe ends the writing.
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = writeBytes(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }
                offset += n
            }
        }
    }
}

/// The process environment and the file system, through the C library.
enum System {
    /// The environment variables the explorer reads, as a dictionary: the terminal's (`TERM`,
    /// `ESCDELAY`, `NO_COLOR`), `HOME`, and every `XDG_` and `INFLUENCE_` one. The rest of a large
    /// environment is never copied: start-up is measured against a C program that copies nothing.
    static var environment: [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            entry += 1
            guard isRead(pointer) else { continue }
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
        }
        return result
    }

    private static let readNames: [[UInt8]] = ["TERM=", "ESCDELAY=", "NO_COLOR=", "HOME="].map { Array($0.utf8) }
    private static let readPrefixes: [[UInt8]] = ["XDG_", "INFLUENCE_"].map { Array($0.utf8) }

    /// Whether a `NAME=value` entry is one the explorer reads, judged on its bytes.
    private static func isRead(_ pointer: UnsafePointer<CChar>) -> Bool {
        func starts(with bytes: [UInt8]) -> Bool {
            for (i, byte) in bytes.enumerated() where UInt8(bitPattern: pointer[i]) != byte { return false }
            return true
        }
        return readNames.contains(where: starts) || readPrefixes.contains(where: starts)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether a regular file is at `path` itself (a symbolic link is not followed).
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The width of the terminal on standard output, if it is one.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// write(2), named apart from `Output.write(_:to:)`.
private func writeBytes(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, bytes, count)
}
