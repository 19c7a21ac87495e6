import InfluenceContent
import InfluenceText

/// Incremental search over everything a user can read: the list of hits narrows with each key, each
/// with its place and the matching words highlighted in context; Enter opens the place at the hit.
public struct SearchModel: ScreenModel {
    public private(set) var query: String
    public private(set) var hits: [SearchHit] = []
    /// The chosen hit and the first hit shown: the list moves hit by hit (each drawn on two rows).
    var list = ItemList()
    /// The chosen hit.
    public var selection: Int { list.selection }
    /// The first hit shown.
    var scroll: Int { list.scroll }

    /// Whether the words shown are the last search's, offered again: typing replaces them,
    /// anything else keeps them.
    public private(set) var offered = false

    public init(query: String = "", env: Environment) {
        self.query = query
        if !query.isEmpty { hits = env.searchIndex.hits(for: query) }
    }

    /// A search that offers the last one's words again, as less and vim do.
    init(offering query: String, env: Environment) {
        self.init(query: query, env: env)
        offered = !query.isEmpty
    }

    var takesText: Bool { true }

    /// Rows each hit takes in the list: its place, then its words in context.
    static let rowsPerHit = 2

    /// The list's rectangle: below the query line and a hint line.
    static func listArea(_ area: Rect) -> Rect { area.splitTop(3).rest }

    /// The hits as a list, a line each (`rowsPerHit` rows on screen).
    var items: UniformItems { UniformItems(itemCount: hits.count, linesPerItem: 1) }

    /// How many hits the list shows.
    static func visibleHits(_ area: Rect) -> Int { max(1, listArea(area).height / rowsPerHit) }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let wasOffered = offered
        offered = false
        // n and N may have moved the choice from elsewhere: the list starts from where it was drawn.
        list.keepInView(items: items, height: Self.visibleHits(area))
        var outcome = ItemList.Outcome.notHandled
        switch action {
        case .type(let c):
            if wasOffered { query = "" }
            query.append(c)
            refresh(env: env)
        case .erase:
            guard !query.isEmpty else { return .back }
            if wasOffered { query = "" } else { query.removeLast() }
            refresh(env: env)
        case .scroll(let pane, let delta):
            // The wheel turns by rows, the list moves by hits.
            outcome = list.update(.scroll(pane, delta / Self.rowsPerHit), items: items, height: Self.visibleHits(area))
        default:
            outcome = list.update(action, items: items, height: Self.visibleHits(area))
        }
        switch outcome {
        case .open: return open(env: env, area: area)
        case .nothingToOpen: return .message(query.isEmpty ? "Type what to find" : "Nothing matches \u{201C}\(query)\u{201D}")
        case .moved, .notHandled: return nil
        }
    }

    mutating func refresh(env: Environment) {
        hits = query.isEmpty ? [] : env.searchIndex.hits(for: query)
        list = ItemList()
    }

    /// The hit chosen, moved by `offset` (n and N), kept in range; nil when there are no hits.
    mutating func step(by offset: Int) -> SearchHit? {
        guard !hits.isEmpty else { return nil }
        list.selection = (selection + offset + hits.count) % hits.count
        return hits[selection]
    }

    /// The chosen hit's place, opened at the hit.
    func open(env: Environment, area: Rect) -> Navigation? {
        guard hits.indices.contains(selection) else { return nil }
        return .push(Self.screen(for: hits[selection], query: query, env: env, area: area))
    }

    /// The screen that shows a hit: its page scrolled to it, or its event, term or source chosen.
    static func screen(for hit: SearchHit, query: String, env: Environment, area: Rect) -> Screen {
        let entry = env.searchIndex.entries[hit.entry]
        switch entry.place {
        case .page(let subject, let step, let pane, let part):
            var model = ReadingModel(subject: subject, step: step, env: env, area: area)
            model.show(SearchFocus(query: query, pane: pane, part: part, ordinal: hit.ordinal), env: env, area: area)
            return Screen(model)
        case .event(let id, let index):
            let at = Timeline.entries(env.content).firstIndex { $0.caseID == id && $0.eventIndex == index } ?? 0
            return Screen.restoring(Position(view: .timeline, item: at), env: env, area: area).screen ?? ScreenKind.root
        case .term(let id):
            let at = env.content.glossary.firstIndex { $0.id == id } ?? 0
            return Screen.restoring(Position(view: .glossary, item: at), env: env, area: area).screen ?? ScreenKind.root
        case .source(let id):
            return Screen(SourcesModel(selecting: id, env: env, area: area))
        }
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let (queryRow, belowQuery) = area.splitTop(1)
        let prompt = "Search: "
        var x = frame.buffer.write(prompt, x: queryRow.x + 1, y: queryRow.y, role: .title)
        let counter: String
        if query.isEmpty {
            counter = ""
        } else if hits.isEmpty {
            counter = "no match"
        } else {
            counter = "\(selection + 1) of \(hits.count)\(hits.count >= 5000 ? "+" : "")"
        }
        let room = max(1, queryRow.maxX - x - TextWidth.columns(of: counter) - 3)
        let shown = TextWidth.columns(of: query) < room ? query : g.ellipsis + String(query.suffix(max(1, room - 2)))
        x = frame.buffer.write(shown, x: x, y: queryRow.y, role: offered ? .dim : .accent)
        frame.buffer.write(g.gutter, x: x, y: queryRow.y, role: .accent)
        frame.buffer.write(counter, x: queryRow.maxX - 1 - TextWidth.columns(of: counter), y: queryRow.y, role: .dim)
        let hint: String
        if query.isEmpty {
            hint = "Type to search everything: the cases, quotations, notes, figures, events, glossary and sources. Case and accents do not matter."
        } else if offered {
            hint = "The last search: type to search for something else, or Enter to open its hit."
        } else {
            hint = "Enter opens the hit in its place; there n and N step through the hits, Esc returns."
        }
        frame.buffer.write(TextWidth.truncate(hint, to: max(1, area.width - 2), ellipsis: g.ellipsis), x: area.x + 1,
                           y: belowQuery.y, role: .dim)

        let rect = Self.listArea(area)
        let entries = env.searchIndex.entries
        let visible = Self.visibleHits(area)
        // n and N move the choice from elsewhere: the list follows it.
        var following = list
        following.keepInView(items: items, height: visible)
        for index in following.itemsInView(items, height: visible) {
            let hit = hits[index], entry = entries[hit.entry]
            let y = rect.y + (index - following.scroll) * Self.rowsPerHit
            let selected = index == selection
            frame.buffer.write(TextWidth.truncate(entry.label, to: max(1, rect.width - 3), ellipsis: g.ellipsis),
                               x: rect.x + 2, y: y, role: selected ? .accent : .dim)
            renderContext(of: env.searchIndex.characters(of: hit), in: entry.text,
                          row: Rect(x: rect.x + 2, y: y + 1, width: rect.width - 3, height: 1),
                          selected: selected, glyphs: g, into: &frame)
        }
        // The gutter bar and the click targets, on the rows the hits take.
        var rows = following
        rows.scroll = following.scroll * Self.rowsPerHit
        rows.mark(UniformItems(itemCount: hits.count, linesPerItem: Self.rowsPerHit),
                  in: Rect(x: rect.x, y: rect.y, width: rect.width, height: visible * Self.rowsPerHit), glyphs: g, into: &frame)
        if !query.isEmpty, hits.isEmpty {
            frame.buffer.write("Nothing matches \u{201C}\(query)\u{201D}.", x: rect.x + 2, y: rect.y, role: .normal,
                               limit: rect.maxX)
        }
    }

    /// The words around a hit (the characters it covers) on one row, the hit highlighted, "…"
    /// where the text goes on.
    func renderContext(of hit: Range<Int>, in text: String, row: Rect, selected: Bool, glyphs: Glyphs,
                       into frame: inout Frame) {
        let characters = Array(text)
        let width = row.width
        guard width > 4 else { return }
        // Start a third of the way before the hit, at a word boundary where possible.
        let hitStart = min(hit.lowerBound, characters.count)
        var start = max(0, hitStart - width / 3)
        if start > 0, let space = characters[start..<hitStart].firstIndex(of: " ") { start = space + 1 }
        var x = row.x
        if start > 0 { x = frame.buffer.write(glyphs.ellipsis, x: x, y: row.y, role: .dim) }
        let end = min(characters.count, hit.upperBound)
        x = frame.buffer.write(String(characters[start..<hitStart]), x: x, y: row.y, role: .normal, limit: row.maxX)
        x = frame.buffer.write(String(characters[hitStart..<end]), x: x, y: row.y,
                               role: selected ? .currentMatch : .match, limit: row.maxX)
        let rest = String(characters[end...])
        let room = row.maxX - x
        if TextWidth.columns(of: rest) > room {
            frame.buffer.write(TextWidth.truncate(rest, to: room, ellipsis: glyphs.ellipsis), x: x, y: row.y, role: .normal)
        } else {
            frame.buffer.write(rest, x: x, y: row.y, role: .normal, limit: row.maxX)
        }
    }
}

/// A search hit a reading page shows: the query's matches highlighted, this one at its place.
public struct SearchFocus: Equatable, Sendable {
    public var query: String
    public var pane: Pane
    /// The main pane's block, or the side pane's item, that holds the hit.
    public var part: Int
    /// Which match of the query in that part.
    public var ordinal: Int
}
