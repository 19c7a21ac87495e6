import InfluenceContent
import InfluenceText

/// The explorer: the environment and the state, fed events by a terminal and drawing frames for it.
public final class Explorer {
    public let env: Environment
    public internal(set) var state: ExplorerState
    /// Where the mouse lands on the frame last drawn.
    private var lastFrame: Frame?

    public init(content: Content, size: Size, glyphs: Glyphs = .unicode) {
        env = Environment(content: content, glyphs: glyphs)
        state = ExplorerState(size: size)
    }

    /// An explorer that draws its first screen from `home` and reads the whole content with `load`
    /// just after (the built-in content: reading it all takes most of the start-up time); when
    /// `load` cannot read it (nil), `run` stops at once with `contentUnreadable`.
    public init(home: HomeSummary, load: @escaping () -> Content?, size: Size, glyphs: Glyphs = .unicode) {
        env = Environment(home: home, glyphs: glyphs, load: load)
        state = ExplorerState(size: size)
    }

    /// Sets the clock the screens read (`env.now`).
    public func setTime(_ seconds: Double) { env.now = seconds }

    public var content: Content { env.content }

    /// Called after every event the loop handles, with the explorer (a presenter publishes its place
    /// from here; the state file is kept from here).
    public var afterEvent: ((Explorer) -> Void)?
    /// Called when the terminal reports that something it watches for the shell changed
    /// (`.external`): a presenter's record, say.
    public var onExternal: ((Explorer) -> Void)?
    /// For a shell that watches something it cannot wait on (a room file where there is no
    /// inotify): the loop wakes at least this often, in milliseconds, and calls `onExternal`.
    public var externalPollInterval: Int?
    /// When set, the loop waits at most this many milliseconds for an event, then ticks (and calls
    /// `afterEvent`): for work due later, such as saving the place a little after the last key.
    public var wakeAfter: Int?

    /// Where the explorer is: what a presenter publishes and a restart restores.
    public var position: Position { state.place(env: env) }

    /// The places marked with m and a letter.
    public var marks: [Character: Position] {
        get { state.marks }
        set { state.marks = newValue }
    }

    /// Goes to a position (a resumed place, a mark); says in the footer what had to change.
    public func go(to position: Position) {
        state.go(to: position, env: env)
        lastFrame = nil
    }

    /// Whether q asks before quitting: set for a presenter a class follows (a follower asks anyway).
    public var asksBeforeQuitting: Bool {
        get { state.asksBeforeQuitting }
        set { state.asksBeforeQuitting = newValue }
    }

    /// Whether the screen shown wants the followers counted (the speaker's view): the count reads
    /// every process's command line, so it is made only then.
    public var showsFollowerCount: Bool { state.top.model.showsFollowerCount }

    /// How many follow this presenter's room (nil: not counted), for the speaker's view.
    public var followers: Int? {
        get { env.followers }
        set { env.followers = newValue }
    }

    /// Counts the lesson down from `minutes` (`influence present --minutes N`).
    public func countDown(minutes: Int) {
        state.lesson.countDown(minutes: minutes)
    }

    /// How the lesson went, for the teacher when the explorer ends: its length, and the time each
    /// stage was presented, in the order first shown; nil when the clock never ran, or for a follower.
    public func lessonSummary() -> String? {
        guard state.following == nil, state.lesson.hasBegun else { return nil }
        var lesson = state.lesson
        lesson.show(nil, at: env.now)
        var lines = ["The lesson: \(LessonClock.clock(Int(lesson.elapsed(at: env.now)))) on the clock"]
        for (stage, seconds) in lesson.perStage where seconds >= 1 {
            guard let id = stage.caseID, let c = env.content.case(id) else { continue }
            let step = stage.stage ?? 0
            let name = c.stages.indices.contains(step)
                ? env.content.stage(id: c.stages[step].stage).map { "\($0.number) \($0.title)" } ?? c.stages[step].stage
                : "after the stages (questions, the grid)"
            lines.append("  \(LessonClock.clock(Int(seconds)))  Case \(c.number) \(c.shortTitle), \(name)")
        }
        return lines.joined(separator: "\n")
    }

    /// Follows a presenter from now on: the room's name and the others in its folder, for the
    /// status line while waiting.
    public func follow(room: String? = nil, otherRooms: [String] = []) {
        state.follow(Following(room: room, otherRooms: otherRooms, since: env.now))
    }

    /// The other rooms of the folder, as they are now, for a follower's status line while it waits.
    public func waiting(otherRooms: [String]) {
        state.following?.otherRooms = otherRooms
    }

    /// The presenter's latest place (nil when it went away), and what in its record was left out.
    public func lead(_ position: Position?, problems: [String] = []) {
        state.lead(position, problems: problems, env: env)
        lastFrame = nil
    }

    /// Says something in the footer until the next key (a notice from the shell); nil takes it back.
    public func say(_ message: String?) { state.message = message }

    /// Handles one key.
    public func press(_ key: Key) {
        state.apply(key: key, env: env)
    }

    /// Handles one action, as a key or the mouse would ask for it.
    public func perform(_ action: Action) {
        state.apply(action, env: env)
    }

    /// A click or a wheel turn: what it means depends on what was drawn under it.
    public func mouse(_ event: MouseEvent) {
        let frame = lastFrame ?? state.render(env: env)
        switch event.kind {
        case .wheelUp, .wheelDown:
            let pane = frame.target(x: event.x, y: event.y) { if case .pane = $0 { return true } else { return false } }
            if case .pane(let p)? = pane { perform(.scroll(p, event.kind == .wheelUp ? -3 : 3)) }
        case .click:
            switch frame.target(x: event.x, y: event.y) {
            case .number(let n)?: perform(.number(n))
            case .action(let action)?: perform(action)
            default: break
            }
        }
    }

    public func resize(to size: Size) {
        state.resize(to: size, env: env)
        lastFrame = nil
    }

    /// The frame for the current state.
    public func frame() -> CellBuffer {
        let frame = state.render(env: env)
        lastFrame = frame
        return frame.buffer
    }

    /// How long the loop may wait for an event, in milliseconds (nil: for ever).
    private var timeout: Int? {
        // A follower waiting for its presenter says for how long: a wake every 10 s keeps it true.
        let waiting = state.following.map { $0.latest == nil && $0.waitingSince != nil } == true ? 10_000 : nil
        return [state.wantsTicks ? 1000 : nil, wakeAfter, externalPollInterval.map { max(1, $0) }, waiting].compactMap { $0 }.min()
    }

    /// The exit code of a run whose content could not be read after the first frame (EX_DATAERR).
    public static let contentUnreadable: Int32 = 65

    /// Runs until the user quits or the terminal goes away; returns the process exit code
    /// (0 for q, 130 for Ctrl-C, 128 + n for signal n, 129 when the terminal is gone,
    /// `contentUnreadable` when the content read after the first frame cannot be).
    public func run(on terminal: Terminal) -> Int32 {
        // A lesson clock restored before the terminal's clock was read runs on from here.
        let before = env.now
        env.now = terminal.clock
        state.lesson.shift(by: env.now - before)
        // A follower starts waiting now, on the terminal's clock.
        if var follow = state.following, follow.latest == nil, !follow.presenterLeft {
            follow.waitingSince = env.now
            state.following = follow
        }
        resize(to: terminal.size)
        terminal.draw(frame())
        guard env.prepare() else { return Self.contentUnreadable }
        while true {
            let event = terminal.nextEvent(timeout: timeout)
            env.now = terminal.clock
            // A wake-up for the shell's watch (its descriptor, or a poll) redraws only if it changed
            // something, or if the screen shows the time.
            let polled = event == .tick && externalPollInterval != nil && !state.wantsTicks
            let before: ExplorerState? = event == .external || polled ? state : nil
            switch event {
            case .tick: if externalPollInterval != nil { onExternal?(self) }
            case .external: onExternal?(self)
            case .key(let key): press(key)
            case .mouse(let event): mouse(event)
            case .resize: resize(to: terminal.size)
            case .signal(let number): return 128 + number
            case .gone: return 129
            }
            afterEvent?(self)
            if let code = state.exitCode { return code }
            if let before, state == before { continue }
            terminal.draw(frame())
        }
    }
}
