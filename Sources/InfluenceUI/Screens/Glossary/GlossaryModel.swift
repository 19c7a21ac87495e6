import InfluenceContent
import InfluenceText

/// The article's terms with their definitions, narrowed by typing: letters go into a filter line
/// and the list keeps the terms whose term, expansion or definition contains it (any case, any
/// accents). Background from outside the article is labelled as such. Enter opens the first place
/// that uses the chosen term.
public struct GlossaryModel: FilteredListModel {
    /// What has been typed.
    var typed = ListFilter()
    /// The chosen term (an index into the terms that match) and the first list line shown.
    var list = ItemList()
    /// What has been typed.
    public var filter: String { get { typed.text } set { typed.text = newValue } }
    /// The chosen term, an index into the terms that match.
    public var selection: Int { get { list.selection } set { list.selection = newValue } }
    /// The first list line shown.
    public var scroll: Int { get { list.scroll } set { list.scroll = newValue } }

    public init() {}

    /// The whole glossary with a term chosen and in view.
    init(selecting id: String, env: Environment, area: Rect) {
        let all = Self.list(env: env, filter: "", width: max(1, Self.listRect(area).width - 2))
        guard let index = all.terms.firstIndex(where: { env.content.glossary[$0].id == id }) else { return }
        list = ItemList(showing: index, items: all, height: Self.listRect(area).height)
    }


    /// The matching terms laid out for a width.
    struct List: KeyedItemLines {
        var terms: [Int] = []
        var lines: [StyledLine] = []
        var items: [Range<Int>] = []

        var keys: [Int] { terms }
        var itemCount: Int { items.count }
        var lineCount: Int { lines.count }
        func lines(of index: Int) -> Range<Int> { items[index] }
    }

    /// What a list is laid out for.
    private struct ListKey: Equatable {
        var filter: String
        var width: Int
    }

    static func list(env: Environment, filter: String, width: Int) -> List {
        env.layout(for: ListKey(filter: filter, width: width)) { makeList(env: env, filter: filter, width: width) }
    }

    private static func makeList(env: Environment, filter: String, width: Int) -> List {
        var list = List()
        list.terms = Glossary.matching(env.content, filter: filter)
        for index in list.terms {
            let term = env.content.glossary[index]
            if !list.lines.isEmpty { list.lines.append(StyledLine()) }
            let first = list.lines.count
            var head = [Span(term.term, .title)]
            if let expansion = term.expansion { head += [Span(" \(env.glyphs.dash) ", .dim), Span(expansion)] }
            list.lines += StyledWrap.wrap(head, width: width, rest: [Span("  ")])
            list.lines += StyledWrap.wrap([Span(term.definition)], width: width, first: [Span("  ")], rest: [Span("  ")])
            if let background = term.background {
                list.lines += StyledWrap.wrap([Span(Background.labelled(background), .background)], width: width,
                                              first: [Span("  ")], rest: [Span("  ")])
            }
            list.items.append(first..<list.lines.count)
        }
        return list
    }

    /// The list's rectangle: below the title, the filter line and a blank row.
    static func listRect(_ area: Rect) -> Rect { column(area).splitTop(3).rest }

    /// Where the screen draws: the area less a margin, no wider than reads well, centred.
    static func column(_ area: Rect) -> Rect { area.inset(dx: 2).readingColumn }

    func shown(env: Environment, area: Rect) -> List {
        Self.list(env: env, filter: filter, width: max(1, Self.listRect(area).width - 2))
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let width = max(1, Self.listRect(area).width - 2)
        if action == .type("/") {
            let shown = shown(env: env, area: area)
            guard shown.terms.indices.contains(selection) else { return .message("No term chosen to search for") }
            return search(env.content.glossary[shown.terms[selection]], env: env)
        }
        switch typed.update(action, list: &list, shown: shown(env: env, area: area), height: Self.listRect(area).height,
                            layout: { Self.list(env: env, filter: $0, width: width) }) {
        case .done(let navigation): return navigation
        case .notFilter: break
        }
        let shown = shown(env: env, area: area)
        switch list.update(action, items: shown, height: Self.listRect(area).height) {
        case .open(let index): return open(env.content.glossary[shown.terms[index]], env: env, area: area)
        case .nothingToOpen: return .message("No term matches; Backspace erases, Esc clears the filter")
        case .moved, .notHandled: return nil
        }
    }

    /// The chosen term, by its place in the glossary.
    func chosenTerm(env: Environment, area: Rect) -> Int? {
        let terms = shown(env: env, area: area).terms
        return terms.indices.contains(selection) ? terms[selection] : nil
    }

    /// Enter: the first place that uses the term, over a search for it (by its first name:
    /// "certification" for "certification / recertification"), so n and N step on to the other
    /// places and Esc comes back here.
    func open(_ term: Term, env: Environment, area: Rect) -> Navigation? {
        var search = SearchModel(query: Glossary.searchWords(term).first ?? term.term, env: env)
        let entries = env.searchIndex.entries
        guard let first = search.hits.firstIndex(where: { if case .term = entries[$0.entry].place { false } else { true } }),
              let hit = search.step(by: first) else {
            return .message("The text never names \(env.glyphs.openQuote)\(term.term)\(env.glyphs.closeQuote): / searches for it")
        }
        return .pushAll([Screen(search), SearchModel.screen(for: hit, query: search.query, env: env, area: area)])
    }

    /// /: a search for the term, to see every place that uses it.
    func search(_ term: Term, env: Environment) -> Navigation? {
        .push(Screen(SearchModel(query: Glossary.searchWords(term).first ?? term.term, env: env)))
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let rect = Self.listRect(area)
        let shown = shown(env: env, area: area)
        let total = env.content.glossary.count
        list.renderTitle("Glossary", hint: "  Enter opens the first place using it; / searches", lineCount: shown.lines.count,
                         height: rect.height, x: rect.x, right: rect.maxX, y: area.y, glyphs: g, into: &frame)

        let name = shown.terms.indices.contains(selection) ? env.content.glossary[shown.terms[selection]].term : ""
        renderFiltered(shown.lines, total: total, noun: "terms", nothing: "No term matches", chosenName: TextWidth.columns(of: name),
                       area: area, glyphs: g, into: &frame, shown: shown)
    }
}
