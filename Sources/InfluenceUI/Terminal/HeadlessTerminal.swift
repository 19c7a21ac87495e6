/// A terminal with no screen: events come from a list, frames are kept. For tests and `render`.
public final class HeadlessTerminal: Terminal {
    public var size: Size
    public let supportsUnicode: Bool
    public private(set) var frames: [CellBuffer] = []
    private var events: [TerminalEvent]

    public init(size: Size, events: [TerminalEvent] = [], supportsUnicode: Bool = true) {
        self.size = size
        self.events = events
        self.supportsUnicode = supportsUnicode
    }

    public var lastFrame: CellBuffer? { frames.last }

    public func draw(_ buffer: CellBuffer) { frames.append(buffer) }

    /// The next queued event; `.gone` once they run out, as a closed terminal would.
    public func nextEvent() -> TerminalEvent {
        guard !events.isEmpty else { return .gone }
        return events.removeFirst()
    }

    /// Adds an event after those already queued (set `size` first for a `.resize`).
    public func queue(_ event: TerminalEvent) { events.append(event) }
}
