#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InfluenceContent
import InfluenceUI

/// The file that keeps the explorer's place and marks between runs: one per content folder, in
/// `$XDG_STATE_HOME/influence/` (`~/.local/state/influence/` by default).
///
/// Read without following a symbolic link or waiting on a pipe, and at most `SavedState.maximumSize`
/// bytes. Written atomically: the whole state goes to a new file beside it (created exclusively,
/// never through a link), is flushed to disk, and is renamed over the old one; a reader, or a start
/// after a crash or a SIGKILL, finds the old file or the new one, never a mix.
struct StateFile {
    /// The folder the file is in.
    let folder: String
    /// The file's name: `builtin.state`, or `content-<hash of the real path>.state`.
    let name: String
    /// What the file records as its content: `SavedState.builtIn`, or the content folder's real path.
    let content: String
    /// `$HOME`, to show paths under it as `~/...`.
    let home: String?

    var path: String { folder + "/" + name }

    /// Why the file cannot be written or found.
    struct Failure: Error, Equatable {
        /// What went wrong, in the system's words ("Permission denied").
        var error: String
        /// Where, as a notice shows it (`~/...`).
        var path: String?

        /// "(Permission denied): ~/.local/state/influence", to follow "Place not saved": the error
        /// first, so that a footer that cuts a long path short still shows it.
        var reason: String { path.map { "(\(error)): \($0)" } ?? "(\(error))" }
    }

    /// What reading the file found.
    enum Reading: Equatable {
        /// No file yet.
        case missing
        case state(SavedState)
        /// A file read in part: what was whole is kept, the rest dropped (`dropped` says what).
        case partial(SavedState.Salvage)
        /// A file that is not used, and why ("is cut short"). `keep`: it must not be written over
        /// either (a newer program's state).
        case refused(String, keep: Bool)
    }

    /// The state file for the built-in content (`contentFolder` nil) or a content folder, following
    /// the XDG base directory rules: `$XDG_STATE_HOME` when it is an absolute path, else
    /// `$HOME/.local/state` (the password database's home when HOME is unset).
    static func locate(contentFolder: String?, environment: [String: String]) -> Result<StateFile, Failure> {
        var home = environment["HOME"] ?? ""
        if home.isEmpty, let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            home = String(cString: directory)
        }
        home = trimmed(home)
        let base: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = trimmed(xdg)
        } else if home.hasPrefix("/") {
            base = (home == "/" ? "" : home) + "/.local/state"
        } else {
            return .failure(Failure(error: "no home folder: HOME is not set"))
        }
        let folder = (base == "/" ? "" : base) + "/influence"
        let knownHome = home.hasPrefix("/") && home != "/" ? home : nil
        guard let contentFolder else {
            return .success(StateFile(folder: folder, name: "builtin.state", content: SavedState.builtIn, home: knownHome))
        }
        guard let real = realPath(contentFolder) else {
            return .failure(Failure(error: errorText(), path: Sanitizer.clean(contentFolder, keepNewlines: false)))
        }
        return .success(StateFile(folder: folder, name: "content-\(hash(real)).state", content: real, home: knownHome))
    }

    // MARK: Reading

    /// Reads and checks the file, record by record.
    func read() -> Reading {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .missing
            case ELOOP: return .refused("is a symlink", keep: false)
            default: return .refused("unreadable (\(Self.errorText()))", keep: false)
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .refused("unreadable (\(Self.errorText()))", keep: false) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .refused("is not a regular file", keep: false) }
        guard info.st_size <= SavedState.maximumSize else {
            return .refused(SavedState.Problem.tooLong(bytes: Int(info.st_size)).description, keep: false)
        }
        // One byte more than the limit, in case the file grew since fstat.
        var bytes = [UInt8](repeating: 0, count: SavedState.maximumSize + 1)
        var count = 0
        while count < bytes.count {
            let n = bytes.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress.map { $0 + count }, $0.count - count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return .refused("unreadable (\(Self.errorText()))", keep: false) }
            if n == 0 { break }
            count += n
        }
        switch SavedState.salvage(Array(bytes[..<count])) {
        case .failure(let problem):
            if case .newer = problem { return .refused(problem.description, keep: true) }
            return .refused(problem.description, keep: false)
        case .success(let salvage):
            guard salvage.folder == content else { return .refused("is for another folder", keep: false) }
            return salvage.dropped.isEmpty ? .state(salvage.state) : .partial(salvage)
        }
    }

    // MARK: Writing

    /// Makes the folder and those above it that are missing (mode 0700), and checks that files can
    /// be made in it.
    func prepareFolder() -> Failure? {
        var prefix = ""
        for component in folder.split(separator: "/") {
            prefix += "/" + component
            if System.isDirectory(prefix) || mkdir(prefix, 0o700) == 0 { continue }
            // Another explorer starting at the same moment may have made it since the check.
            if errno == EEXIST {
                if System.isDirectory(prefix) { continue }
                errno = ENOTDIR
            }
            return failure(prefix)
        }
        guard access(folder, W_OK | X_OK) == 0 else { return failure(folder) }
        return nil
    }

    /// What `save` did.
    struct Saved: Equatable {
        /// Why the file could not be written (nil: it was).
        var failure: Failure?
        /// Where a file that could not be read whole was put before it was replaced, as a notice
        /// shows it (`~/...`).
        var keptAside: String?
    }

    /// Where a file that could not be read whole is kept before it is replaced.
    var damagedPath: String { path + ".damaged" }

    /// Saves `state` without losing what another explorer of the same user saved meanwhile: under
    /// a lock on the folder, the file is read again, its marks are kept except those this run set
    /// (a mark that differs from `loaded`, the marks this run started with), and the result replaces
    /// the file. A file that cannot be read whole is first kept aside as `<name>.damaged`, never
    /// written over; a newer program's is left alone.
    func save(_ state: SavedState, loaded: [Character: Position]) -> Saved {
        let lock = FolderLock(folder)
        defer { lock.release() }
        var merged = state
        var keepAside = false
        switch read() {
        case .missing:
            break
        case .state(let onDisk):
            merged.marks = Self.merge(state.marks, into: onDisk.marks, loaded: loaded)
        case .partial(let salvage):
            merged.marks = Self.merge(state.marks, into: salvage.marks, loaded: loaded)
            keepAside = true
        case .refused(_, let keep):
            if keep { return Saved(failure: Failure(error: "state from a newer influence", path: shown(path))) }
            // Something else in the file's place that is not ours to read: a symlink or a folder
            // is replaced (never followed), a regular file kept aside.
            keepAside = System.isRegularFile(path)
        }
        if keepAside && rename(path, damagedPath) != 0 && errno != ENOENT {
            return Saved(failure: failure(damagedPath))
        }
        return Saved(failure: write(merged), keptAside: keepAside ? shown(damagedPath) : nil)
    }

    /// The marks to save: those on disk, with the ones this run set (differing from `loaded`, or
    /// not on disk) put over them.
    static func merge(_ mine: [Character: Position], into onDisk: [Character: Position],
                      loaded: [Character: Position]) -> [Character: Position] {
        var marks = onDisk
        for (letter, position) in mine where loaded[letter] != position || onDisk[letter] == nil {
            marks[letter] = position
        }
        return marks
    }

    /// Replaces the file with `state`, atomically; why not, if it could not.
    func write(_ state: SavedState) -> Failure? {
        let bytes = Array(state.record.utf8)
        let temporary = temporaryPath(for: getpid())
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW
        var fd = open(temporary, flags, 0o600)
        if fd < 0 && errno == EEXIST {
            // Left by an earlier process that had this pid and was killed mid-write.
            unlink(temporary)
            fd = open(temporary, flags, 0o600)
        }
        guard fd >= 0 else { return self.failure(folder) }
        var failure: Failure?
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { writeBytes(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                failure = self.failure(folder)
                break
            }
            offset += n
        }
        if failure == nil && fdatasync(fd) != 0 { failure = self.failure(folder) }
        if close(fd) != 0 && failure == nil { failure = self.failure(folder) }
        if failure == nil && rename(temporary, path) != 0 { failure = self.failure(path) }
        if failure != nil { unlink(temporary) }
        return failure
    }

    /// Where the new file is written before it is renamed into place: `<name>.<pid>.tmp`.
    func temporaryPath(for pid: pid_t) -> String { "\(path).\(pid).tmp" }

    /// Removes new files that processes killed mid-write left behind (their pid is gone).
    func removeStaleTemporaries() {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var stale: [String] = []
        while let entry = readdir(directory) {
            let entryName = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard entryName.hasPrefix(name + "."), entryName.hasSuffix(".tmp") else { continue }
            let digits = entryName.dropFirst(name.count + 1).dropLast(4)
            guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy(\.isASCII), let pid = pid_t(digits),
                  pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { stale.append(entryName) }
        }
        for entryName in stale { unlink(folder + "/" + entryName) }
    }

    // MARK: Names

    /// What errno says, at a path.
    func failure(_ path: String) -> Failure {
        Failure(error: Self.errorText(), path: shown(path))
    }

    /// A path as a notice shows it: under the home folder as `~/...`, made safe for the terminal.
    func shown(_ path: String) -> String {
        var text = path
        if let home, path == home || path.hasPrefix(home + "/") { text = "~" + path.dropFirst(home.count) }
        return Sanitizer.clean(text, keepNewlines: false)
    }

    /// The path with symbolic links, `.` and `..` resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// 16 hex digits of the 64-bit FNV-1a hash of the text's UTF-8: short, stable across runs and
    /// builds (unlike Hasher), and enough to tell a user's content folders apart; the file records
    /// the path itself, which is checked on reading.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A path without trailing slashes ("/" stays).
    static func trimmed(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }

    /// The C library's words for errno ("Permission denied").
    static func errorText() -> String { String(cString: strerror(errno)) }
}

/// An exclusive lock on a folder (flock), so two explorers of one user save one at a time. Waits at
/// most a second; where there is no lock to be had (a network file system), saves go on without.
private struct FolderLock {
    private let fd: Int32

    init(_ folder: String) {
        fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        for _ in 0..<100 {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 || errno != EWOULDBLOCK { return }
            usleep(10_000)
        }
    }

    func release() {
        if fd >= 0 { close(fd) }
    }
}

/// read(2) and write(2), named apart from `StateFile.read()` and `write(_:)`.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func writeBytes(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
