#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// User names and ids, read from the password file itself: the release binary is fully static, and
/// a static C library's getpwnam would have to load the system's NSS modules (which may belong to
/// another C library version). Users known only to a directory service (LDAP, SSSD) are not in
/// the file: name those by their numeric id.
public struct UserDirectory: Sendable {
    /// Every user in the file: name and id, in file order.
    public let users: [(name: String, uid: UInt32)]

    /// The users in `path` (none when it cannot be read).
    public init(path: String = "/etc/passwd") {
        users = Self.parse(FileAccess.readWhole(path, limit: 16 << 20) ?? [])
    }

    public init(users: [(name: String, uid: UInt32)]) { self.users = users }

    /// The id `text` names: a number, or a name in the password file.
    public func uid(for text: String) -> UInt32? {
        if let number = UInt32(text) { return number }
        return users.first { $0.name == text }?.uid
    }

    /// The first name for an id, if it has one.
    public func name(of uid: UInt32) -> String? {
        users.first { $0.uid == uid }?.name
    }

    /// "alice (uid 1000)", or "uid 1000" for an id without a name.
    public func describe(_ uid: UInt32) -> String {
        name(of: uid).map { "\($0) (uid \(uid))" } ?? "uid \(uid)"
    }

    /// The entries of a password file: `name:password:uid:gid:gecos:home:shell` lines; comments,
    /// blank lines, NIS `+`/`-` lines and lines whose name or id is not plain are left out.
    static func parse(_ bytes: [UInt8]) -> [(name: String, uid: UInt32)] {
        var users: [(name: String, uid: UInt32)] = []
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: ":"), maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count >= 3, let first = fields[0].first,
                  first != UInt8(ascii: "#"), first != UInt8(ascii: "+"), first != UInt8(ascii: "-"),
                  fields[0].allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
                  let name = String(validating: fields[0], as: UTF8.self),
                  let idText = String(validating: fields[2], as: UTF8.self),
                  let uid = UInt32(idText) else { continue }
            users.append((name, uid))
        }
        return users
    }
}
