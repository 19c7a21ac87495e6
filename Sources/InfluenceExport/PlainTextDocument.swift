import InfluenceContent
import InfluenceText

/// The article's framework and cases as wrapped plain text, for pipes, screen readers and handouts.
public struct PlainTextDocument {
    public let content: Content
    public let width: Int

    public init(content: Content, width: Int) {
        self.content = content
        self.width = max(20, width)
    }

    /// Everything: the framework, then every case.
    public func all() -> String {
        ([framework()] + content.cases.map { self.case($0, stage: nil) }).joined(separator: "\n\n")
    }

    /// The article's argument, section by section (or only `only`), in the explorer's order; with
    /// `onlyStage` (a stage id), only what the argument says of that stage.
    public func framework(only: ArgumentSection? = nil, stage onlyStage: String? = nil) -> String {
        let article = content.article
        let labels = NoteLabels(argumentOf: content)
        var out: [String] = []
        out += wrap(article.title.uppercased())
        out += wrap(article.publication)
        if onlyStage == nil {
            out.append("")
            out += wrap("The question: " + article.question)
        }
        var noteIDs: [String] = []
        for section in ArgumentSection.allCases where (only == nil || only == section) && (onlyStage == nil || section == .stages) {
            let title = section.title(in: article)
            out.append("")
            out += wrap(title)
            out.append(String(repeating: "-", count: min(width, TextWidth.columns(of: title))))
            switch section {
            case .rivals:
                out += wrap(labels.render(article.rivalsSummary))
                for rival in article.rivals {
                    out.append("")
                    out += wrap("\(rival.name). \(labels.render(rival.claim)) Why it falls short: \(labels.render(rival.failure))")
                }
            case .stages:
                for stage in content.stages where onlyStage == nil || stage.id == onlyStage {
                    let mark = stage.isCondition ? " (condition)" : ""
                    out += wrap("\(stage.number). \(stage.title)\(mark): \(labels.render(stage.description))", first: "", rest: "   ")
                    if onlyStage != nil { noteIDs += MarkedText.markers(in: stage.description) }
                }
            case .paradox, .influence, .cycle, .conclusion:
                out += wrap(labels.render(section.parts(in: content).texts.joined(separator: "\n")))
            }
            guard onlyStage == nil else { continue }
            let parts = section.parts(in: content)
            noteIDs += parts.texts.flatMap { MarkedText.markers(in: $0) } + parts.quotations.flatMap(\.notes)
            out += quotations(parts.quotations, labels: labels)
        }
        out += notes(unique(noteIDs).compactMap { content.note(id: $0) }, labels: labels)
        return out.joined(separator: "\n")
    }

    /// One case: its header, then every stage (or only `stage`) with quotations, figures and notes.
    public func `case`(_ c: Case, stage onlyStage: String?) -> String {
        let labels = NoteLabels(case: c, in: content)
        var out: [String] = []
        out += wrap("CASE \(c.number)/\(content.cases.count) · \(c.title.uppercased()) (\(c.years))")
        out += wrap(c.gist)
        for caseStage in c.stages where onlyStage == nil || caseStage.stage == onlyStage {
            guard let stage = content.stage(id: caseStage.stage) else { continue }
            out.append("")
            let mark = stage.isCondition ? " [condition]" : ""
            out += wrap("\(stage.number)/\(content.stages.count) \(stage.title)\(mark)")
            out += wrap(stage.question)
            for part in caseStage.parts {
                if let roundID = part.round, let round = c.round(id: roundID) {
                    out.append("")
                    out += wrap("\(round.title) (\(round.years))", first: "  ", rest: "  ")
                }
                out.append("")
                out += wrap(labels.render(part.summary), first: "  ", rest: "  ")
                out += quotations(part.quotations, labels: labels)
                if !part.figures.isEmpty {
                    out.append("")
                    out += wrap("Figures", first: "  ", rest: "  ")
                    for figure in part.figures {
                        out += wrap(content.describe(figure, labels: labels), first: "  * ", rest: "    ")
                    }
                }
                out += notes(content.notes(for: part), labels: labels)
            }
        }
        if onlyStage == nil, !c.questions.isEmpty {
            out.append("")
            out += questionLines(c)
        }
        return out.joined(separator: "\n")
    }

    func quotations(_ quotes: [Quotation], labels: NoteLabels) -> [String] {
        guard !quotes.isEmpty else { return [] }
        var out = [""] + wrap("Quotations", first: "  ", rest: "  ")
        for quote in quotes {
            out += wrap("\u{201C}\(quote.text)\u{201D}", first: "  > ", rest: "    ")
            out += wrap(content.attribution(of: quote, labels: labels), first: "    -- ", rest: "       ")
        }
        return out
    }

    func notes(_ notes: [Note], labels: NoteLabels) -> [String] {
        guard !notes.isEmpty else { return [] }
        var out = [""] + wrap("Notes", first: "  ", rest: "  ")
        for note in notes {
            let label = "  \(labels.marker(note.id)) "
            out += wrap(content.describe(note), first: label, rest: String(repeating: " ", count: TextWidth.columns(of: label)))
        }
        return out
    }

    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        WordWrap.lines(text, width: width, first: first, rest: rest)
    }

    func unique(_ ids: [String]) -> [String] {
        var seen: [String] = []
        for id in ids where !seen.contains(id) { seen.append(id) }
        return seen
    }
}
