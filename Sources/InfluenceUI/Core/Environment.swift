import InfluenceContent
import InfluenceText

/// What every screen reads: the content, the symbols to draw with, and the screens' caches (laid-out
/// pages, note labels, the search's index, list layouts). One per explorer, used from one thread.
public final class Environment {
    /// Everything the explorer shows, read the first time a screen needs it (the first screen draws
    /// from `home` alone, so the built-in content can be read after the first frame is shown).
    public var content: Content {
        if let loaded { return loaded }
        // The explorer reads it (`prepare`) right after its first frame and stops when it cannot,
        // before any event: no screen asks for content that could not be read.
        guard prepare(), let loaded else { preconditionFailure("the content is read by prepare() before any screen needs it") }
        return loaded
    }
    /// What the first screen shows.
    public let home: HomeSummary
    private var loaded: Content?
    private var load: () -> Content?
    public let glyphs: Glyphs
    /// Whether the explorer follows a presenter: its screens then leave out hints that invite a key
    /// of the student's own ("5 more · Space"), which would take it away from the class.
    public internal(set) var follows = false
    /// How many follow this explorer's room, when the shell counts them (a presenter's).
    public internal(set) var followers: Int?
    /// The lesson's clock, for the screens that show it (presenter mode's header).
    public internal(set) var lesson = LessonClock()
    /// The time now, in seconds on the explorer's clock (set by the explorer before each event; the
    /// core reads no clock itself).
    public internal(set) var now: Double = 0
    /// The screens' caches, one of each type (a list: see `footers`).
    private var caches: [(kind: ObjectIdentifier, cache: AnyObject)] = []
    /// Footers made so far, a few at most: a list (a dictionary's first use costs the start-up
    /// a scan of the binary's conformances, before the first frame).
    private var footers: [(key: FooterKey, hints: [KeyMap.FooterHint])] = []

    private struct FooterKey: Equatable {
        var kind: ScreenKind
        var typing: Bool
    }
    /// The last layout of each kind made, with what it was made for.
    private var layouts: [(kind: ObjectIdentifier, key: Any, value: Any)] = []

    public init(content: Content, glyphs: Glyphs) {
        loaded = content
        load = { content }
        home = HomeSummary(content)
        self.glyphs = glyphs
    }

    /// An environment whose content is read later, by `load` (nil when it cannot be read), the first
    /// time it is needed; `home` is what the first screen shows meanwhile.
    public init(home: HomeSummary, glyphs: Glyphs, load: @escaping () -> Content?) {
        self.home = home
        self.load = load
        self.glyphs = glyphs
    }

    /// Reads the content now, if it was not read yet (the explorer does this after its first
    /// frame); false when it cannot be read.
    @discardableResult
    public func prepare() -> Bool {
        if loaded != nil { return true }
        guard let made = load() else { return false }
        loaded = made
        load = { made }
        return true
    }

    /// The footer's entries for a screen's keys (leaving out letters where they type), worked out
    /// once per kind of screen.
    func footer(for kind: ScreenKind, typing: Bool) -> [KeyMap.FooterHint] {
        let key = FooterKey(kind: kind, typing: typing)
        if let known = footers.first(where: { $0.key == key }) { return known.hints }
        let made = KeyMap.footer(for: kind, typing: typing, content: home, glyphs: glyphs)
        footers.append((key, made))
        return made
    }

    /// The layout `make` makes for `key`, made again only when the key changes: a list screen asks
    /// for its layout on every key and every frame, and it changes only with the window's size (or
    /// a filter). One kept for each type of layout.
    func layout<Key: Equatable, Value>(for key: Key, make: () -> Value) -> Value {
        let kind = ObjectIdentifier(Value.self)
        let slot = layouts.firstIndex { $0.kind == kind }
        if let slot, let known = layouts[slot].key as? Key, known == key, let value = layouts[slot].value as? Value {
            return value
        }
        let made = make()
        if let slot { layouts[slot] = (kind, key, made) } else { layouts.append((kind, key, made)) }
        return made
    }

    /// The cache of a type (a screen's pages, its index), made by `make` the first time it is asked for.
    func cache<Cache: AnyObject>(_ make: () -> Cache) -> Cache {
        let kind = ObjectIdentifier(Cache.self)
        if let known = caches.first(where: { $0.kind == kind })?.cache as? Cache { return known }
        let made = make()
        caches.append((kind, made))
        return made
    }
}
