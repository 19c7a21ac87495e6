import InfluenceContent
import InfluenceText

/// Everyone the cases name, each once, grouped by side (the United States, Mexico, others): a name,
/// the cases it acts in, and its role in each. Typing narrows the list; opened from a case it shows
/// that case's people (Tab: everyone, and back); Enter opens the case where the chosen one first
/// acts, at the stage that names them.
public struct PeopleModel: FilteredListModel {
    /// What has been typed.
    var typed = ListFilter()
    /// The chosen person (an index into the people shown) and the first line shown.
    var list = ItemList()
    /// The case the screen was opened from, if any: Tab narrows the list to its people and back.
    public private(set) var fromCase: CaseID?
    /// Whether only the people of `fromCase` are shown.
    public private(set) var onlyThatCase = false

    /// Everyone, nothing chosen.
    public init() {}

    /// Opened over a case: its people.
    init(case id: CaseID?) {
        fromCase = id
        onlyThatCase = id != nil
    }

    /// The people, narrowed to a case (or not), with one person (by their place among everyone) chosen and in view.
    init(case id: CaseID?, onlyThatCase: Bool, selecting person: Int, env: Environment, area: Rect) {
        self.init(case: id)
        self.onlyThatCase = id != nil && onlyThatCase
        let shown = shown(env: env, area: area)
        list = ItemList(showing: shown.people.firstIndex(of: person) ?? 0, items: shown, height: Self.listRect(area).height)
    }

    /// The chosen person, an index into the people shown.
    public var selection: Int { list.selection }
    /// What has been typed.
    public var filter: String { typed.text }

    /// The people shown, laid out for a width: for each, the lines it takes; a side's heading
    /// stands above its first person.
    struct Layout: KeyedItemLines {
        /// Indexes into `People.everyone`.
        var people: [Int] = []
        var lines: [StyledLine] = []
        var items: [Range<Int>] = []
        /// The rows above an item that belong with it: its side's heading (and the blank row above).
        var leads: [Int] = []

        var keys: [Int] { people }
        var itemCount: Int { items.count }
        var lineCount: Int { lines.count }
        func lines(of index: Int) -> Range<Int> { items[index] }
        func lead(of index: Int) -> Int { leads[index] }
    }

    /// Everyone, gathered once per content (the content does not change while the explorer runs).
    static func everyone(env: Environment) -> [Person] {
        env.layout(for: 0) { People.everyone(env.content) }
    }

    /// What a layout is made for.
    private struct LayoutKey: Equatable {
        var filter: String
        var caseID: CaseID?
        var width: Int
    }

    func shown(env: Environment, area: Rect) -> Layout {
        Self.layout(env: env, filter: filter, caseID: onlyThatCase ? fromCase : nil, width: max(1, Self.listRect(area).width - 2))
    }

    /// The people matching a filter (of a case, if one is given) laid out for a width, made once for each.
    static func layout(env: Environment, filter: String, caseID: CaseID?, width: Int) -> Layout {
        env.layout(for: LayoutKey(filter: filter, caseID: caseID, width: width)) {
            makeLayout(env: env, filter: filter, caseID: caseID, width: width)
        }
    }

    private static func makeLayout(env: Environment, filter: String, caseID: CaseID?, width: Int) -> Layout {
        let everyone = everyone(env: env)
        let g = env.glyphs
        var layout = Layout()
        layout.people = People.matching(everyone, filter: filter, caseID: caseID)
        var side: Side?
        for index in layout.people {
            let person = everyone[index]
            var lead = 0
            if person.side != side {
                side = person.side
                if !layout.lines.isEmpty { layout.lines.append(StyledLine()); lead += 1 }
                let heading = People.sides.first { $0.side == person.side }?.heading ?? ""
                layout.lines.append(StyledLine(heading, .heading))
                lead += 1
            }
            if lead == 0, !layout.lines.isEmpty { layout.lines.append(StyledLine()) }
            let first = layout.lines.count
            let cases = person.roles.map { String($0.caseNumber) }
            var head = [Span(person.name, .title)]
            head.append(Span(" \(g.dot) \(cases.count == 1 ? "case" : "cases") \(cases.joined(separator: ", "))", .dim))
            layout.lines += StyledWrap.wrap(head, width: width, rest: [Span("  ")])
            for role in person.roles where caseID == nil || role.caseID == caseID {
                let label = "\(role.caseNumber) \(role.caseTitle)"
                layout.lines += StyledWrap.wrap([Span(label, .accent), Span(" \(g.dash) "), Span(role.role)], width: width,
                                                first: [Span("  ")], rest: [Span("    ")])
            }
            layout.items.append(first..<layout.lines.count)
            layout.leads.append(lead)
        }
        return layout
    }

    /// The list's rectangle: below the title, the filter line and a blank row, no wider than reads well.
    static func listRect(_ area: Rect) -> Rect { area.inset(dx: 2).readingColumn.splitTop(3).rest }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let height = Self.listRect(area).height
        let chosen = chosenPerson(env: env, area: area)
        if action == .focusNext || action == .focusPrevious {
            guard fromCase != nil else { return .message("Opened from a case, Tab shows only that case's people") }
            onlyThatCase.toggle()
            let after = shown(env: env, area: area)
            list = ItemList(showing: chosen.flatMap { after.people.firstIndex(of: $0) } ?? 0, items: after, height: height)
            return nil
        }
        let caseID = onlyThatCase ? fromCase : nil, width = max(1, Self.listRect(area).width - 2)
        switch typed.update(action, list: &list, shown: shown(env: env, area: area), height: height,
                            layout: { Self.layout(env: env, filter: $0, caseID: caseID, width: width) }) {
        case .done(let navigation): return navigation
        case .notFilter: break
        }
        let shown = shown(env: env, area: area)
        switch list.update(action, items: shown, height: height) {
        case .open(let index): return open(Self.everyone(env: env)[shown.people[index]], env: env, area: area)
        case .nothingToOpen: return .message("Nobody matches; Backspace erases, Esc clears the filter")
        case .moved, .notHandled: return nil
        }
    }

    /// The chosen person, by their place among everyone.
    func chosenPerson(env: Environment, area: Rect) -> Int? {
        let people = shown(env: env, area: area).people
        return people.indices.contains(selection) ? people[selection] : nil
    }

    /// Enter: where the person first acts (in the case the list is narrowed to, if it is).
    func open(_ person: Person, env: Environment, area: Rect) -> Navigation? {
        var person = person
        if onlyThatCase, let fromCase { person.roles = person.roles.filter { $0.caseID == fromCase } }
        guard let place = People.firstPlace(of: person, content: env.content) else { return nil }
        return .push(Screen(place.reading(env: env, area: area)))
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let rect = Self.listRect(area)
        let shown = shown(env: env, area: area)
        var title = "People"
        if onlyThatCase, let id = fromCase, let c = env.content.case(id) { title = "People of Case \(c.number) \(g.dot) \(c.shortTitle)" }
        let hint = fromCase == nil ? "  Enter opens where they first act"
            : onlyThatCase ? "  Tab: everyone  Enter opens where they act" : "  Tab: this case only  Enter opens where they first act"
        list.renderTitle(title, hint: hint, lineCount: shown.lines.count, height: rect.height, x: rect.x, right: rect.maxX,
                         y: area.y, glyphs: g, into: &frame)

        let total = onlyThatCase ? People.matching(Self.everyone(env: env), filter: "", caseID: fromCase).count
            : Self.everyone(env: env).count
        let name = chosenPerson(env: env, area: area).map { Self.everyone(env: env)[$0].name } ?? ""
        renderFiltered(shown.lines, total: total, noun: "people", nothing: "Nobody matches", chosenName: TextWidth.columns(of: name),
                       area: area, glyphs: g, into: &frame, shown: shown)
    }
}
