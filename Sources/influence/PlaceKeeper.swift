#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InfluenceContent
import InfluenceUI

/// Keeps the explorer's place and marks between runs, in the state file of its content: restores
/// them as the explorer starts, saves them a little after they change (so a crash or a SIGKILL loses
/// little) and when it ends.
///
/// Problems never stop the explorer: a state file that cannot be used is ignored, and one that
/// cannot be written leaves the explorer running; either is said once, in the footer (nothing goes
/// to stderr while curses owns the screen), or on stderr after the terminal is given back.
final class PlaceKeeper {
    /// Where a run starts.
    enum Start: Equatable {
        /// Where the last run left off, with its marks.
        case resume
        /// At home: the state file is not read (and is replaced at the end).
        case fresh
        /// At a case (or the framework) and stage, as `influence open` names them; the marks are kept.
        case open(caseKey: String, stage: String?)
        /// Where the command puts it (`influence present`); the marks are kept.
        case elsewhere
    }

    /// Seconds between saves while the place keeps changing.
    static let interval = 2.0

    private let start: Start
    /// Nil when there is nowhere to keep the state.
    private let file: StateFile?
    /// Where to go when the explorer starts.
    private var place: Position?
    private var marks: [Character: Position] = [:]
    /// Said in the footer when the explorer is up.
    private var notice: String?
    /// What the file holds, as far as this run knows (nil: unknown, or not a usable state).
    private var saved: SavedState?
    /// False when the file must be left alone (a newer program's).
    private var mayWrite = true
    /// Whether the explorer has said that the place cannot be saved.
    private var saidWriteProblem = false
    private var lastSave = -Double.infinity
    /// Whether the last save failed: the next is tried after a later event, not on a timer.
    private var lastSaveFailed = false
    /// Saves after every event, changed or not (INFLUENCE_TEST_SAVE_EVERY_EVENT=1, for tests only).
    private let everyEvent: Bool

    /// Reads the state file (unless `start` is `.fresh`).
    init(start: Start, contentFolder: String?, environment: [String: String]) {
        self.start = start
        everyEvent = environment["INFLUENCE_TEST_SAVE_EVERY_EVENT"] == "1"
        switch StateFile.locate(contentFolder: contentFolder, environment: environment) {
        case .failure(let failure):
            file = nil
            notice = "Place not saved \(failure.reason)"
            saidWriteProblem = true
            return
        case .success(let found):
            file = found
        }
        guard let file else { return }
        if start != .fresh {
            switch file.read() {
            case .missing: break
            case .state(let state):
                saved = state
                marks = state.marks
                if start == .resume { place = state.place }
            case .refused(let reason, let keep):
                notice = keep ? "Place not restored or saved: state from a newer influence"
                    : "Place not restored: state file \(reason)"
                mayWrite = !keep
            }
        }
    }

    /// Whether the first screen needs the whole content (a place other than home), not only what
    /// the home screen shows.
    var needsContent: Bool {
        if case .open = start { return true }
        return place.map { $0.view != .home } ?? false
    }

    /// Finds the place `influence open` names in the content; one it does not have is a usage error
    /// (64), before any screen is drawn.
    func resolve(in content: Content) throws(CommandExit) {
        if case .open(let caseKey, let stage) = start {
            place = try Self.position(caseKey: caseKey, stage: stage, content: content)
        }
    }

    /// Puts the explorer where the run starts, gives it the marks, makes the state folder (and
    /// clears what killed runs left in it), says what went wrong, and from now on saves after changes.
    func begin(_ explorer: Explorer) {
        if let file, mayWrite {
            if let failure = file.prepareFolder() {
                if notice == nil {
                    notice = "Place not saved \(failure.reason)"
                    saidWriteProblem = true
                }
            } else {
                file.removeStaleTemporaries()
            }
        }
        if let place { explorer.go(to: place) }
        explorer.marks = marks
        // A place that had to change says so (go(to:) did); a problem with the folder is then said
        // at the first save that fails.
        if let notice {
            if explorer.state.message == nil { explorer.say(notice) } else { saidWriteProblem = false }
        }
        lastSave = Self.clock()
        let earlier = explorer.afterEvent
        explorer.afterEvent = { [self] explorer in
            earlier?(explorer)
            afterEvent(explorer)
        }
    }

    /// After each event: saves when the place or a mark changed and the last save is `interval` old;
    /// otherwise asks the explorer to wake when it will be.
    func afterEvent(_ explorer: Explorer) {
        guard let file, mayWrite else { return }
        let current = SavedState(folder: file.content, place: explorer.position, marks: explorer.marks)
        guard everyEvent || current != saved else {
            explorer.wakeAfter = nil
            return
        }
        let now = Self.clock()
        let due = lastSave + Self.interval
        if everyEvent || now >= due {
            explorer.wakeAfter = nil
            lastSave = now
            if let failure = save(current, to: file), !saidWriteProblem {
                explorer.say("Place not saved \(failure.reason)")
                saidWriteProblem = true
            }
        } else {
            explorer.wakeAfter = lastSaveFailed ? nil : Int(((due - now) * 1000).rounded(.up)) + 1
        }
    }

    /// When the explorer has ended, before the terminal is given back (its signal handlers still
    /// only take note, so a second hang-up as the terminal closes cannot cut the save short): saves
    /// the place if it changed. Returns what to say on stderr once the terminal is given back, if
    /// the save failed and the explorer had not said so.
    func end(_ explorer: Explorer) -> String? {
        guard let file, mayWrite else { return nil }
        let current = SavedState(folder: file.content, place: explorer.position, marks: explorer.marks)
        guard current != saved, let failure = save(current, to: file), !saidWriteProblem else { return nil }
        return "influence: place not saved \(failure.reason)"
    }

    private func save(_ state: SavedState, to file: StateFile) -> StateFile.Failure? {
        let failure = file.write(state)
        if failure == nil { saved = state }
        lastSaveFailed = failure != nil
        return failure
    }

    /// The monotonic clock, in seconds.
    private static func clock() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// The place `influence open CASE [STAGE]` names: a case (number or id) at a stage (number, id or
    /// the stage bar's name; the first when nil), or the framework (or 0), at the stage's account when
    /// one is given. A name the content does not have is a usage error that lists what it has.
    static func position(caseKey: String, stage: String?, content: Content) throws(CommandExit) -> Position {
        let stageIndex = try stage.map { key throws(CommandExit) in
            let found = try PrintCommand.stage(key, in: content)
            return content.stages.firstIndex { $0.id == found.id } ?? 0
        }
        if caseKey.lowercased() == "framework" || caseKey == "0" {
            return .framework(stage: stageIndex)
        }
        guard let c = content.findCase(caseKey) else {
            let ids = content.cases.map { "\($0.number) \($0.id)" }.joined(separator: ", ")
            throw PrintCommand.usage("no case \"\(caseKey)\"; use one of: \(ids), or framework (0)")
        }
        guard let stageIndex else { return .reading(case: c.caseID, step: 0) }
        let stageID = content.stages[stageIndex].id
        guard let step = c.stages.firstIndex(where: { $0.stage == stageID }) else {
            throw PrintCommand.usage("case \(c.number) has no stage \"\(stage ?? "")\"")
        }
        return .reading(case: c.caseID, step: step)
    }
}
