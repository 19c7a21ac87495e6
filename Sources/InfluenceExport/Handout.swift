import InfluenceContent
import InfluenceText

/// What a handout holds, in reading order (the argument, the cases, the glossary, the people), with every note
/// marker resolved to a footnote of its part: the one walk through the content that the Markdown and
/// HTML documents both write out, in the same words as the screen and `print`.
public struct Handout: Sendable {
    /// What to put in a handout.
    public enum Subject: Sendable {
        /// The argument, every case, and the glossary; with a stage, that stage of every case.
        case everything
        /// The article's argument; with a stage, what it says of that stage.
        case argument
        /// One case.
        case `case`(Case)
    }

    /// Text in a paragraph: plain runs, a bold lead-in, and references to the part's footnotes.
    public enum Inline: Equatable, Sendable {
        case text(String)
        case strong(String)
        /// A reference to `footnotes[index]` of the part: a note marker in running text
        /// (`inText`), or the "[20]" of "note [20]" in an attribution or a figure's sources.
        case ref(index: Int, inText: Bool)
    }

    /// A paragraph's inline content.
    public typealias Run = [Inline]

    /// A figure as a list entry: its amount, then the rest of `Content.describe(_:labels:)`
    /// (": what it measures (when; sources)").
    public struct FigureLine: Equatable, Sendable {
        public var amount: String
        public var rest: Run
    }

    /// A glossary entry: the term (with what it stands for), its definition, and the labelled background.
    public struct TermEntry: Equatable, Sendable {
        public var term: String
        public var paragraphs: [String]
    }

    /// A piece of a division, in reading order.
    public enum Block: Equatable, Sendable {
        /// A round of a case inside a stage: "Round 1: the Camarena murder (1985–1989)".
        case subheading(String)
        case paragraph(Run)
        /// Verbatim words (one string a paragraph) and the line saying who said them.
        case quotation(paragraphs: [String], attribution: Run)
        case figures([FigureLine])
        case terms([TermEntry])
    }

    /// A stage of a case, or a section of the argument.
    public struct Division: Equatable, Sendable {
        public var heading: String
        /// The stage's question, shown under its heading.
        public var question: String?
        public var blocks: [Block]
    }

    /// One row of a case's line in the comparison grid.
    public struct GridRow: Equatable, Sendable {
        public var stage: String
        public var phrase: String
    }

    /// A note as a footnote: its label as the screen shows it ("20", "k") and its text with its sources.
    public struct Footnote: Equatable, Sendable {
        public var label: String
        public var text: String
    }

    /// Which kind of part.
    public enum Kind: String, Sendable {
        case argument, `case`, glossary, people
    }

    /// The argument, a case or the glossary: what a page break goes before.
    public struct Part: Equatable, Sendable {
        public var kind: Kind
        /// A name for anchors and footnote ids, unique in the handout: "argument", a case's id, "glossary".
        public var key: String
        public var heading: String
        /// Paragraphs under the heading: a case's gist, the argument's question.
        public var lead: [Run]
        public var divisions: [Division]
        /// The case's line of the comparison grid, a row a stage shown.
        public var grid: [GridRow]
        public var questions: [String]
        /// The case's polls, each a prompt and its options (without the article's answer).
        public var polls: [Poll] = []
        public var footnotes: [Footnote]
    }

    /// The article's title and publication, as the content gives them.
    public var title: String
    public var publication: String
    /// What the content says of the article and of the text we have (no invented authors or titles).
    public var credit: String
    /// The heading of the note on the source that ends a handout.
    public static let sourceHeading = "About the source"
    public var parts: [Part]
    /// A few words for what the handout covers: "Case 3 · Leyenda…", "The argument", "Everything".
    public var scope: String

    /// The handout for `subject`, whole or only the stage with id `stage`.
    public init(content: Content, subject: Subject, stage: String? = nil) {
        let article = content.article
        title = article.title
        publication = article.publication
        credit = article.credit
        var parts: [Part] = []
        switch subject {
        case .everything:
            if stage == nil { parts.append(Self.argument(content, stage: nil)) }
            parts += content.cases.map { Self.case($0, content, stage: stage) }
            if stage == nil, !content.glossary.isEmpty { parts.append(Self.glossary(content)) }
            if stage == nil, let people = Self.people(content, of: nil) { parts.append(people) }
            scope = stage.flatMap(content.stage(id:)).map { "\($0.number). \($0.title), in every case" } ?? "The argument and the cases"
        case .argument:
            parts.append(Self.argument(content, stage: stage))
            scope = "The argument"
        case .case(let c):
            parts.append(Self.case(c, content, stage: stage))
            if stage == nil, let people = Self.people(content, of: c) { parts.append(people) }
            scope = Self.caseHeading(c, content)
        }
        // Keys name anchors: a case whose id clashes with another part's key gets its number.
        var seen: Set<String> = []
        for i in parts.indices {
            if seen.contains(parts[i].key) { parts[i].key += "-\(i + 1)" }
            seen.insert(parts[i].key)
        }
        self.parts = parts
    }

    static func caseHeading(_ c: Case, _ content: Content) -> String {
        "Case \(c.number) · \(c.title) (\(c.years))"
    }

    /// A case: its gist, its stages (or one) with summaries, quotations and figures, its grid line
    /// and, when whole, its discussion questions; footnotes in order of first reference.
    static func `case`(_ c: Case, _ content: Content, stage onlyStage: String?) -> Part {
        var notes = Footnotes(content: content, labels: NoteLabels(case: c, in: content))
        var divisions: [Division] = []
        var grid: [GridRow] = []
        for caseStage in c.stages where onlyStage == nil || caseStage.stage == onlyStage {
            guard let stage = content.stage(id: caseStage.stage) else { continue }
            let heading = "\(stage.number). \(stage.title)" + (stage.isCondition ? " (a condition)" : "")
            var blocks: [Block] = []
            for part in caseStage.parts {
                if let roundID = part.round, let round = c.round(id: roundID) {
                    blocks.append(.subheading("\(round.title) (\(round.years))"))
                }
                blocks += paragraphs(part.summary).map { .paragraph(notes.marked($0)) }
                blocks += part.quotations.map { notes.quotation($0) }
                if !part.figures.isEmpty { blocks.append(.figures(part.figures.map { notes.figure($0) })) }
            }
            divisions.append(Division(heading: heading, question: stage.question, blocks: blocks))
            grid.append(GridRow(stage: "\(stage.number). \(stage.title)", phrase: caseStage.grid))
        }
        return Part(kind: .case, key: anchorName(c.id), heading: caseHeading(c, content),
                    lead: paragraphs(c.gist).map { [.text($0)] }, divisions: divisions, grid: grid,
                    questions: onlyStage == nil ? c.questions : [], polls: onlyStage == nil ? c.polls : [], footnotes: notes.footnotes)
    }

    /// The argument, section by section in `ArgumentSection` order; with a stage, only the stages
    /// section with that stage, as `print framework --stage` has it.
    static func argument(_ content: Content, stage onlyStage: String?) -> Part {
        let article = content.article
        var notes = Footnotes(content: content, labels: NoteLabels(argumentOf: content))
        var divisions: [Division] = []
        for section in ArgumentSection.allCases where onlyStage == nil || section == .stages {
            var blocks: [Block] = []
            switch section {
            case .rivals:
                blocks += paragraphs(article.rivalsSummary).map { .paragraph(notes.marked($0)) }
                for rival in article.rivals {
                    var run: Run = [.strong(rival.name + ".")]
                    run += [.text(" ")] + notes.marked(rival.claim)
                    run += [.text(" Why it falls short: ")] + notes.marked(rival.failure)
                    blocks.append(.paragraph(run))
                }
            case .stages:
                for stage in content.stages where onlyStage == nil || stage.id == onlyStage {
                    let mark = stage.isCondition ? " (condition)" : ""
                    var run: Run = [.strong("\(stage.number). \(stage.title)\(mark):"), .text(" ")]
                    run += notes.marked(stage.description)
                    blocks.append(.paragraph(run))
                }
            case .paradox, .influence, .cycle, .conclusion:
                let parts = section.parts(in: content)
                blocks += parts.texts.flatMap(paragraphs).map { .paragraph(notes.marked($0)) }
                blocks += parts.quotations.map { notes.quotation($0) }
            }
            divisions.append(Division(heading: section.title(in: article), question: nil, blocks: blocks))
        }
        let lead: [Run] = onlyStage == nil ? [[.strong("The question:"), .text(" " + article.question)]] : []
        return Part(kind: .argument, key: "argument", heading: "The argument", lead: lead, divisions: divisions,
                    grid: [], questions: [], footnotes: notes.footnotes)
    }

    /// Every term, with what it stands for, its definition and its background under `Background.label`.
    static func glossary(_ content: Content) -> Part {
        let entries = content.glossary.map { term in
            var paragraphs = Self.paragraphs(MarkedText(term.definition).segments.map { segment in
                if case .text(let text) = segment { return text }
                return ""
            }.joined())
            if let background = term.background { paragraphs.append(Background.labelled(background)) }
            return TermEntry(term: term.term + (term.expansion.map { " — " + $0 } ?? ""), paragraphs: paragraphs)
        }
        return Part(kind: .glossary, key: "glossary", heading: "Glossary", lead: [],
                    divisions: [Division(heading: "The article's words, acronyms and agreements", question: nil, blocks: [.terms(entries)])],
                    grid: [], questions: [], footnotes: [])
    }

    /// The people (everyone, or those of one case), a division for each side, each person an entry
    /// with their cases and their role in each; nil when there is nobody.
    static func people(_ content: Content, of only: Case?) -> Part? {
        let everyone = People.everyone(content)
        let shown = People.matching(everyone, filter: "", caseID: only?.caseID).map { everyone[$0] }
        guard !shown.isEmpty else { return nil }
        let divisions = People.sides.compactMap { side -> Division? in
            let entries = shown.filter { $0.side == side.side }.map { person in
                let cases = person.roles.map { String($0.caseNumber) }
                return TermEntry(term: "\(person.name) · \(cases.count == 1 ? "case" : "cases") \(cases.joined(separator: ", "))",
                                 paragraphs: person.roles.filter { only == nil || $0.caseID == only?.caseID }
                                     .map { "Case \($0.caseNumber), \($0.caseTitle): \($0.role)" })
            }
            return entries.isEmpty ? nil : Division(heading: side.heading, question: nil, blocks: [.terms(entries)])
        }
        return Part(kind: .people, key: only.map { "\($0.id)-people" } ?? "people",
                    heading: only.map { "People of Case \($0.number) · \($0.shortTitle)" } ?? "People", lead: [],
                    divisions: divisions, grid: [], questions: [], footnotes: [])
    }

    /// A text's paragraphs: content writes one paragraph a line.
    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// An id made safe for an anchor: letters, digits and hyphens.
    static func anchorName(_ id: String) -> String {
        let name = String(id.lowercased().unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "0"..."9", "-", "_": return Character(scalar)
            default: return "-"
            }
        })
        return name.isEmpty ? "case" : name
    }

    /// The footnotes of one part, numbered in order of first reference, and the runs that refer to them.
    struct Footnotes {
        let content: Content
        let labels: NoteLabels
        private(set) var footnotes: [Footnote] = []
        private var indexByID: [String: Int] = [:]

        init(content: Content, labels: NoteLabels) {
            self.content = content
            self.labels = labels
        }

        /// The footnote for a note id, added at its first reference; nil for a note that does not exist.
        mutating func index(of id: String) -> Int? {
            if let index = indexByID[id] { return index }
            guard let note = content.note(id: id) else { return nil }
            footnotes.append(Footnote(label: labels[id], text: content.describe(note)))
            indexByID[id] = footnotes.count - 1
            return footnotes.count - 1
        }

        /// Text with `[^id]` markers, as runs and references.
        mutating func marked(_ text: String) -> Run {
            MarkedText(text).segments.map { segment in
                switch segment {
                case .text(let text): return .text(text)
                case .marker(let id):
                    guard let index = index(of: id) else { return .text(labels.marker(id)) }
                    return .ref(index: index, inText: true)
                }
            }
        }

        /// `text` (an attribution, a figure's description) with each "[label]" of the notes `ids`
        /// made a reference; a note the text does not name gets a reference at the end.
        mutating func linked(_ text: String, notes ids: [String]) -> Run {
            var run: Run = []
            var bytes = Array(text.utf8)
            var named: Set<String> = []
            let tokens = ids.map { (id: $0, token: Array(labels.marker($0).utf8)) }
            while true {
                var first: (offset: Int, id: String, length: Int)?
                for token in tokens {
                    if let at = TextTools.firstOffset(of: token.token, in: bytes), at < (first?.offset ?? Int.max) {
                        first = (at, token.id, token.token.count)
                    }
                }
                guard let found = first, let index = index(of: found.id) else { break }
                if found.offset > 0 { run.append(.text(String(decoding: bytes[..<found.offset], as: UTF8.self))) }
                run.append(.ref(index: index, inText: false))
                named.insert(found.id)
                bytes.removeFirst(found.offset + found.length)
            }
            if !bytes.isEmpty { run.append(.text(String(decoding: bytes, as: UTF8.self))) }
            for id in ids where !named.contains(id) {
                if let index = index(of: id) { run.append(.ref(index: index, inText: false)) }
            }
            return run
        }

        mutating func quotation(_ quote: Quotation) -> Block {
            .quotation(paragraphs: Handout.paragraphs(quote.text),
                       attribution: linked(content.attribution(of: quote, labels: labels), notes: quote.notes))
        }

        mutating func figure(_ figure: Figure) -> FigureLine {
            let amount = figure.amount
            let described = content.describe(figure, labels: labels)
            guard described.hasPrefix(amount) else { return FigureLine(amount: "", rest: linked(described, notes: figure.notes)) }
            return FigureLine(amount: amount, rest: linked(String(described.dropFirst(amount.count)), notes: figure.notes))
        }
    }
}
