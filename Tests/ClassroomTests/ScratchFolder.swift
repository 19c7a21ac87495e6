import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import Classroom

/// A fresh folder under the temporary directory, removed (with everything in it) on `remove()`.
final class ScratchFolder {
    let path: String

    init(mode: mode_t = 0o755) throws {
        var template = Array((FileManager.default.temporaryDirectory.path + "/classroom-test-XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else { throw TestFailure("mkdtemp failed: errno \(errno)") }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        try check(chmod(path, mode), "chmod \(path)")
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// A path inside the folder.
    func at(_ name: String) -> String { path + "/" + name }

    /// Writes a file in place with exactly this mode (whatever the umask) and owner.
    func write(_ name: String, _ text: String, mode: mode_t = 0o644, owner: uid_t? = nil) throws {
        try write(name, Array(text.utf8), mode: mode, owner: owner)
    }

    func write(_ name: String, _ bytes: [UInt8], mode: mode_t = 0o644, owner: uid_t? = nil) throws {
        let fd = open(at(name), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TestFailure("open \(name): errno \(errno)") }
        defer { close(fd) }
        if !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard n == bytes.count else { throw TestFailure("short write to \(name)") }
        }
        try check(fchmod(fd, mode), "fchmod \(name)")
        if let owner { try check(fchown(fd, owner, gid_t(owner)), "fchown \(name)") }
    }

    /// Makes a file as `write` does, beside the folder, then renames it in: it appears whole, with
    /// its final owner and mode, as a student's or a presenter's file would.
    func place(_ name: String, _ text: String, mode: mode_t = 0o644, owner: uid_t? = nil, into room: ScratchFolder) throws {
        try write(name, text, mode: mode, owner: owner)
        try check(rename(at(name), room.at(name)), "rename \(name)")
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func check(_ result: Int32, _ what: String) throws {
    if result != 0 { throw TestFailure("\(what) failed: errno \(errno)") }
}

/// A user id that is not the tests' (they run as root in CI): "nobody".
let otherUser: uid_t = 65534

/// A valid record, as the explorer writes it.
func record(view: String = "case", caseID: String = "leyenda", step: Int = 3) -> String {
    "influence-position 1\nview \(view)\ncase \(caseID)\nstep \(step)\n"
}
