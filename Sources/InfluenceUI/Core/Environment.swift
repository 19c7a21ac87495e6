import InfluenceContent

/// What every screen reads: the content, the symbols to draw with, and caches of laid-out pages and
/// note labels. One per explorer, used from one thread.
public final class Environment {
    /// Everything the explorer shows, read the first time a screen needs it (the first screen draws
    /// from `home` alone, so the built-in content can be read after the first frame is shown).
    public var content: Content {
        if let loaded { return loaded }
        let made = load()
        loaded = made
        load = { made }
        return made
    }
    /// What the first screen shows.
    public let home: HomeSummary
    private var loaded: Content?
    private var load: () -> Content
    public let glyphs: Glyphs
    /// The time now, in seconds on the explorer's clock (set by the explorer before each event; the
    /// core reads no clock itself).
    public internal(set) var now: Double = 0
    private let pages = PageCache()
    private var index: SearchIndex?
    /// Footers made so far, a few at most: a list (a dictionary's first use costs the start-up
    /// a scan of the binary's conformances, before the first frame).
    private var footers: [(key: FooterKey, hints: [KeyMap.FooterHint])] = []

    private struct FooterKey: Equatable {
        var context: KeyContext
        var typing: Bool
    }
    private var labels: [LabelKey: NoteLabels] = [:]
    /// The last layout of each kind made, with what it was made for.
    private var layouts: [(kind: ObjectIdentifier, key: Any, value: Any)] = []

    private struct LabelKey: Hashable {
        var subject: ReadingSubject
        var stage: Int
    }

    public init(content: Content, glyphs: Glyphs) {
        loaded = content
        load = { content }
        home = HomeSummary(content)
        self.glyphs = glyphs
    }

    /// An environment whose content is read later, by `load`, the first time it is needed; `home` is
    /// what the first screen shows meanwhile.
    public init(home: HomeSummary, glyphs: Glyphs, load: @escaping () -> Content) {
        self.home = home
        self.load = load
        self.glyphs = glyphs
    }

    /// Reads the content now, if it was not read yet (the explorer does this after its first frame).
    public func prepare() { _ = content }

    /// The note labels of a case, of the argument, or of one stage across the cases (at `step`), worked out once.
    public func labels(for subject: ReadingSubject, step: Int = 0) -> NoteLabels {
        let key = LabelKey(subject: subject, stage: subject == .across ? step : 0)
        if let known = labels[key] { return known }
        let made: NoteLabels
        switch subject {
        case .argument:
            made = NoteLabels(argumentOf: content)
        case .case(let id):
            made = content.case(id).map { NoteLabels(case: $0, in: content) }
                ?? NoteLabels(argumentOf: content)
        case .across:
            let stage = content.stages.indices.contains(step) ? content.stages[step].id : ""
            made = NoteLabels(stage: stage, acrossCasesOf: content)
        }
        labels[key] = made
        return made
    }

    /// The footer's entries for a screen's keys (leaving out letters where they type), worked out
    /// once per kind of screen.
    func footer(for context: KeyContext, typing: Bool) -> [KeyMap.FooterHint] {
        let key = FooterKey(context: context, typing: typing)
        if let known = footers.first(where: { $0.key == key }) { return known.hints }
        let made = KeyMap.footer(for: context, typing: typing, content: home, glyphs: glyphs)
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

    /// Everything searchable, indexed the first time a search needs it.
    var searchIndex: SearchIndex {
        if let index { return index }
        let made = SearchIndex(env: self)
        index = made
        return made
    }

    /// The page for a case at a stage (or a section of the argument) laid out in `area`; nil for a
    /// case the content does not have.
    public func page(_ subject: ReadingSubject, step: Int, area: Rect) -> Page? {
        pages.page(subject, step: step, size: area.size) {
            PageBuilder(env: self, layout: ReadingLayout(area: Rect(area.size)))
                .page(for: subject, step: step, labels: labels(for: subject, step: step))
        }
    }
}

/// What a reading screen shows: one case, the article's argument, or one stage across all the cases.
public enum ReadingSubject: Hashable, Sendable {
    case argument
    case `case`(CaseID)
    /// One stage of every case, one case after another; the step is the stage.
    case across
}
