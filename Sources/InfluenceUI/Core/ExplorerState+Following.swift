import InfluenceText

/// A student's explorer following the presenter's: it goes where the presenter goes until the student
/// moves on their own (detached), and F brings it back.
public struct Following: Equatable, Sendable {
    /// The presenter's latest place; nil until the presenter is there (or after it went away).
    public var latest: Position?
    /// Whether the student has moved on their own.
    public var detached = false
    /// The room followed, and the other rooms in its folder (to see a name typed wrong).
    public var room: String?
    public var otherRooms: [String] = []
    /// Since when (on the explorer's clock) the follower has waited, while it waits.
    public var waitingSince: Double?
    /// Whether a presenter was there before the wait (it went away).
    public var presenterLeft = false

    public init(room: String? = nil, otherRooms: [String] = [], since: Double? = nil) {
        self.room = room
        self.otherRooms = otherRooms
        waitingSince = since
    }

    /// What the footer says, always, while following (with the glyphs' dash and ellipsis, so an
    /// ASCII terminal shows "--" and "..."): while waiting, for how long, for which room, and which
    /// others the folder has.
    public func status(_ glyphs: Glyphs, now: Double = 0) -> String {
        if detached { return "Detached from the presenter \(glyphs.dash) press F to follow" }
        guard latest == nil else { return "Following the presenter" }
        var text = "Waiting for the presenter\(glyphs.ellipsis)"
        if let waitingSince {
            let waited = Self.duration(now - waitingSince)
            text += presenterLeft ? " gone \(waited)" : " \(waited)"
        }
        if let room {
            text += " in \(room); " + (otherRooms.isEmpty ? "no other room here" : "also here: " + otherRooms.joined(separator: ", "))
        }
        return text
    }

    /// "12 s", "3 min", "1 h 5 min".
    static func duration(_ seconds: Double) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min" }
        return "\(s / 3600) h \(s % 3600 / 60) min"
    }
}

extension ExplorerState {
    /// Starts following: from now on `lead(_:env:)` moves the explorer.
    public mutating func follow(_ following: Following = Following()) {
        self.following = following
        asksBeforeQuitting = true
    }

    /// The presenter's place changed (nil: the presenter is gone). Unless detached, go there.
    /// `problems`: what was wrong in the presenter's record, said in the footer.
    public mutating func lead(_ position: Position?, problems: [String] = [], env: Environment) {
        guard var follow = following else { return }
        // The same record again (the presenter pressed a key that moved nothing): nothing to do, so
        // a note the student closed stays closed.
        var place = position, latest = follow.latest
        place?.clock = nil
        latest?.clock = nil
        let unchanged = place != nil && place == latest
        if position == nil, follow.latest != nil {
            follow.waitingSince = env.now
            follow.presenterLeft = true
        } else if position != nil {
            follow.waitingSince = nil
        }
        follow.latest = position
        following = follow
        defer {
            if !problems.isEmpty { message = "The presenter's record had \(problems.joined(separator: ", ")); left out" }
        }
        guard let position, !follow.detached else { return }
        if unchanged {
            // The place is the same; the presenter's clock may not be (going to a place sets it).
            if let clock = position.clock { lesson = LessonClock(clock, at: env.now) }
            return
        }
        // What the student is reading in a box stays open: the move happens beneath it.
        let boxes = stack[pages.endIndex...]
        guard !boxes.isEmpty else { return go(to: position, env: env) }
        let before = self.position(env: env)
        go(to: position, env: env)
        stack += boxes
        if self.position(env: env) != before { message = "The presenter moved \(env.glyphs.dash) Esc to see" }
    }

    /// F: back to following, at the presenter's place.
    mutating func rejoin(env: Environment) {
        guard var follow = following else {
            message = "Not following a presenter (influence --follow ROOM follows one)"
            return
        }
        follow.detached = false
        following = follow
        if let latest = follow.latest { go(to: latest, env: env) }
    }
}
