import InfluenceContent
import InfluenceText

/// Builds the page for a case at a stage, or for a section of the argument, wrapped to a layout.
struct PageBuilder {
    let env: Environment
    let layout: ReadingLayout

    var content: Content { env.content }
    var glyphs: Glyphs { env.glyphs }
    var mainWidth: Int { max(1, layout.main.width) }
    var sideWidth: Int { layout.sideTextWidth }

    /// The page for a subject and step, or nil for a case the content does not have.
    func page(for subject: ReadingSubject, step: Int, labels: NoteLabels) -> Page? {
        switch subject {
        case .argument:
            return argumentPage(section: step, labels: labels)
        case .case(let id):
            return content.case(id).map { casePage($0, step: step, labels: labels) }
        case .across:
            return acrossPage(stage: step, labels: labels)
        }
    }

    /// How many steps a subject has: the stages of a case, the sections of the argument.
    static func stepCount(for subject: ReadingSubject, content: Content) -> Int {
        switch subject {
        case .argument: return ArgumentSection.allCases.count
        case .case(let id): return content.case(id)?.stages.count ?? 0
        case .across: return content.stages.count
        }
    }

    // MARK: Cases

    func casePage(_ c: Case, step: Int, labels: NoteLabels) -> Page {
        let stages = c.stages.compactMap { content.stage(id: $0.stage) }
        let index = min(max(0, step), max(0, c.stages.count - 1))
        let steps = stages.map { Page.Step(number: $0.number, short: $0.shortTitle, title: $0.title, isCondition: $0.isCondition) }
        guard c.stages.indices.contains(index), let stage = content.stage(id: c.stages[index].stage) else {
            return Page(breadcrumb: "Case \(c.number)", steps: steps, current: 0, mainTitle: c.title,
                        mainTitleIsCondition: false, main: [], side: [], sideItems: [])
        }
        let caseStage = c.stages[index]
        let breadcrumb = "Case \(c.number)/\(content.cases.count) \(glyphs.dot) \(c.shortTitle) (\(c.years)) "
            + "\(glyphs.crumb) \(stage.number)/\(content.stages.count) \(stage.title)"

        var main = MainBuilder(width: mainWidth)
        main.add([Span(stage.question, .dim)])
        addStage(caseStage, of: c, labels: labels, to: &main)
        if index == c.stages.count - 1, !c.questions.isEmpty {
            // After the outcome, the questions for a class (also on their own screen, d).
            main.blank()
            main.add([Span("Discussion questions", .heading)])
            for (i, question) in c.questions.enumerated() {
                let number = "\(i + 1). "
                main.add([Span(question)], first: [Span(number, .accent)],
                         rest: [Span(String(repeating: " ", count: number.count))])
            }
        }
        var side = SideBuilder(width: sideWidth, glyphs: glyphs)
        addSide(caseStage, of: c, labels: labels, to: &side)
        if side.items.isEmpty {
            side.plain("The article gives no quotation or note for this stage.", .dim)
        }
        return Page(breadcrumb: breadcrumb, steps: steps, current: index, mainTitle: stage.title,
                    mainTitleIsCondition: stage.isCondition, main: main.lines, side: side.lines, sideItems: side.items)
    }

    /// A case's text at a stage: each round's summary (headed, when the case has rounds) and figures.
    func addStage(_ caseStage: CaseStage, of c: Case, labels: NoteLabels, to main: inout MainBuilder) {
        let multiRound = caseStage.parts.count > 1
        for part in caseStage.parts {
            main.blank()
            if multiRound, let id = part.round, let round = c.round(id: id) {
                main.add([Span("\(round.title) (\(round.years))", .heading)])
            }
            main.add(StyledWrap.spans(marked: part.summary, labels: labels))
            if !part.figures.isEmpty {
                main.blank()
                main.add([Span("Figures", .heading)])
                addFigures(part.figures, labels: labels, to: &main)
            }
        }
    }

    /// A case's quotations and notes at a stage, each round's under its title when the case has rounds.
    func addSide(_ caseStage: CaseStage, of c: Case, labels: NoteLabels, to side: inout SideBuilder) {
        let multiRound = caseStage.parts.count > 1
        for part in caseStage.parts {
            if multiRound, let id = part.round, let round = c.round(id: id) {
                side.heading(round.title, style: .heading)
            }
            side.quotations(part.quotations, content: content, labels: labels)
            side.notes(content.notes(for: part), content: content, labels: labels)
        }
    }

    // MARK: One stage across the cases

    func acrossPage(stage step: Int, labels: NoteLabels) -> Page? {
        let stages = content.stages
        guard !stages.isEmpty else { return nil }
        let index = min(max(0, step), stages.count - 1)
        let stage = stages[index]
        let steps = stages.map { Page.Step(number: $0.number, short: $0.shortTitle, title: $0.title, isCondition: $0.isCondition) }
        var main = MainBuilder(width: mainWidth)
        var side = SideBuilder(width: sideWidth, glyphs: glyphs)
        var sections: [Page.Section] = []
        main.add([Span(stage.question, .dim)])
        for c in content.cases {
            guard let caseStage = c.stage(stage.id) else { continue }
            main.blank()
            sections.append(Page.Section(line: main.lines.count, caseID: c.caseID, sideLine: side.lines.count))
            main.add([Span("Case \(c.number) \(glyphs.dot) \(c.title) (\(c.years))", .title)])
            addStage(caseStage, of: c, labels: labels, to: &main)
            let before = side.items.count
            side.heading("Case \(c.number) \(glyphs.dot) \(c.shortTitle)", style: .title)
            addSide(caseStage, of: c, labels: labels, to: &side)
            if side.items.count == before { side.plain("No quotation or note.", .dim) }
        }
        let breadcrumb = "All cases \(glyphs.crumb) \(stage.number)/\(stages.count) \(stage.title)"
        return Page(breadcrumb: breadcrumb, steps: steps, current: index, mainTitle: stage.title + " in every case",
                    mainTitleIsCondition: stage.isCondition, main: main.lines, side: side.lines, sideItems: side.items,
                    sections: sections)
    }

    /// Figures as bullets: the number with its unit, what it measures, when; the sources once for a
    /// run of figures that share them, after the run.
    func addFigures(_ figures: [Figure], labels: NoteLabels, to main: inout MainBuilder) {
        var start = 0
        while start < figures.count {
            var end = start + 1
            while end < figures.count, figures[end].cites == figures[start].cites { end += 1 }
            for figure in figures[start..<end] {
                var spans = [Span(figure.amount, .figure), Span(" \(glyphs.dash) \(figure.measures)")]
                if !figure.when.isEmpty { spans.append(Span(" (\(figure.when))", .dim)) }
                for id in figure.notes { spans.append(Span(labels.marker(id), .marker, note: NoteID(id))) }
                main.add(spans, first: [Span("\(glyphs.bullet) ", .figure)], rest: [Span("  ")])
            }
            let cites = figures[start].cites
            if !cites.isEmpty {
                let word = end - start == 1 ? "Source" : "Source of these \(end - start) figures"
                main.add([Span("\(word): \(content.describe(cites))", .dim)], first: [Span("  ")], rest: [Span("  ")])
            }
            start = end
        }
    }

    // MARK: The argument

    /// Where stage `index` (0-based) starts in the argument's section on the stages: its heading,
    /// after the section's opening line and three blocks a stage before it (heading, question, text).
    static func argumentStageAnchor(_ index: Int) -> Anchor { Anchor(block: 1 + 3 * max(0, index)) }

    func argumentPage(section step: Int, labels: NoteLabels) -> Page {
        let article = content.article
        let sections = ArgumentSection.allCases
        let index = min(max(0, step), sections.count - 1)
        let section = sections[index]
        let steps = sections.enumerated().map { i, s in
            Page.Step(number: i + 1, short: s.shortTitle, title: s.title(in: article), isCondition: false)
        }
        var main = MainBuilder(width: mainWidth)
        func marked(_ text: String) { main.add(StyledWrap.spans(marked: text, labels: labels)) }
        switch section {
        case .paradox:
            main.add([Span(article.question, .title)])
            main.blank()
            marked(article.paradox.text)
            main.blank()
            main.add([Span(article.credit, .dim)])
        case .rivals:
            marked(article.rivalsSummary)
            for rival in article.rivals {
                main.blank()
                main.add([Span(rival.name, .heading)])
                marked(rival.claim)
                main.add([Span("Why it falls short: ", .accent)] + StyledWrap.spans(marked: rival.failure, labels: labels))
            }
        case .influence: marked(article.influence.text)
        case .cycle: marked(article.cycle.text)
        case .stages:
            main.add([Span("Every case is stepped through the same seven stages. \(glyphs.condition) marks the three conditions an agreement brings.", .dim)])
            for stage in content.stages {
                main.blank()
                main.add([Span("\(stage.isCondition ? glyphs.condition + " " : "")\(stage.number). \(stage.title)",
                               stage.isCondition ? .condition : .heading)])
                main.add([Span(stage.question, .dim)])
                marked(stage.description)
            }
        case .conclusion: marked(article.conclusion.text)
        }

        let parts = section.parts(in: content)
        var noteIDs: [String] = []
        for id in parts.texts.flatMap({ MarkedText.markers(in: $0) }) + parts.quotations.flatMap(\.notes)
        where !noteIDs.contains(id) { noteIDs.append(id) }
        var side = SideBuilder(width: sideWidth, glyphs: glyphs)
        side.quotations(parts.quotations, content: content, labels: labels)
        side.notes(noteIDs.compactMap { content.note(id: $0) }, content: content, labels: labels)
        if side.items.isEmpty { side.plain("No quotation or note in this section.", .dim) }
        let title = section.title(in: article)
        let breadcrumb = "The argument \(glyphs.crumb) \(index + 1)/\(sections.count) \(title)"
        return Page(breadcrumb: breadcrumb, steps: steps, current: index, mainTitle: title,
                    mainTitleIsCondition: false, main: main.lines, side: side.lines, sideItems: side.items)
    }
}

/// Accumulates the main pane's lines, each block of text with its own anchor.
struct MainBuilder {
    let width: Int
    var lines: [StyledLine] = []
    private var block = 0

    init(width: Int) { self.width = width }

    mutating func add(_ spans: [Span], first: [Span] = [], rest: [Span] = []) {
        lines += StyledWrap.wrap(spans, width: width, first: first, rest: rest, anchor: Anchor(block: block))
        block += 1
    }

    mutating func blank() { lines.append(StyledLine([], anchor: Anchor(block: block))) }
}

/// Accumulates side-pane lines and the selectable items they belong to.
struct SideBuilder {
    let width: Int
    let glyphs: Glyphs
    var lines: [StyledLine] = []
    var items: [Page.SideItem] = []

    private var anchor: Anchor { Anchor(block: lines.count) }

    mutating func heading(_ text: String, style: StyleRole) {
        if !lines.isEmpty { lines.append(StyledLine()) }
        lines += StyledWrap.wrap([Span(text, style)], width: width, anchor: anchor)
    }

    mutating func plain(_ text: String, _ role: StyleRole) {
        lines += StyledWrap.wrap([Span(text, role)], width: width, anchor: anchor)
    }

    mutating func quotations(_ quotes: [Quotation], content: Content, labels: NoteLabels) {
        guard !quotes.isEmpty else { return }
        heading(quotes.count == 1 ? "Quotation" : "Quotations", style: .accent)
        for quote in quotes {
            let attribution = content.attribution(of: quote, labels: labels)
            let start = lines.count
            lines += QuotationBlock.lines(text: quote.text, attribution: attribution, width: width, glyphs: glyphs,
                                          gap: false, anchor: anchor)
            items.append(Page.SideItem(firstLine: start, lineCount: lines.count - start,
                                       target: .quotation(text: quote.text, attribution: attribution)))
        }
    }

    mutating func notes(_ notes: [Note], content: Content, labels: NoteLabels) {
        guard !notes.isEmpty else { return }
        heading(notes.count == 1 ? "Note" : "Notes", style: .accent)
        for note in notes {
            let start = lines.count
            let tag = labels.marker(note.id) + " "
            lines += StyledWrap.wrap([Span(content.describe(note))], width: width, first: [Span(tag, .marker)],
                                     rest: [Span(String(repeating: " ", count: TextWidth.columns(of: tag)))], anchor: anchor)
            items.append(Page.SideItem(firstLine: start, lineCount: lines.count - start, target: .note(NoteID(note.id))))
        }
    }
}
