import InfluenceContent

/// The lesson's one clock: it starts with the first move in presenter mode, runs on when presenter
/// mode is left and entered again, travels to every follower and into the saved place, and can
/// count down ("37:20 left"). `t` pauses and resumes it, `T` sets it back to zero, `+` and `-` add
/// or take away five minutes to count down from. It keeps how long each stage of each case was
/// presented, for the teacher at the end. Times are the explorer's clock, in seconds.
public struct LessonClock: Equatable, Sendable {
    /// When it last started running; nil while stopped.
    var startedAt: Double?
    /// Time run before `startedAt`.
    var banked: Double = 0
    public private(set) var paused = false
    /// The minutes the lesson has, when counting down.
    public private(set) var minutes: Int?
    /// The seconds each stage was shown in presenter mode, in the order first shown.
    public private(set) var perStage: [(stage: Chosen, seconds: Double)] = []
    /// The stage shown since `shownSince`, while the clock runs in presenter mode.
    var shown: Chosen?
    var shownSince: Double?

    public init() {}

    public static func == (a: LessonClock, b: LessonClock) -> Bool {
        a.startedAt == b.startedAt && a.banked == b.banked && a.paused == b.paused && a.minutes == b.minutes
            && a.shown == b.shown && a.shownSince == b.shownSince
            && a.perStage.elementsEqual(b.perStage) { $0.stage == $1.stage && $0.seconds == $1.seconds }
    }

    public var isRunning: Bool { startedAt != nil }

    /// The explorer's clock changed base (a clock restored before the terminal's was read): the
    /// same elapsed time and stage times, on the new clock.
    mutating func shift(by seconds: Double) {
        startedAt = startedAt.map { $0 + seconds }
        shownSince = shownSince.map { $0 + seconds }
    }
    /// Whether the lesson has begun (the clock ran at some time).
    public var hasBegun: Bool { startedAt != nil || banked > 0 || paused }

    mutating func startIfNew(at now: Double) {
        if startedAt == nil, !paused, banked == 0 { startedAt = now }
    }

    mutating func toggle(at now: Double) {
        if let start = startedAt {
            banked += now - start
            startedAt = nil
            paused = true
        } else {
            startedAt = now
            paused = false
        }
    }

    mutating func reset(at now: Double) {
        banked = 0
        perStage = []
        if startedAt != nil { startedAt = now }
        if shown != nil { shownSince = now }
    }

    /// Counts down from `minutes` (none for 0 or fewer).
    mutating func countDown(minutes: Int) {
        self.minutes = minutes > 0 ? minutes : nil
    }

    /// Five minutes more (or less) to count down from; none below five.
    mutating func adjust(minutes delta: Int) {
        let next = (minutes ?? 0) + delta
        minutes = next > 0 ? next : nil
    }

    public func elapsed(at now: Double) -> Double { banked + (startedAt.map { max(0, now - $0) } ?? 0) }

    /// The stage presenter mode shows now (nil: not in presenter mode): the time since the last
    /// change goes to the stage shown until now, while the clock runs.
    mutating func show(_ stage: Chosen?, at now: Double) {
        if let shown, let since = shownSince, isRunning {
            let seconds = max(0, now - since)
            if let at = perStage.firstIndex(where: { $0.stage == shown }) {
                perStage[at].seconds += seconds
            } else if seconds > 0 {
                perStage.append((shown, seconds))
            }
        }
        shown = stage
        shownSince = stage == nil ? nil : now
    }

    /// "12:40", "1:02:03"; counting down, "37:20 left" and then "2:10 over"; "paused" while paused.
    public func text(at now: Double) -> String {
        let elapsed = Int(elapsed(at: now))
        var text: String
        if let minutes {
            let left = minutes * 60 - elapsed
            text = left >= 0 ? "\(Self.clock(left)) left" : "\(Self.clock(-left)) over"
        } else {
            text = Self.clock(elapsed)
        }
        if paused { text += " paused" }
        return text
    }

    static func clock(_ seconds: Int) -> String {
        seconds >= 3600
            ? "\(seconds / 3600):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
            : "\(seconds / 60):\(two(seconds % 60))"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The clock as a position carries it: whole seconds run, whether it runs, the minutes to count down from.
    func reading(at now: Double) -> Position.Clock? {
        hasBegun ? Position.Clock(elapsed: Int(elapsed(at: now)), running: isRunning, minutes: minutes) : nil
    }

    /// The clock a position carries (a presenter's, or the saved place's), running on from now.
    init(_ reading: Position.Clock, at now: Double) {
        banked = Double(reading.elapsed)
        startedAt = reading.running ? now : nil
        paused = !reading.running
        minutes = reading.minutes
    }
}

extension Position {
    /// The lesson clock a position carries: to followers, and into the saved place.
    public struct Clock: Equatable, Sendable {
        public var elapsed: Int
        public var running: Bool
        public var minutes: Int?

        public init(elapsed: Int, running: Bool, minutes: Int?) {
            self.elapsed = elapsed
            self.running = running
            self.minutes = minutes
        }
    }
}
