import InfluenceContent
import InfluenceText

/// The article's terms with their definitions, narrowed by typing: letters go into a filter line
/// and the list keeps the terms whose term, expansion or definition contains it (any case, any
/// accents). Background from outside the article is labelled as such. Enter opens the first place
/// that uses the chosen term.
public struct GlossaryModel: ScreenModel {
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

    var takesText: Bool { true }

    /// The matching terms laid out for a width.
    struct List: ItemLines {
        var terms: [Int] = []
        var lines: [StyledLine] = []
        var items: [Range<Int>] = []

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

    func matches(env: Environment, area: Rect) -> List {
        Self.list(env: env, filter: filter, width: max(1, Self.listRect(area).width - 2))
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let chosen = chosenTerm(env: env, area: area)
        if let change = typed.update(action) {
            switch change {
            case .narrowed, .widened:
                // Typing narrows the list to the best matches first; erasing keeps the chosen term.
                let after = matches(env: env, area: area)
                list = ListFilter.list(after: change, keeping: chosen.flatMap { after.terms.firstIndex(of: $0) }, items: after,
                                       height: Self.listRect(area).height)
                return nil
            case .nothingToErase: return .message("The filter is empty; Esc goes back")
            case .nothingToClear: return .back
            }
        }
        let shown = matches(env: env, area: area)
        switch list.update(action, items: shown, height: Self.listRect(area).height) {
        case .open(let index): return open(env.content.glossary[shown.terms[index]], env: env)
        case .nothingToOpen: return .message("No term matches; Backspace erases, Esc clears the filter")
        case .moved, .notHandled: return nil
        }
    }

    /// The chosen term, by its place in the glossary.
    func chosenTerm(env: Environment, area: Rect) -> Int? {
        let terms = matches(env: env, area: area).terms
        return terms.indices.contains(selection) ? terms[selection] : nil
    }

    /// Enter: a search for the term (by its first name: "certification" for "certification /
    /// recertification"), to see every place that uses it.
    func open(_ term: Term, env: Environment) -> Navigation? {
        .push(Screen(SearchModel(query: Glossary.searchWords(term).first ?? term.term, env: env)))
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        list.resize(from: matches(env: env, area: old), to: matches(env: env, area: new), height: Self.listRect(new).height)
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let rect = Self.listRect(area)
        let shown = matches(env: env, area: area)
        let total = env.content.glossary.count
        let x = frame.buffer.write("Glossary", x: rect.x, y: area.y, role: .title)
        let positionX = list.renderPosition(lineCount: shown.lines.count, height: rect.height, right: rect.maxX, y: area.y,
                                            glyphs: g, into: &frame)
        frame.buffer.write(TextWidth.truncate("  Enter opens the first place that uses the term", to: positionX - 1 - x,
                                              ellipsis: g.ellipsis), x: x, y: area.y, role: .dim)

        // The filter line: what was typed, a cursor, and how many terms match.
        typed.render(count: filter.isEmpty ? "\(total) terms" : "\(shown.terms.count) of \(total)",
                     in: Rect(x: rect.x, y: area.y + 1, width: rect.width, height: 1), glyphs: g, into: &frame)
        guard !shown.items.isEmpty else {
            frame.hit(rect, .pane(.main))
            typed.renderNothingMatches("No term matches", in: rect.splitLeft(2).rest, glyphs: g, into: &frame)
            return
        }
        // The chosen term's name, selected.
        let name = shown.terms.indices.contains(selection) ? env.content.glossary[shown.terms[selection]].term : ""
        list.render(shown.lines, items: shown, in: rect, glyphs: g, into: &frame, chosenName: TextWidth.columns(of: name))
    }
}
