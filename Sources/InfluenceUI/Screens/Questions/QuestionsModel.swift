import InfluenceContent

/// The discussion questions of every case, one case after another: a teacher picks one to put to the
/// class, and Enter opens its case at the outcome, where the questions belong.
public struct QuestionsModel: ScreenModel {
    /// The chosen question, counted across all cases.
    public var selection = 0
    /// The first line shown.
    public var scroll = 0

    public init() {}

    /// The questions laid out for a width: lines, and where each question's lines are.
    struct Layout {
        var lines: [StyledLine] = []
        /// For each question: its case, its first line and how many lines it has.
        var items: [(caseID: CaseID, firstLine: Int, lineCount: Int)] = []
        /// For each case number: the index of its first question.
        var firstOfCase: [Int: Int] = [:]
    }

    static func layout(env: Environment, width: Int) -> Layout {
        env.layout(for: width) { makeLayout(env: env, width: width) }
    }

    private static func makeLayout(env: Environment, width: Int) -> Layout {
        var layout = Layout()
        let g = env.glyphs
        for c in env.content.cases where !c.questions.isEmpty {
            if !layout.lines.isEmpty { layout.lines.append(StyledLine()) }
            layout.lines += StyledWrap.wrap([Span("Case \(c.number) \(g.dot) \(c.title) (\(c.years))", .heading)], width: width)
            layout.firstOfCase[c.number] = layout.items.count
            for (i, question) in c.questions.enumerated() {
                let first = layout.lines.count
                let number = "\(i + 1). "
                layout.lines += StyledWrap.wrap([Span(question)], width: width, first: [Span(number, .accent)],
                                                rest: [Span(String(repeating: " ", count: number.count))])
                layout.items.append((c.caseID, first, layout.lines.count - first))
            }
        }
        return layout
    }

    /// The text's rectangle inside the screen's area: a title row, then the list, right of a gutter.
    static func listArea(_ area: Rect) -> Rect {
        let (_, below) = area.splitTop(2)
        return below.inset(dx: 2)
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let list = Self.listArea(area)
        let layout = Self.layout(env: env, width: max(1, list.width - 2))
        guard !layout.items.isEmpty else { return action == .activate ? .message("The content has no questions") : nil }
        let height = max(1, list.height)
        switch action {
        case .down: selection = min(layout.items.count - 1, selection + 1)
        case .up: selection = max(0, selection - 1)
        case .top: selection = 0
        case .bottom: selection = layout.items.count - 1
        case .pageDown, .pageUp, .scroll:
            scroll = Scrolling.offset(scroll, action, lines: layout.lines.count, height: height)
            // The choice follows the page: the first question that starts in view (the last at the end).
            let atEnd = action == .pageDown && scroll >= layout.lines.count - height
            if let chosen = Scrolling.itemInView(layout.items.lazy.map(\.firstLine), offset: scroll, height: height, last: atEnd) {
                selection = chosen
            }
            return nil
        case .number(let n):
            guard let first = layout.firstOfCase[n] else {
                return .message("No case \(n); the cases are 1\(env.glyphs.rangeDash)\(env.content.cases.count)")
            }
            selection = first
            scroll = layout.items[first].firstLine - 2
        case .select(let index):
            // A click chooses a question; a second click on it opens it.
            guard layout.items.indices.contains(index) else { return nil }
            if index == selection { return open(layout.items[index].caseID, env: env, area: area) }
            selection = index
        case .activate:
            return open(layout.items[min(selection, layout.items.count - 1)].caseID, env: env, area: area)
        default:
            return nil
        }
        keepInView(layout.items[selection], lines: layout.lines.count, height: height)
        return nil
    }

    /// Chooses a question (counted across all cases), kept in range and in view.
    mutating func select(_ index: Int, env: Environment, area: Rect) {
        let list = Self.listArea(area)
        let layout = Self.layout(env: env, width: max(1, list.width - 2))
        guard !layout.items.isEmpty else { return }
        selection = min(max(0, index), layout.items.count - 1)
        keepInView(layout.items[selection], lines: layout.lines.count, height: max(1, list.height))
    }

    mutating func keepInView(_ item: (caseID: CaseID, firstLine: Int, lineCount: Int), lines: Int, height: Int) {
        // Show the case's heading with its first question.
        let top = item.firstLine - (item.firstLine >= 2 && selection == 0 ? 2 : 0)
        if top < scroll { scroll = top }
        if item.firstLine + item.lineCount > scroll + height { scroll = item.firstLine + item.lineCount - height }
        scroll = min(max(0, scroll), max(0, lines - height))
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        let list = Self.listArea(new)
        let layout = Self.layout(env: env, width: max(1, list.width - 2))
        guard layout.items.indices.contains(selection) else { return }
        scroll = 0
        keepInView(layout.items[selection], lines: layout.lines.count, height: max(1, list.height))
    }

    /// The question's case at its outcome, where its questions are asked.
    func open(_ caseID: CaseID, env: Environment, area: Rect) -> Navigation? {
        guard let c = env.content.case(caseID) else { return nil }
        let outcome = c.stages.firstIndex { $0.stage == "outcome" } ?? max(0, c.stages.count - 1)
        return .go(.reading(case: caseID, step: outcome))
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let list = Self.listArea(area)
        let layout = Self.layout(env: env, width: max(1, list.width - 2))
        let position = Scrolling.position(offset: scroll, height: list.height, total: layout.lines.count, glyphs: g)
        frame.buffer.write("Discussion questions", x: area.x + 2, y: area.y, role: .title)
        if !position.isEmpty {
            frame.buffer.write(position, x: area.maxX - 2 - TextWidth.columns(of: position), y: area.y, role: .dim)
        }
        frame.buffer.write("Enter opens the question's case at its outcome", x: area.x + 2, y: area.y + 1, role: .dim,
                           limit: area.maxX)
        let text = list.splitLeft(2).rest
        LinesView.render(layout.lines, offset: scroll, in: text, into: &frame)
        frame.hit(list, .pane(.main))
        LinesView.markItems(layout.items.lazy.map { $0.firstLine..<($0.firstLine + $0.lineCount) }, selected: selection,
                            offset: scroll, in: list, glyphs: g, into: &frame)
    }
}
