/// One piece of our own text in the content, with what it restates: the unit the provenance and
/// own-words checks read.
public struct Passage: Sendable {
    /// How messages name it: "the summary of leyenda, us-move, round camarena".
    public var what: String
    /// Where it is written (the `from` when there is one, else its record or file).
    public var location: SourceLocation
    public var text: String
    /// Whether it restates the article and so must say which paragraphs (`from`).
    public var traced: Bool
    public var from: Provenance?
    /// Sources and footnotes it credits itself (a note's or a figure's), beside its note markers.
    public var cites: [Citation] = []
    public var footnotes: [Int] = []
    /// Facts from outside the article that its words may also come from: its case's, or its
    /// term's, `background`.
    public var background: [String] = []

    /// The passage's paragraphs: its lines, as a folded YAML text keeps them.
    public var paragraphs: [String] {
        text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy { $0 == " " } }
    }
}

extension Content {
    /// Every passage of our own words: traced ones (summaries, note contexts, definitions, figures,
    /// sections, rivals, stage descriptions) and the rest (roles, titles, questions, events…).
    /// Quotations and figures as the article writes them (`display`) are the article's, not ours.
    public func passages(index: ContentIndex, folder: String = "") -> [Passage] {
        var out: [Passage] = []
        let fallback = SourceLocation(file: folder.isEmpty ? "article.yaml" : folder + "/article.yaml", line: 1, column: 1)
        func file(of location: SourceLocation?) -> SourceLocation {
            location.map { SourceLocation(file: $0.file, line: 1, column: 1) } ?? fallback
        }
        func add(_ what: String, _ text: String, traced: Bool, from: Provenance? = nil, at: SourceLocation,
                 cites: [Citation] = [], footnotes: [Int] = [], background: [String] = []) {
            guard !text.isEmpty else { return }
            out.append(Passage(what: what, location: from?.location ?? at, text: text, traced: traced, from: from,
                               cites: cites, footnotes: footnotes, background: background))
        }
        func quotations(_ list: [Quotation], _ where_: String, at: SourceLocation) {
            for q in list {
                add("the role of \(q.by), quoted in \(where_)", q.role, traced: false, at: at)
                add("when \(q.by) is quoted in \(where_)", q.when, traced: false, at: at)
            }
        }
        func notes(_ list: [Note], background: [String]) {
            for note in list {
                let at = index.definitions[.note]?[note.id] ?? fallback
                add("the context of note \(note.id)", note.context, traced: true, from: note.from, at: at,
                    cites: note.cites, footnotes: note.footnote.map { [$0] } ?? [], background: background)
                add("the background of note \(note.id)", note.background ?? "", traced: false, at: at)
            }
        }

        // The framework.
        let a = article
        let articleBackground = a.notes.compactMap(\.background)
        add("the credit", a.credit, traced: false, at: fallback)
        add("the question", a.question, traced: false, at: fallback)
        for section in [a.paradox, a.influence, a.cycle, a.conclusion] {
            add("the \(section.id) section", section.text, traced: true, from: section.from, at: fallback, background: articleBackground)
            quotations(section.quotations, "the \(section.id) section", at: fallback)
        }
        add("the rivals' summary", a.rivalsSummary, traced: true, from: a.rivalsSummaryFrom, at: fallback, background: articleBackground)
        for rival in a.rivals {
            add("the rival explanation \(rival.id)", rival.claim + "\n" + rival.failure, traced: true, from: rival.from,
                at: fallback, background: articleBackground)
        }
        notes(a.notes, background: articleBackground)

        // The stages.
        for stage in stages {
            let at = index.definitions[.stage]?[stage.id] ?? fallback
            add("the description of stage \(stage.id)", stage.description, traced: true, from: stage.from, at: at, background: articleBackground)
            add("the question of stage \(stage.id)", stage.question, traced: false, at: at)
        }

        // The cases.
        for c in cases {
            let at = file(of: index.definitions[.case]?[c.id])
            let background = c.notes.compactMap(\.background)
            add("the gist of \(c.id)", c.gist, traced: false, at: at)
            for actor in c.actors { add("the role of \(actor.name) in \(c.id)", actor.role, traced: false, at: at) }
            for round in c.rounds { add("the title of \(c.id)'s round \(round.id)", round.title, traced: false, at: at) }
            for stage in c.stages {
                add("the grid phrase of \(c.id), \(stage.stage)", stage.grid, traced: false, at: at)
                for part in stage.parts {
                    let name = "\(c.id), \(stage.stage)" + (part.round.map { ", round \($0)" } ?? "")
                    add("the summary of \(name)", part.summary, traced: true, from: part.from, at: at, background: background)
                    quotations(part.quotations, name, at: at)
                    for figure in part.figures {
                        let words = [figure.display, figure.period ?? "", figure.measures].filter { !$0.isEmpty }.joined(separator: "; ")
                        add("the figure \(figure.display) in \(name)", words, traced: true, from: figure.from, at: at,
                            cites: figure.cites, footnotes: figure.notes.compactMap { self.note(id: $0)?.footnote }, background: background)
                    }
                }
            }
            for (i, question) in c.questions.enumerated() { add("discussion question \(i + 1) of \(c.id)", question, traced: false, at: at) }
            for poll in c.polls {
                add("the poll \(poll.id) of \(c.id)", ([poll.prompt] + poll.options).joined(separator: "\n"), traced: false, at: at)
                add("why the article supports an option of poll \(poll.id)", poll.why ?? "", traced: true, from: poll.from, at: at, background: background)
            }
            for event in c.events { add("the \(event.date) event of \(c.id)", event.text, traced: false, at: at) }
            notes(c.notes, background: background)
        }

        // The glossary and the sources.
        for term in glossary {
            let at = index.definitions[.term]?[term.id] ?? fallback
            add("the definition of \(term.term)", term.definition, traced: true, from: term.from, at: at,
                background: term.background.map { [$0] } ?? [])
            add("the background of \(term.term)", term.background ?? "", traced: false, at: at)
        }
        for source in sources {
            let at = index.definitions[.source]?[source.id] ?? fallback
            add("the note on source \(source.id)", source.note ?? "", traced: false, at: at)
        }
        return out
    }
}
