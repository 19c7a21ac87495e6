import InfluenceContent
import InfluenceText

/// The works the article cites in parentheses, by author, each with every place it cites them
/// (case and stage, or section of the argument, with pages). Enter opens a source's first place;
/// → (or Tab) goes into its places to choose one.
public struct SourcesModel: ScreenModel {
    /// The chosen source (an index into the sorted sources) and the first list line shown.
    var list = ItemList()
    /// The chosen source, an index into the sorted sources.
    public var selection: Int { get { list.selection } set { list.selection = newValue } }
    /// The chosen place of that source, when the places are being chosen from.
    public var place: Int?
    /// The first list line shown.
    public var scroll: Int { get { list.scroll } set { list.scroll = newValue } }
    /// Every source with its places, gathered once (the content does not change while the explorer runs).
    let entries: [SourceEntry]

    init(env: Environment) {
        entries = SourceIndex.entries(env.content, glyphs: env.glyphs)
    }

    /// The sources with one chosen and in view.
    init(selecting id: String, env: Environment, area: Rect) {
        self.init(env: env)
        guard let index = entries.firstIndex(where: { $0.source.id == id }) else { return }
        list = ItemList(showing: index, items: layout(env: env, area: area), height: Self.listRect(area).height)
    }

    /// Opened from a case or the argument, the first source cited on the page shown is chosen.
    init(env: Environment, area: Rect, from top: Screen) {
        self.init(env: env)
        guard let shown = top.model(as: ReadingModel.self) else { return }
        let cited = entries.firstIndex { entry in
            entry.places.contains { citing in
                if case .place(let p) = citing.target { return p.subject == shown.subject && p.step == shown.step }
                return false
            }
        }
        guard let cited else { return }
        list = ItemList(showing: cited, items: layout(env: env, area: area), height: Self.listRect(area).height)
    }

    /// The sources laid out for a width.
    struct Layout: ItemLines {
        /// A source's lines.
        struct Item {
            var firstLine: Int
            var lineCount: Int
            /// Each place's lines.
            var places: [(firstLine: Int, lineCount: Int)]
        }

        var entries: [SourceEntry] = []
        var lines: [StyledLine] = []
        var items: [Item] = []

        var itemCount: Int { items.count }
        var lineCount: Int { lines.count }
        func lines(of index: Int) -> Range<Int> { items[index].firstLine..<(items[index].firstLine + items[index].lineCount) }
    }

    /// The entries laid out for the list's width (the entries come from the content, which does not
    /// change, so the width is all a layout depends on).
    func layout(env: Environment, area: Rect) -> Layout {
        let width = max(1, Self.listRect(area).width - 2)
        return env.layout(for: width) { makeLayout(env: env, width: width) }
    }

    private func makeLayout(env: Environment, width: Int) -> Layout {
        let g = env.glyphs
        var layout = Layout()
        layout.entries = entries
        for entry in layout.entries {
            if !layout.lines.isEmpty { layout.lines.append(StyledLine()) }
            let first = layout.lines.count
            let name = entry.source.shortCitation
            let count = entry.places.count == 1 ? "1 place" : "\(entry.places.count) places"
            let room = width - TextWidth.columns(of: name) - TextWidth.columns(of: count) - 2
            if room >= 0 {
                layout.lines.append(StyledLine([Span(name, .title), Span(String(repeating: " ", count: room + 2)),
                                                Span(count, .dim)]))
            } else {
                layout.lines += StyledWrap.wrap([Span(name, .title), Span(" "), Span(count, .dim)], width: width)
            }
            if let note = entry.source.note {
                layout.lines += StyledWrap.wrap([Span(note, .dim)], width: width, first: [Span("  ")], rest: [Span("  ")])
            }
            var places: [(firstLine: Int, lineCount: Int)] = []
            if entry.places.isEmpty {
                layout.lines += StyledWrap.wrap([Span("Cited nowhere in this content.", .dim)], width: width,
                                                first: [Span("  ")], rest: [Span("  ")])
            }
            for citing in entry.places {
                let start = layout.lines.count
                var spans = [Span(citing.place)]
                if let pages = citing.pagesText { spans.append(Span(", " + pages)) }
                spans.append(Span(" \(g.dot) \(citing.viaText)", .dim))
                if citing.citedIn { spans.append(Span(" \(g.dot) cited in", .accent)) }
                layout.lines += StyledWrap.wrap(spans, width: width, first: [Span("  "), Span(g.bullet, .dim), Span(" ")],
                                                rest: [Span("    ")])
                places.append((start, layout.lines.count - start))
            }
            layout.items.append(Layout.Item(firstLine: first, lineCount: layout.lines.count - first, places: places))
        }
        return layout
    }

    /// The list's rectangle: below the title and a line on how to use it, in the column the
    /// glossary uses (no wider than reads well, centred in a wide window).
    static func listRect(_ area: Rect) -> Rect { GlossaryModel.column(area).splitTop(3).rest }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let layout = layout(env: env, area: area)
        let height = Self.listRect(area).height
        guard !layout.items.isEmpty else { return action == .activate ? .message("The content cites no sources") : nil }
        selection = min(selection, layout.items.count - 1)
        let places = layout.entries[selection].places
        switch action {
        case .down, .up, .top, .bottom:
            // Among the places: ↑ ↓ Home End move among the source's places; else among the sources.
            guard let place else { return moveList(action, layout: layout, env: env, area: area) }
            let last = max(0, places.count - 1)
            switch action {
            case .down: self.place = min(place + 1, last)
            case .up: self.place = max(0, place - 1)
            case .top: self.place = 0
            default: self.place = last
            }
        case .focusNext:
            guard !places.isEmpty else {
                return .message("\(layout.entries[selection].source.shortCitation) is cited nowhere in this content")
            }
            place = place ?? 0
        case .focusPrevious:
            place = nil
        default:
            return moveList(action, layout: layout, env: env, area: area)
        }
        keepInView(layout, height: height)
        return nil
    }

    /// A list action among the sources: a source newly chosen is chosen from its start, not a place.
    mutating func moveList(_ action: Action, layout: Layout, env: Environment, area: Rect) -> Navigation? {
        let before = selection
        let outcome = list.update(action, items: layout, height: Self.listRect(area).height)
        if selection != before { place = nil }
        guard case .open = outcome else { return nil }
        return open(layout.entries[selection], place: place ?? 0, env: env, area: area)
    }

    func open(_ entry: SourceEntry, place index: Int, env: Environment, area: Rect) -> Navigation? {
        guard entry.places.indices.contains(index) else {
            return .message("\(entry.source.shortCitation) is cited nowhere in this content")
        }
        switch entry.places[index].target {
        case .place(let place): return .push(Screen(place.reading(env: env, area: area)))
        case .event(let event): return .go(Position(view: .timeline, item: event))
        }
    }

    /// Keeps the chosen source in view, or, among its places, the chosen place (with the source's
    /// name when it fits).
    mutating func keepInView(_ layout: Layout, height: Int) {
        guard layout.items.indices.contains(selection) else { return }
        let item = layout.items[selection]
        guard let place, item.places.indices.contains(place) else { return list.keepInView(items: layout, height: height) }
        let chosen = item.places[place]
        let bottom = chosen.firstLine + chosen.lineCount
        list.show((bottom - item.firstLine > max(1, height) ? chosen.firstLine : item.firstLine)..<bottom,
                  lineCount: layout.lines.count, height: height)
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        let after = layout(env: env, area: new)
        list.keepRow(from: layout(env: env, area: old), to: after, height: Self.listRect(new).height)
        keepInView(after, height: Self.listRect(new).height)
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let layout = layout(env: env, area: area)
        let rect = Self.listRect(area)
        let citations = layout.entries.reduce(0) { $0 + $1.places.count }
        list.renderTitle("Sources", hint: "  \(layout.entries.count) works the article cites, \(citations) places, by author",
                         lineCount: layout.lines.count, height: rect.height, x: rect.x, right: rect.maxX, y: area.y, glyphs: g,
                         into: &frame)
        let hint = place == nil
            ? "Enter opens the source's first place; \(g.right) chooses among its places"
            : "Enter opens the chosen place; \(g.left) back to the sources"
        frame.buffer.write(TextWidth.truncate(hint, to: rect.width, ellipsis: g.ellipsis), x: rect.x, y: area.y + 1, role: .dim)

        list.render(layout.lines, items: layout, in: rect, glyphs: g, into: &frame)
        let text = rect.splitLeft(2).rest
        if layout.items.indices.contains(selection), let place, layout.items[selection].places.indices.contains(place) {
            // The chosen place: its pointer, and its words shown selected.
            let chosen = layout.items[selection].places[place]
            for line in chosen.firstLine..<(chosen.firstLine + chosen.lineCount) {
                let y = rect.y + line - scroll
                guard line >= scroll, line < scroll + rect.height else { continue }
                if line == chosen.firstLine { frame.buffer.write(g.pointer, x: text.x + 2, y: y, role: .accent) }
                var cx = text.x + 4
                for span in layout.lines[line].spans.dropFirst(line == chosen.firstLine ? 3 : 1) {
                    cx = frame.buffer.write(span.text, x: cx, y: y, role: .selection, limit: text.maxX)
                }
            }
        }
    }
}
