import InfluenceContent

/// The explorer: the environment and the state, fed events by a terminal and drawing frames for it.
public final class Explorer {
    public let env: Environment
    public private(set) var state: ExplorerState
    /// Where the mouse lands on the frame last drawn.
    private var lastFrame: Frame?

    public init(content: Content, size: Size, glyphs: Glyphs = .unicode) {
        env = Environment(content: content, glyphs: glyphs)
        state = ExplorerState(size: size)
    }

    public var content: Content { env.content }

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
            case .item(let index)?: perform(.select(index))
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

    /// Runs until the user quits or the terminal goes away; returns the process exit code
    /// (0 for q, 130 for Ctrl-C, 128 + n for signal n, 129 when the terminal is gone).
    public func run(on terminal: Terminal) -> Int32 {
        resize(to: terminal.size)
        terminal.draw(frame())
        while true {
            switch terminal.nextEvent() {
            case .key(let key): press(key)
            case .mouse(let event): mouse(event)
            case .resize: resize(to: terminal.size)
            case .signal(let number): return 128 + number
            case .gone: return 129
            }
            if let code = state.exitCode { return code }
            terminal.draw(frame())
        }
    }
}
