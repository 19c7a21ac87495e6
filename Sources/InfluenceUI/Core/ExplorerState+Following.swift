import InfluenceText

/// A student's explorer following the presenter's: it goes where the presenter goes until the student
/// moves on their own (detached), and F brings it back.
public struct Following: Equatable, Sendable {
    /// The presenter's latest place; nil until the presenter is there (or after it went away).
    public var latest: Position?
    /// Whether the student has moved on their own.
    public var detached = false

    /// What the footer says, always, while following (with the glyphs' dash and ellipsis, so an
    /// ASCII terminal shows "--" and "...").
    public func status(_ glyphs: Glyphs) -> String {
        if detached { return "Detached from the presenter \(glyphs.dash) press F to follow" }
        return latest == nil ? "Waiting for the presenter\(glyphs.ellipsis)" : "Following the presenter"
    }
}

extension ExplorerState {
    /// Starts following: from now on `lead(_:env:)` moves the explorer.
    public mutating func follow() {
        following = Following()
    }

    /// The presenter's place changed (nil: the presenter is gone). Unless detached, go there.
    /// `problems`: what was wrong in the presenter's record, said in the footer.
    public mutating func lead(_ position: Position?, problems: [String] = [], env: Environment) {
        guard var follow = following else { return }
        follow.latest = position
        following = follow
        if let position, !follow.detached { go(to: position, env: env) }
        if !problems.isEmpty {
            message = "The presenter's record had \(problems.joined(separator: ", ")); left out"
        }
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
