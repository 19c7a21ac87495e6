import InfluenceContent

/// Builds the page for a case at a stage, or for a section of the argument, wrapped to the layout.
public struct PageBuilder {
    public let content: Content
    public let layout: ReadingLayout

    public init(content: Content, layout: ReadingLayout) {
        self.content = content
        self.layout = layout
    }

    var mainWidth: Int { max(1, layout.main.width) }
    var sideWidth: Int { layout.sideTextWidth }

    /// The page for a screen and step, or nil on the home screen. `labels` saves working out the
    /// note labels again when the caller has them for this screen.
    public func page(for screen: ExplorerState.Screen, step: Int, labels: NoteLabels? = nil) -> Page? {
        switch screen {
        case .home: return nil
        case .framework: return frameworkPage(section: step, labels: labels ?? Self.labels(for: screen, content: content))
        case .reading(let index):
            guard content.cases.indices.contains(index) else { return nil }
            return casePage(content.cases[index], step: step, labels: labels ?? Self.labels(for: screen, content: content))
        }
    }

    /// The note labels of a case, or of the argument.
    public static func labels(for screen: ExplorerState.Screen, content: Content) -> NoteLabels {
        if case .reading(let index) = screen, content.cases.indices.contains(index) {
            return NoteLabels(case: content.cases[index], allNotes: content.allNotes)
        }
        return NoteLabels(article: content.article, stages: content.stages, allNotes: content.allNotes)
    }

    /// How many steps a screen has: seven stages for a case, the sections of the argument.
    public static func stepCount(for screen: ExplorerState.Screen, content: Content) -> Int {
        switch screen {
        case .home: return 0
        case .framework: return FrameworkSection.all.count
        case .reading(let index):
            return content.cases.indices.contains(index) ? content.cases[index].stages.count : 0
        }
    }

    // MARK: Cases

    func casePage(_ c: Case, step: Int, labels: NoteLabels) -> Page {
        let stages = c.stages.compactMap { caseStage in content.stage(id: caseStage.stage) }
        let index = min(max(0, step), max(0, c.stages.count - 1))
        let steps = stages.map { Page.Step(number: $0.number, short: $0.shortTitle, title: $0.title, isCondition: $0.isCondition) }
        guard c.stages.indices.contains(index), let stage = content.stage(id: c.stages[index].stage) else {
            return Page(breadcrumb: "Case \(c.number)", steps: steps, current: 0, mainTitle: c.title,
                        mainTitleIsCondition: false, main: [], side: [], sideItems: [])
        }
        let caseStage = c.stages[index]
        let breadcrumb = "Case \(c.number)/\(content.cases.count) · \(c.shortTitle) (\(c.years)) › \(stage.number)/\(content.stages.count) \(stage.title)"

        var main: [StyledLine] = []
        var block = 0
        func add(_ spans: [Span], first: [Span] = [], rest: [Span] = []) {
            main += StyledWrap.wrap(spans, width: mainWidth, first: first, rest: rest, anchor: block * 100_000)
            block += 1
        }
        add([Span(stage.question, .dim)])
        let multiRound = caseStage.parts.count > 1
        for part in caseStage.parts {
            main.append(StyledLine([], anchor: block * 100_000))
            if multiRound, let id = part.round, let round = c.round(id: id) {
                add([Span("\(round.title) (\(round.years))", .heading)])
            }
            add(StyledWrap.spans(marked: part.summary) { labels[$0] })
            if !part.figures.isEmpty {
                main.append(StyledLine([], anchor: block * 100_000))
                add([Span("Figures", .heading)])
                for figure in part.figures {
                    add(figureSpans(figure, labels: labels), first: [Span("• ", .figure)], rest: [Span("  ")])
                }
            }
        }

        var side = SideBuilder(width: sideWidth)
        for part in caseStage.parts {
            if multiRound, let id = part.round, let round = c.round(id: id) {
                side.heading(round.title, style: .heading)
            }
            if !part.quotations.isEmpty {
                side.heading(part.quotations.count == 1 ? "Quotation" : "Quotations", style: .accent)
                for quote in part.quotations { side.quotation(quote, attribution: content.attribution(of: quote, labels: labels)) }
            }
            let notes = content.notes(for: part)
            if !notes.isEmpty {
                side.heading(notes.count == 1 ? "Note" : "Notes", style: .accent)
                for note in notes { side.note(note, label: labels[note.id], text: content.describe(note)) }
            }
        }
        if side.items.isEmpty {
            side.plain("The article gives no quotation or note for this stage.", .dim)
        }
        return Page(breadcrumb: breadcrumb, steps: steps, current: index, mainTitle: stage.title,
                    mainTitleIsCondition: stage.isCondition, main: main, side: side.lines, sideItems: side.items)
    }

    func figureSpans(_ figure: Figure, labels: NoteLabels) -> [Span] {
        var spans = [Span(figure.display, .figure), Span(" — \(figure.measures)")]
        var when: [String] = []
        if let year = figure.year { when.append(String(year)) }
        if let period = figure.period { when.append(period) }
        if !figure.cites.isEmpty { when.append(content.describe(figure.cites)) }
        if !when.isEmpty { spans.append(Span(" (\(when.joined(separator: "; ")))", .dim)) }
        for id in figure.notes { spans.append(Span("[\(labels[id])]", .marker, note: id)) }
        return spans
    }

    // MARK: The argument

    func frameworkPage(section step: Int, labels: NoteLabels) -> Page {
        let article = content.article
        let sections = FrameworkSection.all
        let index = min(max(0, step), sections.count - 1)
        let section = sections[index]
        let steps = sections.enumerated().map { i, s in
            Page.Step(number: i + 1, short: s.short, title: title(of: s), isCondition: false)
        }
        var main: [StyledLine] = []
        var block = 0
        func add(_ spans: [Span], first: [Span] = [], rest: [Span] = []) {
            main += StyledWrap.wrap(spans, width: mainWidth, first: first, rest: rest, anchor: block * 100_000)
            block += 1
        }
        func blank() { main.append(StyledLine([], anchor: block * 100_000)) }
        var noteIDs: [String] = []
        var quotations: [Quotation] = []
        func marked(_ text: String, _ role: StyleRole = .normal) {
            add(StyledWrap.spans(marked: text, role: role) { labels[$0] })
            noteIDs += MarkedText(text).markers
        }
        switch section {
        case .paradox:
            add([Span(article.question, .title)])
            blank()
            marked(article.paradox.text)
            quotations = article.paradox.quotations
            blank()
            add([Span(article.credit, .dim)])
        case .rivals:
            marked(article.rivalsSummary)
            for rival in article.rivals {
                blank()
                add([Span(rival.name, .heading)])
                marked(rival.claim)
                add([Span("Why it falls short: ", .accent)] + StyledWrap.spans(marked: rival.failure) { labels[$0] })
                noteIDs += MarkedText(rival.failure).markers
            }
        case .influence:
            marked(article.influence.text)
            quotations = article.influence.quotations
        case .cycle:
            marked(article.cycle.text)
            quotations = article.cycle.quotations
        case .stages:
            add([Span("Every case is stepped through the same seven stages. ◆ marks the three conditions an agreement brings.", .dim)])
            for stage in content.stages {
                blank()
                add([Span("\(stage.isCondition ? "◆ " : "")\(stage.number). \(stage.title)", stage.isCondition ? .condition : .heading)])
                add([Span(stage.question, .dim)])
                marked(stage.description)
            }
        case .conclusion:
            marked(article.conclusion.text)
            quotations = article.conclusion.quotations
        }
        for quote in quotations { noteIDs += quote.notes }

        var side = SideBuilder(width: sideWidth)
        if !quotations.isEmpty {
            side.heading(quotations.count == 1 ? "Quotation" : "Quotations", style: .accent)
            for quote in quotations { side.quotation(quote, attribution: content.attribution(of: quote, labels: labels)) }
        }
        var seen: [String] = []
        for id in noteIDs where !seen.contains(id) { seen.append(id) }
        let notes = seen.compactMap { content.note(id: $0) }
        if !notes.isEmpty {
            side.heading(notes.count == 1 ? "Note" : "Notes", style: .accent)
            for note in notes { side.note(note, label: labels[note.id], text: content.describe(note)) }
        }
        if side.items.isEmpty { side.plain("No quotation or note in this section.", .dim) }
        let breadcrumb = "The argument › \(index + 1)/\(sections.count) \(title(of: section))"
        return Page(breadcrumb: breadcrumb, steps: steps, current: index, mainTitle: title(of: section),
                    mainTitleIsCondition: false, main: main, side: side.lines, sideItems: side.items)
    }

    func title(of section: FrameworkSection) -> String {
        let article = content.article
        switch section {
        case .paradox: return article.paradox.title
        case .rivals: return "Why the usual explanations fail"
        case .influence: return article.influence.title
        case .cycle: return article.cycle.title
        case .stages: return "The seven stages"
        case .conclusion: return article.conclusion.title
        }
    }
}

/// The sections of the argument, in reading order.
public enum FrameworkSection: CaseIterable, Sendable {
    case paradox, rivals, influence, cycle, stages, conclusion

    public static let all = FrameworkSection.allCases

    var short: String {
        switch self {
        case .paradox: return "Paradox"
        case .rivals: return "Rivals"
        case .influence: return "Influence"
        case .cycle: return "Cycle"
        case .stages: return "Stages"
        case .conclusion: return "Conclusion"
        }
    }
}

/// Accumulates side-pane lines and the selectable items they belong to.
struct SideBuilder {
    let width: Int
    var lines: [StyledLine] = []
    var items: [Page.SideItem] = []

    init(width: Int) { self.width = width }

    mutating func heading(_ text: String, style: StyleRole) {
        if !lines.isEmpty { lines.append(StyledLine()) }
        lines += StyledWrap.wrap([Span(text, style)], width: width, anchor: anchor)
    }

    mutating func plain(_ text: String, _ role: StyleRole) {
        lines += StyledWrap.wrap([Span(text, role)], width: width, anchor: anchor)
    }

    mutating func quotation(_ quote: Quotation, attribution: String) {
        let start = lines.count
        lines += StyledWrap.wrap([Span("\u{201C}\(quote.text)\u{201D}", .quote)], width: width, anchor: anchor)
        lines += StyledWrap.wrap([Span(attribution, .attribution)], width: width,
                                 first: [Span("— ", .attribution)], rest: [Span("  ")], anchor: anchor)
        items.append(Page.SideItem(firstLine: start, lineCount: lines.count - start,
                                   target: .quotation(text: quote.text, attribution: attribution)))
    }

    mutating func note(_ note: Note, label: String, text: String) {
        let start = lines.count
        let tag = "[\(label)] "
        lines += StyledWrap.wrap([Span(text)], width: width, first: [Span(tag, .marker)],
                                 rest: [Span(String(repeating: " ", count: TextWidth.columns(of: tag)))], anchor: anchor)
        items.append(Page.SideItem(firstLine: start, lineCount: lines.count - start, target: .note(note.id)))
    }

    var anchor: Int { lines.count * 100_000 }
}
