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
    /// What this run last saved, or read whole (nil: nothing yet, or the file was not whole).
    private var saved: SavedState?
    /// The marks the run started with: those that differ later are the ones it set.
    private var loadedMarks: [Character: Position] = [:]
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
            case .partial(let salvage):
                // What was whole is used; `saved` stays unknown, so the first save writes a whole
                // file (keeping the damaged one aside).
                marks = salvage.marks
                if start == .resume { place = salvage.place }
                notice = Self.notice(dropping: salvage.dropped)
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
        loadedMarks = marks
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
            let result = save(current, to: file)
            if let failure = result.failure, !saidWriteProblem {
                explorer.say("Place not saved \(failure.reason)")
                saidWriteProblem = true
            } else if let aside = result.keptAside {
                explorer.say("The damaged state file is kept as \(aside)")
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
        guard current != saved else { return nil }
        let result = save(current, to: file)
        if let failure = result.failure {
            return saidWriteProblem ? nil : "influence: place not saved \(failure.reason)"
        }
        return result.keptAside.map { "influence: the damaged state file is kept as \($0)" }
    }

    private func save(_ state: SavedState, to file: StateFile) -> StateFile.Saved {
        let result = file.save(state, loaded: loadedMarks)
        if result.failure == nil { saved = state }
        lastSaveFailed = result.failure != nil
        return result
    }

    /// What the footer says of a file read in part: "Mark b dropped: state file is damaged
    /// (line 16)"; "Place not restored, …" first when the place was dropped.
    static func notice(dropping dropped: [SavedState.Dropped]) -> String? {
        guard let first = dropped.first else { return nil }
        let letters = dropped.compactMap { drop -> Character? in
            if case .mark(let letter) = drop.part { return letter } else { return nil }
        }
        var parts: [String] = []
        if !letters.isEmpty {
            let names = letters.map(String.init)
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
            parts.append((letters.count == 1 ? "mark " : "marks ") + list + " dropped")
        }
        if let line = dropped.lazy.compactMap({ drop -> Int? in
            if case .lines(let line) = drop.part { return line } else { return nil }
        }).first {
            parts.append("lines from \(line) dropped")
        }
        if dropped.contains(where: { $0.part == .place }) { parts.insert("Place not restored", at: 0) }
        var text = parts.joined(separator: ", ")
        if let initial = text.first { text = initial.uppercased() + text.dropFirst() }
        return text + ": state file " + first.problem.description
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
