/// The whole state of the explorer: the screens opened so far (the home screen at the bottom, the one
/// shown on top), the window size, a message for the footer, and the exit code once the user quits.
public struct ExplorerState: Equatable, Sendable {
    /// The smallest window the explorer draws in; below it a message asks for more room.
    public static let minimumSize = Size(width: 60, height: 16)
    /// Screens kept for `back`; the oldest above the home screen are dropped beyond this.
    static let maximumDepth = 64

    public private(set) var size: Size
    /// Never empty: the home screen is at the bottom, the screen shown (or the box) on top.
    public internal(set) var stack: [Screen]
    /// Shown in the footer until the next key: why a key did nothing, say.
    public internal(set) var message: String?
    /// Set when the explorer should stop, with the process exit code.
    public private(set) var exitCode: Int32?
    /// The last search's words: `/` offers them again.
    public private(set) var lastQuery = ""
    /// Places marked with m and a letter, to go back to with ' and the letter.
    public internal(set) var marks: [Character: Position] = [:]
    /// Set after m or ': the next key names a mark.
    public private(set) var pending: Action?
    /// Set while following a presenter.
    public internal(set) var following: Following?
    /// The lesson's clock (presenter mode's, kept while it is left, and a presenter's for a follower).
    public internal(set) var lesson = LessonClock()
    /// Whether q asks before quitting (a class follows this explorer, or it follows a presenter):
    /// q again quits, any other key stays.
    public var asksBeforeQuitting = false

    public init(size: Size) {
        self.size = size
        stack = [ScreenKind.root]
    }

    /// The screen on top: the one keys go to.
    public var top: Screen { stack.last ?? ScreenKind.root }

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
        if let prefix = pending {
            pending = nil
            if prefix == .quit {
                // q again quits (Ctrl-C as ever with 130); any other key stays, and does nothing else.
                if key == .char("q") { exitCode = 0 } else if key == .ctrlC { exitCode = 130 }
                return
            }
            mark(prefix, key: key, env: env)
            return
        }
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
        guard let action = KeyMap.action(for: key, on: top.kind) else {
            let name = key == .char(" ") ? "Space" : key.name(env.glyphs)
            if top.isBox, case .action(.open)? = KeyMap.everywhere.bindings.first(where: { $0.keys.contains(key) })?.command {
                message = "\(name) opens a view: Esc closes the box first"
            } else {
                message = "\(name) does nothing here; ? shows the keys"
            }
            return
        }
        if action == .quit, asksBeforeQuitting {
            pending = .quit
            message = following != nil
                ? "You follow a presenter: q again quits, any other key stays"
                : "Your class follows you: q again quits, any other key stays"
            return
        }
        apply(action, env: env)
    }

    /// Applies an action: the explorer's own (quit, help, back, the screens any key opens), or
    /// the top screen's.
    public mutating func apply(_ action: Action, env: Environment) {
        // Looking (a box opened, scrolled or closed) never detaches a follower: only a move of the
        // pages beneath the boxes does.
        let pagesBefore = following.map { _ in pages }
        if top.model.runsLessonClock { lesson.startIfNew(at: env.now) }
        defer {
            lesson.show(top.model.runsLessonClock ? top.chosen(env: env) : nil, at: env.now)
            if let pagesBefore, var follow = following, !follow.detached, action.detachesFollower, pages != pagesBefore {
                follow.detached = true
                following = follow
            }
        }
        switch action {
        case .rejoin:
            rejoin(env: env)
        case .quit:
            exitCode = 0
        case .interrupt:
            exitCode = 130
        case .back:
            if stack.count > 1 { back(env: env) } else { message = "This is the home screen; q quits" }
        case .beginMark, .beginJump:
            pending = action
            message = action == .beginMark ? "Mark this place: type a letter" : "Go to the mark: type its letter"
        case .nextHit, .previousHit:
            step(search: action == .nextHit ? 1 : -1, env: env)
        case .open(let kind):
            open(kind, env: env)
        case .toggleTimer:
            lesson.toggle(at: env.now)
        case .resetTimer:
            lesson.reset(at: env.now)
        case .moreTime, .lessTime:
            lesson.adjust(minutes: action == .moreTime ? 5 : -5)
        case .leave:
            open(top.kind, env: env)
        default:
            var screen = top
            let navigation = screen.update(action, env: env, area: area)
            stack[stack.count - 1] = screen
            if let navigation { go(navigation, env: env) }
        }
    }

    /// The letter after m or ': sets the mark here, or opens its place over this screen (Esc goes back).
    mutating func mark(_ prefix: Action, key: Key, env: Environment) {
        guard case .char(let letter) = key, letter.isASCII, letter.isLetter else {
            if key != .escape { message = "Marks are letters, a to z" }
            return
        }
        if prefix == .beginMark {
            marks[letter] = position(env: env)
            message = "Mark \(letter) set here; \u{2019}\(letter) comes back to it"
            return
        }
        guard let place = marks[letter] else {
            message = "No mark \(letter); m and a letter set one"
            return
        }
        let (screen, problem) = Screen.restoring(place, env: env, area: area)
        if let screen { push(screen, env: env) } else { stack.removeSubrange(1...) }
        message = problem ?? "Mark \(letter)"
    }

    /// The screens up to the last that is not a box: what a follower's place is.
    var pages: ArraySlice<Screen> { stack.prefix(through: stack.lastIndex { !$0.isBox } ?? 0) }

    /// Opens a kind of screen over this one, by its key. On a screen of that kind already, the
    /// screen says what its key does again (presenter mode and help close; most do nothing).
    mutating func open(_ kind: ScreenKind, env: Environment) {
        if top.kind == kind {
            let beneath = stack.count > 1 ? stack[stack.count - 2] : nil
            switch top.model.reopened(beneath: beneath, env: env, area: area) {
            case .close?: back(env: env)
            case .replace(let screen)?: stack[stack.count - 1] = screen
            case .closeReplacingBeneath(let screen)?:
                stack.removeLast()
                stack[stack.count - 1] = screen
            case nil: break
            }
            return
        }
        guard let open = kind.open else { return }
        push(open(ScreenKind.Opening(from: top, env: env, area: area, lastQuery: lastQuery)), env: env)
    }

    /// Carries out what a screen asked for.
    mutating func go(_ navigation: Navigation, env: Environment) {
        switch navigation {
        case .push(let screen): push(screen, env: env)
        case .pushAll(let screens): for screen in screens { push(screen, env: env) }
        case .go(let position):
            let (screen, problem) = Screen.restoring(position, env: env, area: area)
            if let screen { push(screen, env: env) }
            message = problem
        case .back: back(env: env)
        case .message(let text): message = text
        }
    }

    mutating func push(_ screen: Screen, env: Environment) {
        stack.append(screen)
        if stack.count > Self.maximumDepth { stack.remove(at: 1) }
    }

    /// Closes the top screen; the one beneath is shown as it was left. A place opened from a search
    /// closes with its search: Esc returns to where the search started (`/` offers the words again).
    mutating func back(env: Environment) {
        guard stack.count > 1 else { return }
        var closed = stack.removeLast()
        if let query = closed.model.searchQuery { lastQuery = query }
        if stack.count > 1, let query = top.model.searchQuery {
            lastQuery = query
            closed = stack.removeLast()
        }
        stack[stack.count - 1].returned(from: closed, env: env)
    }

    /// A new window size: every screen, shown or waiting beneath, keeps the same text in view.
    public mutating func resize(to newSize: Size, env: Environment) {
        let old = area
        size = newSize
        for index in stack.indices { stack[index].resize(env: env, from: old, to: area) }
    }

    /// The frame for this state: the topmost page and any boxes over it, then the footer.
    /// Whether the explorer redraws every second without a key: the screen on top changes with
    /// time, or shows the lesson's clock while it runs.
    public var wantsTicks: Bool { top.wantsTicks || (top.model.runsLessonClock && lesson.isRunning) }

    public func render(env: Environment) -> Frame {
        env.follows = following != nil
        env.lesson = lesson
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
