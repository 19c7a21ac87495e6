import InfluenceContent

/// The explorer: content plus state, fed events by a terminal and drawing frames for it.
public final class Explorer {
    public let content: Content
    public private(set) var state: ExplorerState
    /// Pages laid out so far, so keys and frames do not wrap the same text again.
    let pages = PageCache()

    public init(content: Content, size: Size) {
        self.content = content
        self.state = ExplorerState(size: size)
    }

    /// Handles one key.
    public func press(_ key: Key) {
        state.apply(key: key, content: content, pages: pages)
    }

    public func resize(to size: Size) {
        state.apply(.resize(size), content: content, pages: pages)
    }

    /// The frame for the current state.
    public func frame() -> CellBuffer {
        ExplorerView.render(state, content: content, pages: pages)
    }

    /// Runs until the user quits or the terminal goes away; returns the process exit code
    /// (0 for q, 130 for Ctrl-C, 128 + n for signal n, 129 when the terminal is gone).
    public func run(on terminal: Terminal) -> Int32 {
        resize(to: terminal.size)
        terminal.draw(frame())
        while true {
            switch terminal.nextEvent() {
            case .key(let key): press(key)
            case .resize: resize(to: terminal.size)
            case .signal(let number): return 128 + number
            case .gone: return 129
            }
            if let code = state.exitCode { return code }
            terminal.draw(frame())
        }
    }
}
