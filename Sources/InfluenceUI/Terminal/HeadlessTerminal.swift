/// A terminal with no screen: what happens comes from a script, every frame drawn is kept. For
/// testing the explorer's whole loop without a terminal.
public final class HeadlessTerminal: Terminal {
    /// One thing that happens at the terminal.
    public enum Step: Equatable, Sendable {
        case key(Key)
        case mouse(MouseEvent)
        /// The window takes this size.
        case resize(Size)
        case signal(Int32)
        case gone
        /// Time passes: the clock moves on this many seconds, and a tick arrives if one was asked for.
        case wait(Double)
        /// Something watched for the shell is ready.
        case external
    }

    public private(set) var size: Size
    public let supportsUnicode: Bool
    public private(set) var frames: [CellBuffer] = []
    /// The clock the explorer reads, in seconds; `.wait` moves it on.
    public private(set) var clock: Double = 0
    private var script: [Step]

    public init(size: Size, script: [Step], supportsUnicode: Bool = true) {
        self.size = size
        self.script = script
        self.supportsUnicode = supportsUnicode
    }

    public func draw(_ buffer: CellBuffer) { frames.append(buffer) }

    /// The next step of the script; `.gone` once it runs out, as a closed terminal would.
    public func nextEvent(timeout: Int?) -> TerminalEvent {
        guard !script.isEmpty else { return .gone }
        switch script.removeFirst() {
        case .wait(let seconds):
            clock += seconds
            return timeout == nil ? nextEvent(timeout: nil) : .tick
        case .key(let key): return .key(key)
        case .mouse(let event): return .mouse(event)
        case .resize(let newSize):
            size = newSize
            return .resize
        case .signal(let number): return .signal(number)
        case .gone: return .gone
        case .external: return .external
        }
    }
}
