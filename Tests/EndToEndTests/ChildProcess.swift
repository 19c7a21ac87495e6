import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs programs for the tests, safely while other tests run programs at the same time.
///
/// Every test that starts a process goes through here, because the obvious ways race:
/// - A child inherits every descriptor the test process has open without close-on-exec: a pipe's
///   write end (the reader then waits for an end of file that never comes while, say, a tmux server
///   started meanwhile lives on), or an executable being copied (exec then fails with ETXTBSY,
///   "Text file busy"). Here each child closes every descriptor above 2 before it starts
///   (`posix_spawn_file_actions_addclosefrom_np`), and opens its own output files itself, so
///   the test process holds no descriptor a sibling could inherit.
/// - Test code runs on threads that block most signals, and a child inherits the mask (a tmux
///   server, and the program under test, would never see SIGINT, SIGTERM, SIGHUP or SIGCHLD).
///   Here the child starts with no signal blocked and every signal at its default action.
/// - exec can still meet ETXTBSY if another process (not ours) briefly holds the file open for
///   writing; that error is retried for up to two seconds.
enum ChildProcess {
    /// How a run ended and what it printed.
    struct Result {
        var status: Int32
        var out: String
        var err: String
        /// False when it was still running at the timeout (it was then killed).
        var finished: Bool
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `arguments` (the first found on PATH unless it contains a "/"), with standard input from
    /// /dev/null, and waits up to `timeout` seconds. `environment` replaces the test's environment
    /// when given. Exit status 128+n when killed by signal n.
    static func run(_ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
                    timeout: TimeInterval = 60) throws -> Result {
        guard let command = arguments.first else { throw Failure(description: "no command") }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)").path
        let outPath = base + ".out", errPath = base + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard closeFrom(&actions, 3) == 0 else { throw Failure(description: "posix_spawn_file_actions_addclosefrom_np failed") }
        if let directory {
            guard changeDirectory(&actions, directory) == 0 else { throw Failure(description: "cannot chdir to \(directory)") }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = env.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let retryUntil = Date().addingTimeInterval(2)
        while true {
            let spawned = command.contains("/")
                ? posix_spawn(&pid, command, &actions, &attributes, &argv, &envp)
                : posix_spawnp(&pid, command, &actions, &attributes, &argv, &envp)
            if spawned == 0 { break }
            guard spawned == ETXTBSY, Date() < retryUntil else {
                throw Failure(description: "could not run \(command): \(String(cString: strerror(spawned)))")
            }
            usleep(20_000)
        }

        var status: Int32 = 0
        var finished = true
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0 {
                guard errno == EINTR else { throw Failure(description: "waitpid failed: errno \(errno)") }
                continue
            }
            if finished && Date() >= deadline {
                finished = false
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        // WIFEXITED / WEXITSTATUS are macros: exited normally when the low 7 bits are 0.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let error = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return Result(status: exitStatus, out: String(decoding: output, as: UTF8.self),
                      err: String(decoding: error, as: UTF8.self), finished: finished)
    }

    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?) -> Int32

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later) and `…_addchdir_np` (2.29),
    /// which Swift's Glibc module does not declare (they need _GNU_SOURCE): looked up by name.
    nonisolated(unsafe) static let closeFrom: AddCloseFrom = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            fatalError("this C library lacks posix_spawn_file_actions_addclosefrom_np (glibc 2.34 or later)")
        }
        return unsafeBitCast(symbol, to: AddCloseFrom.self)
    }()

    nonisolated(unsafe) static let changeDirectory: AddChdir = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else {
            fatalError("this C library lacks posix_spawn_file_actions_addchdir_np (glibc 2.29 or later)")
        }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    /// Copies an executable so that it can be run at once: written through a close-on-exec
    /// descriptor to a temporary name, then renamed into place, so no process ever holds the
    /// final file open for writing.
    static func copyExecutable(from source: URL, to destination: URL) throws {
        let bytes = try Data(contentsOf: source)
        let temporary = destination.path + ".partial-\(UUID().uuidString.prefix(8))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw Failure(description: "cannot create \(temporary): errno \(errno)") }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += n
            }
            return true
        }
        close(fd)
        guard ok, rename(temporary, destination.path) == 0 else {
            unlink(temporary)
            throw Failure(description: "cannot write \(destination.path): errno \(errno)")
        }
    }
}
