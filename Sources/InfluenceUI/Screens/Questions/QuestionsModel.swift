import InfluenceContent
import InfluenceText

/// The discussion questions of every case, one case after another: a teacher picks one to put to the
/// class, and Enter opens its case at the outcome, where the questions belong.
public struct QuestionsModel: ScreenModel {
    /// The chosen question (counted across all cases) and the first line shown.
    var list = ItemList()
    /// The chosen question, counted across all cases.
    public var selection: Int { get { list.selection } set { list.selection = newValue } }
    /// The first line shown.
    public var scroll: Int { get { list.scroll } set { list.scroll = newValue } }

    public init() {}

    /// The questions laid out for a width: lines, and where each question's lines are.
    struct Layout: ItemLines {
        var lines: [StyledLine] = []
        /// For each question: its case, its first line, how many lines it has, and how many lines
        /// of its case's heading stand right above it (only the first question of a case has any).
        var items: [(caseID: CaseID, firstLine: Int, lineCount: Int, heading: Int)] = []
        /// For each case number: the index of its first question.
        var firstOfCase: [Int: Int] = [:]

        var itemCount: Int { items.count }
        var lineCount: Int { lines.count }
        func lines(of index: Int) -> Range<Int> { items[index].firstLine..<(items[index].firstLine + items[index].lineCount) }
        /// A case's first question is shown with the case's heading.
        func lead(of index: Int) -> Int { items[index].heading }
    }

    static func layout(env: Environment, width: Int) -> Layout {
        env.layout(for: width) { makeLayout(env: env, width: width) }
    }

    private static func makeLayout(env: Environment, width: Int) -> Layout {
        var layout = Layout()
        let g = env.glyphs
        for c in env.content.cases where !c.questions.isEmpty || !c.polls.isEmpty {
            if !layout.lines.isEmpty { layout.lines.append(StyledLine()) }
            let heading = layout.lines.count
            layout.lines += StyledWrap.wrap([Span("Case \(c.number) \(g.dot) \(c.title) (\(c.years))", .heading)], width: width)
            layout.firstOfCase[c.number] = layout.items.count
            for (i, question) in c.questions.enumerated() {
                let first = layout.lines.count
                let number = "\(i + 1). "
                layout.lines += StyledWrap.wrap([Span(question)], width: width, first: [Span(number, .accent)],
                                                rest: [Span(String(repeating: " ", count: number.count))])
                layout.items.append((c.caseID, first, layout.lines.count - first, i == 0 ? first - heading : 0))
            }
            // Then its polls: the prompt, and the options lettered (which one the article supports
            // is kept for the class to find out).
            for (i, poll) in c.polls.enumerated() {
                let first = layout.lines.count
                let label = "Poll: "
                layout.lines += StyledWrap.wrap([Span(poll.prompt)], width: width, first: [Span(label, .accent)],
                                                rest: [Span(String(repeating: " ", count: label.count))])
                for (j, option) in poll.options.enumerated() {
                    let letter = "  \(Poll.letter(j))) "
                    layout.lines += StyledWrap.wrap([Span(option)], width: width, first: [Span(letter, .dim)],
                                                    rest: [Span(String(repeating: " ", count: letter.count))])
                }
                let lead = i == 0 && c.questions.isEmpty ? first - heading : 0
                layout.items.append((c.caseID, first, layout.lines.count - first, lead))
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
        let rect = Self.listArea(area)
        let layout = Self.layout(env: env, width: max(1, rect.width - 2))
        if case .number(let n) = action {
            guard let first = layout.firstOfCase[n] else {
                return .message("No case \(n); the cases are 1\(env.glyphs.rangeDash)\(env.content.cases.count)")
            }
            list = ItemList(showing: first, items: layout, height: rect.height)
            return nil
        }
        switch list.update(action, items: layout, height: rect.height) {
        case .open(let index): return open(layout.items[index].caseID, env: env, area: area)
        case .nothingToOpen: return .message("The content has no questions")
        case .moved, .notHandled: return nil
        }
    }

    /// Chooses a question (counted across all cases), kept in range and in view.
    mutating func select(_ index: Int, env: Environment, area: Rect) {
        let rect = Self.listArea(area)
        list.select(index, items: Self.layout(env: env, width: max(1, rect.width - 2)), height: rect.height)
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        let before = Self.layout(env: env, width: max(1, Self.listArea(old).width - 2))
        let rect = Self.listArea(new)
        list.resize(from: before, to: Self.layout(env: env, width: max(1, rect.width - 2)), height: rect.height)
    }

    /// The question's case at its outcome, where its questions are asked.
    func open(_ caseID: CaseID, env: Environment, area: Rect) -> Navigation? {
        guard let c = env.content.case(caseID) else { return nil }
        let outcome = c.stages.firstIndex { $0.stage == "outcome" } ?? max(0, c.stages.count - 1)
        return .go(.reading(case: caseID, step: outcome))
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let rect = Self.listArea(area)
        let layout = Self.layout(env: env, width: max(1, rect.width - 2))
        let polls = env.content.cases.contains { !$0.polls.isEmpty }
        frame.buffer.write(polls ? "Discussion questions and polls" : "Discussion questions", x: area.x + 2, y: area.y, role: .title)
        list.renderPosition(lineCount: layout.lines.count, height: rect.height, right: area.maxX - 2, y: area.y, glyphs: g,
                            into: &frame)
        frame.buffer.write("Enter opens the case at its outcome, where its questions are asked", x: area.x + 2, y: area.y + 1, role: .dim,
                           limit: area.maxX)
        list.render(layout.lines, items: layout, in: rect, glyphs: g, into: &frame)
    }
}
