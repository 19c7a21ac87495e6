/// The whole state of the explorer: the screens opened so far (the home screen at the bottom, the one
/// shown on top), the window size, a message for the footer, and the exit code once the user quits.
public struct ExplorerState: Equatable, Sendable {
    /// The smallest window the explorer draws in; below it a message asks for more room.
    public static let minimumSize = Size(width: 60, height: 16)
    /// Screens kept for `back`; the oldest above the home screen are dropped beyond this.
    static let maximumDepth = 64

    public private(set) var size: Size
    /// Never empty: the home screen is at the bottom, the screen shown (or the box) on top.
    public private(set) var stack: [Screen]
    /// Shown in the footer until the next key: why a key did nothing, say.
    public private(set) var message: String?
    /// Set when the explorer should stop, with the process exit code.
    public private(set) var exitCode: Int32?

    public init(size: Size) {
        self.size = size
        stack = [.home(HomeModel())]
    }

    /// The screen on top: the one keys go to.
    public var top: Screen { stack.last ?? .home(HomeModel()) }

    /// Where screens draw: the whole window but the footer row.
    public var area: Rect { Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 1)) }

    /// Whether the window is big enough to draw the explorer.
    public var fits: Bool {
        size.width >= Self.minimumSize.width && size.height >= Self.minimumSize.height
    }

    /// Applies a key through the key table; a key that does nothing here says so in the footer.
    /// A screen that takes text (a search) gets printable characters and Backspace as typing.
    public mutating func apply(key: Key, env: Environment) {
        message = nil
        if top.takesText {
            if case .char(let c) = key, !c.isASCII || (c.asciiValue ?? 0) >= 0x20 {
                apply(.type(c), env: env)
                return
            }
            if key == .backspace {
                apply(.erase, env: env)
                return
            }
        }
        guard let action = KeyMap.action(for: key, in: top.context) else {
            let name = key == .char(" ") ? "Space" : key.name(env.glyphs)
            message = "\(name) does nothing here; ? shows the keys"
            return
        }
        apply(action, env: env)
    }

    /// Applies an action: the explorer's own (quit, help, back, the screens any key opens), or
    /// the top screen's.
    public mutating func apply(_ action: Action, env: Environment) {
        switch action {
        case .quit:
            exitCode = 0
        case .interrupt:
            exitCode = 130
        case .toggleHelp:
            if case .help = top { back(env: env) } else { push(.help(HelpModel()), env: env) }
        case .back:
            if stack.count > 1 { back(env: env) } else { message = "This is the home screen; q quits" }
        case .open(let view):
            if top.shows(view) { return }
            push(Screen.opening(view, env: env, area: area, from: top), env: env)
        default:
            var screen = top
            let navigation = screen.update(action, env: env, area: area)
            stack[stack.count - 1] = screen
            if let navigation { go(navigation, env: env) }
        }
    }

    /// Carries out what a screen asked for.
    mutating func go(_ navigation: Navigation, env: Environment) {
        switch navigation {
        case .push(let screen): push(screen, env: env)
        case .back: back(env: env)
        case .message(let text): message = text
        }
    }

    mutating func push(_ screen: Screen, env: Environment) {
        stack.append(screen)
        if stack.count > Self.maximumDepth { stack.remove(at: 1) }
    }

    /// Closes the top screen; the one beneath is shown as it was left.
    mutating func back(env: Environment) {
        guard stack.count > 1 else { return }
        let closed = stack.removeLast()
        stack[stack.count - 1].returned(from: closed, env: env)
    }

    /// A new window size: every screen, shown or waiting beneath, keeps the same text in view.
    public mutating func resize(to newSize: Size, env: Environment) {
        let old = area
        size = newSize
        for index in stack.indices { stack[index].resize(env: env, from: old, to: area) }
    }

    /// The frame for this state: the topmost page and any boxes over it, then the footer.
    public func render(env: Environment) -> Frame {
        var frame = Frame(size: size)
        guard fits else {
            TooSmallView.render(size: size, into: &frame)
            return frame
        }
        let base = stack.lastIndex { !$0.isBox } ?? 0
        for screen in stack[base...] { screen.render(env: env, area: area, into: &frame) }
        Footer.render(state: self, env: env, row: Rect(x: 0, y: size.height - 1, width: size.width, height: 1),
                      into: &frame)
        return frame
    }
}
