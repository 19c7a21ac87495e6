#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A room: one file, named after the room, in a room folder. The presenter (`--lead`) writes it;
/// followers (`--follow`) read it and go where it says.
///
/// The folder is `--room-dir DIR`, else `INFLUENCE_ROOM_DIR`, else `$XDG_RUNTIME_DIR/influence`
/// (private to one user, created with mode 0700 when missing). A class uses a folder the teacher
/// owns and students can only read (or a sticky one: the ownership check keeps it safe).
public struct Room: Equatable, Sendable {
    /// The folder's path as given (without a trailing slash).
    public let folder: String
    public let name: RoomName

    public init(folder: String, name: RoomName) {
        var folder = folder
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        self.folder = folder
        self.name = name
    }

    /// The room file's path.
    public var path: String { (folder == "/" ? "" : folder) + "/" + name.fileName }

    /// The room named `name` in the folder the options and environment choose; the default folder
    /// is created (mode 0700) if it is missing, a named one must exist.
    public static func resolve(name text: String, folder option: String?,
                               environment: [String: String]) throws(RoomProblem) -> Room {
        guard let name = RoomName(text) else {
            throw RoomProblem(.name, "no room \"\(text)\": \(RoomName.problem(with: text) ?? "")")
        }
        if let named = option ?? environment["INFLUENCE_ROOM_DIR"].flatMap({ $0.isEmpty ? nil : $0 }) {
            let room = Room(folder: named, name: name)
            try room.checkFolder()
            return room
        }
        guard let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") else {
            throw RoomProblem(.noRuntimeDirectory,
                              "XDG_RUNTIME_DIR is not set, so there is no private room folder: name one with --room-dir DIR (or INFLUENCE_ROOM_DIR)")
        }
        let room = Room(folder: runtime + "/influence", name: name)
        if mkdir(room.folder, 0o700) != 0 && errno != EEXIST {
            let reason = FileAccess.describe(errno: errno)
            throw RoomProblem(.noFolder, "cannot create the room folder \(room.folder) (\(reason)); name one with --room-dir DIR")
        }
        try room.checkFolder()
        return room
    }

    /// The folder exists, is a folder, and not one where anyone could swap the room file.
    func checkFolder() throws(RoomProblem) {
        if let problem = folderProblem(presenter: nil, users: UserDirectory(users: [])) { throw problem }
    }

    /// Why the room folder cannot serve (missing, not a folder), or why files in it are not to be
    /// trusted: someone other than the presenter (and root) could rename or remove the presenter's
    /// files there — anyone, or the folder's group, may write in it and it is not sticky, or it
    /// belongs to someone else (`presenter` nil: the owner is not checked). Nil when it is sound.
    /// `short` is the reason alone, for the status line ("writable by its group (mode 0775)").
    public func folderProblem(presenter: UInt32?, users: UserDirectory) -> RoomProblem? {
        guard let info = FileAccess.status(folder) else {
            if errno == ENOENT {
                return RoomProblem(.noFolder, "no room folder \(folder): the teacher creates it (mkdir -m 0755 \(folder), or 1777 for a shared one)")
            }
            return RoomProblem(.noFolder, "cannot reach the room folder \(folder) (\(FileAccess.describe(errno: errno)))")
        }
        guard FileAccess.isDirectory(info) else {
            return RoomProblem(.noFolder, "the room folder \(folder) is \(FileAccess.kind(info.st_mode)), not a folder")
        }
        let mode = FileAccess.octal(info.st_mode)
        // Without the sticky bit, whoever may write in a folder may rename or remove any file in it.
        // Sticky (like /tmp), only a file's owner, the folder's owner and root may.
        if info.st_mode & S_ISVTX == 0 {
            if info.st_mode & S_IWOTH != 0 {
                return RoomProblem(.untrusted, "the room folder \(folder) can be written by anyone and is not sticky (mode \(mode)), so anyone could replace or remove the room file: chmod +t \(folder), or chmod 0755 \(folder)",
                                   short: "writable by anyone (mode \(mode))")
            }
            if info.st_mode & S_IWGRP != 0 {
                return RoomProblem(.untrusted, "the room folder \(folder) can be written by its group (gid \(info.st_gid)) and is not sticky (mode \(mode)), so any member could rename another of the presenter's files over the room file, or remove it: chmod g-w \(folder), or chmod +t \(folder)",
                                   short: "writable by its group (mode \(mode))")
            }
        }
        // The folder's owner may always rename or remove files in it (and change its mode).
        let owner = UInt32(info.st_uid)
        if let presenter, owner != presenter, owner != 0 {
            return RoomProblem(.untrusted, "the room folder \(folder) belongs to \(users.describe(owner)), not to the presenter, \(users.describe(presenter)), so its owner could replace or remove the room file: the presenter makes the room folder (mkdir -m 0755 DIR)",
                               short: "owned by \(users.describe(owner)), not the presenter")
        }
        return nil
    }

    /// The owner of the room folder: the presenter a follower trusts unless told otherwise.
    public func folderOwner() -> UInt32? {
        FileAccess.status(folder).map { UInt32($0.st_uid) }
    }

    /// The other rooms in the folder (files named as rooms are, this one left out), sorted, at most
    /// `limit`: what a follower waiting in vain is shown, in case the name was typed wrong. Only
    /// names that are room names are listed, so nothing a student writes there reaches the
    /// terminal but a plain word.
    public func others(limit: Int = 6) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory), names.count < 256 {
            let file = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard file.hasSuffix(RoomName.fileSuffix) else { continue }
            let text = String(file.dropLast(RoomName.fileSuffix.count))
            if let other = RoomName(text), other != name { names.append(other.text) }
        }
        return Array(names.sorted().prefix(limit))
    }

    /// How many explorers on this machine follow this room, by their command lines in /proc
    /// (`influence --follow [ROOM]`, with this folder if they name one by its full path); nil when
    /// /proc shows no process but this one (hidden by the system's settings), so the count is unknown.
    /// Nothing of another's command line is shown: only the count.
    public func followerCount() -> Int? {
        guard let directory = opendir("/proc") else { return nil }
        defer { closedir(directory) }
        var count = 0, seen = 0
        while let entry = readdir(directory) {
            let pid = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !pid.isEmpty, pid.allSatisfy(\.isNumber) else { continue }
            seen += 1
            guard let bytes = FileAccess.readWhole("/proc/\(pid)/cmdline", limit: 4096) else { continue }
            let words = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            if Self.follows(words, room: name, folder: folder) { count += 1 }
        }
        return seen > 1 ? count : nil
    }

    /// Whether a command line follows the room `name` in `folder`.
    static func follows(_ words: [String], room name: RoomName, folder: String) -> Bool {
        guard let program = words.first, program == "influence" || program.hasSuffix("/influence") else { return false }
        guard let at = words.firstIndex(where: { $0 == "--follow" || $0.hasPrefix("--follow=") }) else { return false }
        var followed = RoomName.standard.text
        if words[at].hasPrefix("--follow=") {
            followed = String(words[at].dropFirst("--follow=".count))
        } else if at + 1 < words.count, !words[at + 1].hasPrefix("-"), !words[at + 1].isEmpty {
            followed = words[at + 1]
        }
        guard followed == name.text else { return false }
        if let dir = words.firstIndex(of: "--room-dir"), dir + 1 < words.count, words[dir + 1].hasPrefix("/") {
            var named = words[dir + 1]
            while named.count > 1 && named.hasSuffix("/") { named.removeLast() }
            return named == folder
        }
        return true
    }
}
