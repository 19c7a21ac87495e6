import InfluenceContent

/// The article's terms with their definitions, narrowed by typing: letters go into a filter line
/// and the list keeps the terms whose term, expansion or definition contains it (any case, any
/// accents). Background from outside the article is labelled as such. Enter opens the first place
/// that uses the chosen term.
public struct GlossaryModel: ScreenModel {
    /// What has been typed.
    public var filter = ""
    /// The chosen term, an index into the terms that match.
    public var selection = 0
    /// The first list line shown.
    public var scroll = 0

    public init() {}

    /// The whole glossary with a term chosen and in view.
    init(selecting id: String, env: Environment, area: Rect) {
        let list = Self.list(env: env, filter: "", width: max(1, Self.listRect(area).width - 2))
        guard let index = list.terms.firstIndex(where: { env.content.glossary[$0].id == id }) else { return }
        selection = index
        scroll = min(list.items[index].firstLine, max(0, list.lines.count - Self.listRect(area).height))
    }

    var takesText: Bool { true }

    /// The matching terms laid out for a width.
    struct List {
        var terms: [Int] = []
        var lines: [StyledLine] = []
        var items: [(firstLine: Int, lineCount: Int)] = []
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
            list.items.append((first, list.lines.count - first))
        }
        return list
    }

    /// The list's rectangle: below the title, the filter line and a blank row.
    static func listRect(_ area: Rect) -> Rect { column(area).splitTop(3).rest }

    /// Where the screen draws: the area less a margin, no wider than reads well (`readingWidth`),
    /// centred in a wide window.
    static func column(_ area: Rect) -> Rect {
        let inner = area.inset(dx: 2)
        let width = min(inner.width, readingWidth)
        return Rect(x: inner.x + (inner.width - width) / 2, y: inner.y, width: width, height: inner.height)
    }

    /// The widest the list gets, gutter included: longer lines are hard to follow.
    static let readingWidth = 104

    func list(env: Environment, area: Rect) -> List {
        Self.list(env: env, filter: filter, width: max(1, Self.listRect(area).width - 2))
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        switch action {
        case .type(let c):
            // Typing narrows the list to the best matches first: the first is chosen.
            filter.append(c)
            selection = 0
            scroll = 0
            return nil
        case .erase:
            guard !filter.isEmpty else { return .message("The filter is empty; Esc goes back") }
            return refilter(String(filter.dropLast()), env: env, area: area)
        case .cancel:
            guard !filter.isEmpty else { return .back }
            return refilter("", env: env, area: area)
        default:
            break
        }
        let list = list(env: env, area: area)
        let height = max(1, Self.listRect(area).height)
        guard !list.items.isEmpty else {
            return action == .activate ? .message("No term matches; Backspace erases, Esc clears the filter") : nil
        }
        selection = min(selection, list.items.count - 1)
        switch action {
        case .down: selection = min(list.items.count - 1, selection + 1)
        case .up: selection = max(0, selection - 1)
        case .top: selection = 0
        case .bottom: selection = list.items.count - 1
        case .pageDown, .pageUp, .scroll:
            scroll = Scrolling.offset(scroll, action, lines: list.lines.count, height: height)
            let atEnd = action == .pageDown && scroll >= list.lines.count - height
            if let chosen = Scrolling.itemInView(list.items.lazy.map(\.firstLine), offset: scroll, height: height, last: atEnd) {
                selection = chosen
            }
            return nil
        case .select(let index):
            guard list.items.indices.contains(index) else { return nil }
            if index == selection { return open(list: list, env: env, area: area) }
            selection = index
        case .activate:
            return open(list: list, env: env, area: area)
        default:
            return nil
        }
        keepInView(list, height: height)
        return nil
    }

    /// A shorter filter (or none): the chosen term stays chosen, and in view.
    mutating func refilter(_ text: String, env: Environment, area: Rect) -> Navigation? {
        let before = list(env: env, area: area)
        let chosen = before.terms.indices.contains(selection) ? before.terms[selection] : nil
        filter = text
        let after = list(env: env, area: area)
        selection = chosen.flatMap { after.terms.firstIndex(of: $0) } ?? 0
        scroll = 0
        keepInView(after, height: max(1, Self.listRect(area).height))
        return nil
    }

    /// Enter: a search for the term (by its first name: "certification" for "certification /
    /// recertification"), to see every place that uses it.
    func open(list: List, env: Environment, area: Rect) -> Navigation? {
        guard list.terms.indices.contains(selection) else { return nil }
        let term = env.content.glossary[list.terms[selection]]
        return .push(Screen(SearchModel(query: Glossary.searchWords(term).first ?? term.term, env: env)))
    }

    mutating func keepInView(_ list: List, height: Int) {
        guard list.items.indices.contains(selection) else { scroll = 0; return }
        let item = list.items[selection]
        scroll = Scrolling.showing(item.firstLine, item.firstLine + item.lineCount, from: scroll, total: list.lines.count,
                                   height: height)
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        let before = list(env: env, area: old)
        let after = list(env: env, area: new)
        guard after.items.indices.contains(selection) else { return }
        let item = after.items[selection]
        scroll = Scrolling.keepingRow(before: before.items.indices.contains(selection) ? before.items[selection].firstLine : nil,
                                      after: item.firstLine, lineCount: item.lineCount, from: scroll,
                                      total: after.lines.count, height: max(1, Self.listRect(new).height))
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let rect = Self.listRect(area)
        let list = list(env: env, area: area)
        let total = env.content.glossary.count
        let position = Scrolling.position(offset: scroll, height: rect.height, total: list.lines.count, glyphs: g)
        let x = frame.buffer.write("Glossary", x: rect.x, y: area.y, role: .title)
        let titleRoom = rect.maxX - 1 - TextWidth.columns(of: position) - x
        frame.buffer.write(TextWidth.truncate("  Enter opens the first place that uses the term", to: titleRoom, ellipsis: g.ellipsis),
                           x: x, y: area.y, role: .dim)
        if !position.isEmpty {
            frame.buffer.write(position, x: rect.maxX - TextWidth.columns(of: position), y: area.y, role: .dim)
        }

        // The filter line: what was typed, a cursor, and how many terms match.
        let count = filter.isEmpty ? "\(total) terms" : "\(list.terms.count) of \(total)"
        let countX = rect.maxX - TextWidth.columns(of: count)
        let filterY = area.y + 1
        var fx = frame.buffer.write("Filter: ", x: rect.x, y: filterY, role: .accent)
        let room = max(1, countX - 2 - fx - 1)
        let shown = TextWidth.columns(of: filter) <= room ? filter
            : g.ellipsis + String(filter.reversed().prefix(room - TextWidth.columns(of: g.ellipsis)).reversed())
        fx = frame.buffer.write(shown, x: fx, y: filterY, limit: countX - 2)
        frame.buffer.write(" ", x: fx, y: filterY, role: .selection)
        if filter.isEmpty {
            // The longest hint that fits whole.
            let hints = ["  type to narrow the list; Esc goes back", "  type to narrow the list", "  type to filter"]
            if let hint = hints.first(where: { fx + 1 + TextWidth.columns(of: $0) <= countX - 2 }) {
                frame.buffer.write(hint, x: fx + 1, y: filterY, role: .dim)
            }
        }
        frame.buffer.write(count, x: countX, y: filterY, role: filter.isEmpty ? .dim : .accent)

        frame.hit(rect, .pane(.main))
        let text = rect.splitLeft(2).rest
        guard !list.items.isEmpty else {
            let message = "No term matches \(g.openQuote)\(filter)\(g.closeQuote). Backspace erases; Esc clears the filter."
            for (i, line) in WordWrap.lines(message, width: max(1, text.width)).enumerated() where i < text.height {
                frame.buffer.write(line, x: text.x, y: text.y + i)
            }
            return
        }
        LinesView.render(list.lines, offset: scroll, in: text, into: &frame)
        LinesView.markItems(list.items.lazy.map { $0.firstLine..<($0.firstLine + $0.lineCount) }, selected: selection,
                            offset: scroll, in: rect, glyphs: g, into: &frame)
        // The chosen term's name, selected.
        if list.items.indices.contains(selection), list.terms.indices.contains(selection) {
            let item = list.items[selection]
            if item.firstLine >= scroll && item.firstLine < scroll + rect.height {
                let name = env.content.glossary[list.terms[selection]].term
                let shown = TextWidth.prefix(list.lines[item.firstLine].text, fitting: TextWidth.columns(of: name))
                frame.buffer.write(shown, x: text.x, y: text.y + item.firstLine - scroll, role: .selection, limit: text.maxX)
            }
        }
    }
}
