#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Classroom
import CursesTerminal
import InfluenceContent
import InfluenceUI

/// `--lead` and `--follow`: the room, checked before the terminal is taken over (a problem is one
/// line on standard error and an exit status), then tied to the explorer's loop.
///
/// The presenter publishes its position after every event that changed it, and removes the room
/// file when it quits (q, Ctrl-C, SIGTERM, SIGHUP): followers then say "Waiting for the presenter".
/// A follower wakes when the room folder's inotify descriptor is readable (else every 200 ms),
/// reads the file only if it is the presenter's, and moves unless the student has detached.
final class ClassroomSession {
    /// The room options as given.
    struct Request: Equatable {
        var lead: String?
        var follow: String?
        var roomDirectory: String?
        var leadUser: String?

        init(options: ParsedOptions) {
            lead = options.value(.lead)
            follow = options.value(.follow)
            roomDirectory = options.value(.roomDirectory)
            leadUser = options.value(.leadUser)
        }

        var isEmpty: Bool { lead == nil && follow == nil && roomDirectory == nil && leadUser == nil }
    }

    private enum Role {
        case lead(RoomLead)
        case follow(RoomWatcher, initial: RoomState?)
    }

    private let role: Role
    private let room: Room
    private let users: UserDirectory
    private var reader: RoomReader?
    /// The notice this session put in the status line last, to take back when it no longer holds.
    private var notice: String?
    /// When the followers were last counted (the monotonic clock, in seconds).
    private var lastCount = -1_000_000.0

    private init(role: Role, room: Room, users: UserDirectory, reader: RoomReader? = nil) {
        self.role = role
        self.room = room
        self.users = users
        self.reader = reader
    }

    /// The session the options ask for (nil for none), or the command ends with a one-line reason.
    static func prepare(_ request: Request, environment: [String: String]) throws(CommandExit) -> ClassroomSession? {
        if request.isEmpty { return nil }
        if request.lead != nil && request.follow != nil {
            throw PrintCommand.usage("--lead and --follow do not go together: the presenter leads, students follow")
        }
        if request.leadUser != nil && request.follow == nil {
            throw PrintCommand.usage("--lead-user goes with --follow: it names the presenter to follow")
        }
        if request.lead == nil && request.follow == nil {
            throw PrintCommand.usage("--room-dir goes with --follow or --lead")
        }
        let users = UserDirectory()
        do throws(RoomProblem) {
            if let name = request.lead {
                let room = try Room.resolve(name: name, folder: request.roomDirectory, environment: environment)
                return ClassroomSession(role: .lead(try RoomLead(room: room, users: users)), room: room, users: users)
            }
            let room = try Room.resolve(name: request.follow ?? "", folder: request.roomDirectory, environment: environment)
            let presenter: UInt32
            if let user = request.leadUser {
                guard let uid = users.uid(for: user) else {
                    throw RoomProblem(.unknownUser, "--lead-user \(user): no such user in /etc/passwd; give the presenter's uid instead (id -u \(user))")
                }
                presenter = uid
            } else {
                guard let owner = room.folderOwner() else {
                    throw RoomProblem(.noFolder, "cannot look at the room folder \(room.folder)")
                }
                presenter = owner
            }
            // Watch first, then read: a change in between is still reported.
            // INFLUENCE_ROOM_POLL=1: a room folder on a network file system, where inotify does
            // not hear of other machines' writes.
            if let problem = room.folderProblem(presenter: presenter, users: users) { throw problem }
            let watcher = RoomWatcher(room: room, inotify: environment["INFLUENCE_ROOM_POLL"] != "1")
            var reader = RoomReader(room: room, presenter: presenter, limit: Position.maximumSize, users: users)
            let initial = reader.changes()
            if case .refused(let why)? = initial {
                throw RoomProblem(.untrusted, "not following \(room.path): \(why); only the presenter's own file is followed (--lead-user USER names the presenter)")
            }
            return ClassroomSession(role: .follow(watcher, initial: initial), room: room, users: users, reader: reader)
        } catch {
            Output.error("influence: \(error.message)")
            throw CommandExit(status: Self.status(error.kind))
        }
    }

    static func status(_ kind: RoomProblem.Kind) -> Int32 {
        switch kind {
        case .name: return ExitStatus.usage
        case .unknownUser: return ExitStatus.noUser
        case .noFolder: return ExitStatus.noInput
        case .cannotWrite: return ExitStatus.cannotCreate
        case .untrusted: return ExitStatus.noPermission
        case .noRuntimeDirectory: return ExitStatus.config
        }
    }

    /// Ties the room to the explorer: the presenter publishes after each event, a follower wakes
    /// for the room's changes.
    func attach(to explorer: Explorer, terminal: CursesTerminal) {
        switch role {
        case .lead(let lead):
            explorer.asksBeforeQuitting = true
            let earlier = explorer.afterEvent
            explorer.afterEvent = { [self] explorer in
                earlier?(explorer)
                publish(explorer, lead)
                countFollowers(explorer)
            }
            countFollowers(explorer)
            publish(explorer, lead)
            var notice = "Leading room \(room.name) in \(room.folder)"
            if let owner = room.folderOwner(), owner != UInt32(geteuid()) {
                let me = users.name(of: UInt32(geteuid())) ?? String(geteuid())
                notice += "; followers need --lead-user \(me) (the folder is \(users.name(of: owner) ?? "uid \(owner)")'s)"
            }
            say(notice, on: explorer)
        case .follow(let watcher, let initial):
            explorer.follow(room: room.name.text, otherRooms: room.others())
            if let initial { apply(initial, to: explorer) }
            let earlier = explorer.onExternal
            explorer.onExternal = { [self] explorer in
                earlier?(explorer)
                if watcher.changed(), let state = reader?.changes() { apply(state, to: explorer) }
                watch(watcher, explorer: explorer, terminal: terminal)
            }
            watch(watcher, explorer: explorer, terminal: terminal)
        }
    }

    /// For the speaker's view: how many follow the room, counted at most every 5 seconds (a scan of /proc).
    private func countFollowers(_ explorer: Explorer) {
        guard explorer.showsFollowerCount else { return }
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let seconds = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
        guard seconds - lastCount >= 5 else { return }
        lastCount = seconds
        explorer.followers = room.followerCount()
    }

    /// The explorer has stopped: a presenter removes its record, so followers wait.
    func finish() {
        if case .lead(let lead) = role { lead.withdraw() }
    }

    private func publish(_ explorer: Explorer, _ lead: RoomLead) {
        if let problem = lead.publish(Array(explorer.position.record.utf8)) {
            say("Not published to room \(room.name): \(problem)", on: explorer)
        }
    }

    /// The terminal wakes for the watcher's descriptor, or the loop polls when there is none.
    private func watch(_ watcher: RoomWatcher, explorer: Explorer, terminal: CursesTerminal) {
        terminal.watchedDescriptor = watcher.descriptor
        explorer.externalPollInterval = watcher.descriptor == nil ? RoomWatcher.pollInterval : nil
    }

    /// What the follower does with the room as it is now.
    private func apply(_ state: RoomState, to explorer: Explorer) {
        switch state {
        case .record(let bytes):
            let (position, problems) = Position.read(bytes)
            if let position {
                explorer.lead(position, problems: problems)
            } else {
                say("Room file ignored: \(problems.joined(separator: ", "))", on: explorer)
            }
        case .missing:
            explorer.lead(nil)
            explorer.waiting(otherRooms: room.others())
            // "Room file ignored: ..." no longer holds: the status says the presenter is awaited.
            if let notice, explorer.state.message == notice { explorer.say(nil) }
        case .refused(let why):
            explorer.lead(nil)
            say("Room file ignored: \(why)", on: explorer)
        case .tooLong(let size):
            say("Room file ignored: too long (\(size) bytes; a record has at most \(Position.maximumSize))", on: explorer)
        }
    }

    /// A notice in the status line, made safe for the terminal (names and paths come from outside).
    private func say(_ message: String, on explorer: Explorer) {
        let clean = Sanitizer.clean(message, keepNewlines: false)
        notice = clean
        explorer.say(clean)
    }
}
