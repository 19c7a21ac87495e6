import Yams

/// Readers for each kind of content file.
extension ContentLoader {
    static func readArticle(_ root: Node, _ r: YAMLReader) -> Article? {
        guard let f = r.fields(root, "article.yaml", allowed: [
            "title", "publication", "credit", "question", "paradox", "rivals_summary", "rivals",
            "influence", "cycle", "conclusion", "notes",
        ]) else { return nil }
        let title = f.text("title", keepNewlines: false)
        let publication = f.text("publication", keepNewlines: false)
        let credit = f.text("credit")
        let question = f.text("question", keepNewlines: false)
        func section(_ key: String) -> Section? {
            guard let node = f.valueNode(key) else {
                r.error(root, "article.yaml is missing \"\(key)\"")
                return nil
            }
            return readSection(node, id: key, r)
        }
        let paradox = section("paradox")
        let rivalsSummary = f.markedText("rivals_summary")
        let rivals = f.list("rivals", required: true) { node -> Rival? in
            guard let g = r.fields(node, "a rival explanation", allowed: ["id", "name", "claim", "failure"]) else {
                return nil
            }
            let id = g.text("id", keepNewlines: false)
            let name = g.text("name", keepNewlines: false)
            let claim = g.markedText("claim")
            let failure = g.markedText("failure")
            guard let id, let name, let claim, let failure else { return nil }
            return Rival(id: id, name: name, claim: claim, failure: failure)
        }
        let influence = section("influence")
        let cycle = section("cycle")
        let conclusion = section("conclusion")
        let notes = f.list("notes") { readNote($0, r) }
        guard let title, let publication, let credit, let question, let paradox, let rivalsSummary,
              let influence, let cycle, let conclusion else { return nil }
        return Article(title: title, publication: publication, credit: credit, question: question,
                       paradox: paradox, rivals: rivals, rivalsSummary: rivalsSummary, influence: influence,
                       cycle: cycle, conclusion: conclusion, notes: notes)
    }

    static func readStages(_ root: Node, _ r: YAMLReader) -> [Stage]? {
        topList(root, key: "stages", what: "stages", r) { node -> Stage? in
            guard let f = r.fields(node, "a stage", allowed: [
                "id", "number", "title", "short_title", "question", "condition", "description",
            ]) else { return nil }
            let id = f.text("id", keepNewlines: false)
            if let id, let n = f.valueNode("id") { r.index.define(.stage, id, at: r.location(n)) }
            let number = f.int("number")
            let title = f.text("title", keepNewlines: false)
            let shortTitle = f.text("short_title", keepNewlines: false)
            let question = f.text("question", keepNewlines: false)
            let condition = f.bool("condition", default: false)
            let description = f.markedText("description")
            guard let id, let number, let title, let shortTitle, let question, let description else { return nil }
            return Stage(id: id, number: number, title: title, shortTitle: shortTitle, question: question,
                         isCondition: condition, description: description)
        }
    }

    static func readSources(_ root: Node, _ r: YAMLReader) -> [Source]? {
        topList(root, key: "sources", what: "sources", r) { node -> Source? in
            guard let f = r.fields(node, "a source", allowed: ["id", "author", "year", "note"]) else { return nil }
            let id = f.text("id", keepNewlines: false)
            if let id, let n = f.valueNode("id") { r.index.define(.source, id, at: r.location(n)) }
            let author = f.text("author", keepNewlines: false)
            let year = f.text("year", keepNewlines: false)
            let note = f.text("note", required: false)
            guard let id, let author, let year else { return nil }
            return Source(id: id, author: author, year: year, note: note)
        }
    }

    static func readGlossary(_ root: Node, _ r: YAMLReader) -> [Term]? {
        topList(root, key: "terms", what: "glossary terms", r) { node -> Term? in
            guard let f = r.fields(node, "a glossary term", allowed: [
                "id", "term", "expansion", "definition", "background",
            ]) else {
                return nil
            }
            let id = f.text("id", keepNewlines: false)
            if let id, let n = f.valueNode("id") { r.index.define(.term, id, at: r.location(n)) }
            let term = f.text("term", keepNewlines: false)
            let expansion = f.text("expansion", required: false, keepNewlines: false)
            let definition = f.markedText("definition")
            let background = f.text("background", required: false)
            guard let id, let term, let definition else { return nil }
            return Term(id: id, term: term, expansion: expansion, definition: definition, background: background)
        }
    }

    static func readCase(_ root: Node, _ r: YAMLReader) -> Case? {
        guard let f = r.fields(root, "a case file", allowed: [
            "id", "number", "title", "short_title", "years", "gist", "actors", "rounds", "stages",
            "questions", "events", "notes",
        ]) else { return nil }
        let id = f.text("id", keepNewlines: false)
        if let id, let n = f.valueNode("id") { r.index.define(.case, id, at: r.location(n)) }
        let number = f.int("number")
        let title = f.text("title", keepNewlines: false)
        let shortTitle = f.text("short_title", keepNewlines: false)
        let years = f.text("years", keepNewlines: false)
        let gist = f.text("gist", keepNewlines: false)
        let actors = f.list("actors", required: true) { node -> Actor? in
            guard let g = r.fields(node, "an actor", allowed: ["name", "role", "side"]) else { return nil }
            let name = g.text("name", keepNewlines: false)
            let role = g.text("role", keepNewlines: false)
            var side: Side?
            if let s = g.text("side", keepNewlines: false), let sideNode = g.valueNode("side") {
                side = Side(rawValue: s)
                if side == nil {
                    r.error(sideNode, "\"side\" should be one of: us, mexico, other (not \"\(s)\")")
                }
            }
            guard let name, let role, let side else { return nil }
            return Actor(name: name, role: role, side: side)
        }
        let rounds = f.list("rounds") { node -> Round? in
            guard let g = r.fields(node, "a round", allowed: ["id", "title", "years"]) else { return nil }
            let id = g.text("id", keepNewlines: false)
            let title = g.text("title", keepNewlines: false)
            let years = g.text("years", keepNewlines: false)
            guard let id, let title, let years else { return nil }
            return Round(id: id, title: title, years: years)
        }
        let roundIDs = rounds.map(\.id)
        let stages = f.list("stages", required: true) { readCaseStage($0, roundIDs: roundIDs, r) }
        let questions = f.list("questions") { r.text($0, "a discussion question", keepNewlines: false) }
        let events = f.list("events") { node -> TimelineEvent? in
            guard let g = r.fields(node, "a timeline event", allowed: ["date", "text", "notes"]) else { return nil }
            let date = g.text("date", keepNewlines: false)
            if let date, !TimelineDate.isValid(date), let n = g.valueNode("date") {
                r.error(n, "\"date\" should be written YYYY, YYYY-MM or YYYY-MM-DD (like 1985-02), not \"\(date)\"")
            }
            let text = g.markedText("text")
            let notes = g.noteIDs()
            guard let date, let text else { return nil }
            return TimelineEvent(date: date, text: text, notes: notes)
        }
        let notes = f.list("notes") { readNote($0, r) }
        guard let id, let number, let title, let shortTitle, let years, let gist else { return nil }
        return Case(id: id, number: number, title: title, shortTitle: shortTitle, years: years, gist: gist,
                    actors: actors, rounds: rounds, stages: stages, questions: questions, events: events,
                    notes: notes)
    }

    static func readCaseStage(_ node: Node, roundIDs: [String], _ r: YAMLReader) -> CaseStage? {
        guard let f = r.fields(node, "a stage", allowed: [
            "stage", "grid", "summary", "quotations", "figures", "rounds",
        ]) else { return nil }
        let stage = f.text("stage", keepNewlines: false)
        if let stage, let n = f.valueNode("stage") { r.index.use(.stage, stage, at: r.location(n)) }
        let grid = f.text("grid", keepNewlines: false)
        let what = stage.map { "the \"\($0)\" stage" } ?? "this stage"
        var parts: [StagePart] = []
        if roundIDs.count > 1 {
            for key in ["summary", "quotations", "figures"] where f.has(key) {
                r.error(f.keyNode(key), "this case has rounds, so \(what) puts \"\(key)\" under \"rounds\"")
            }
            parts = f.list("rounds", required: true) { readPart($0, roundIDs: roundIDs, r) }
            let given = parts.compactMap(\.round)
            for id in roundIDs where !given.contains(id) {
                r.error(f.keyNode("rounds") ?? node, "\(what) has nothing for round \"\(id)\"; add it, saying plainly if the article is silent")
            }
        } else {
            if f.has("rounds") {
                r.error(f.keyNode("rounds"), "\"rounds\" in a stage needs two or more rounds listed under the case's \"rounds\"")
            }
            let summary = f.markedText("summary")
            let quotations = f.list("quotations") { readQuotation($0, r) }
            let figures = f.list("figures") { readFigure($0, r) }
            if let summary {
                parts = [StagePart(round: nil, summary: summary, quotations: quotations, figures: figures)]
            }
        }
        guard let stage, let grid else { return nil }
        return CaseStage(stage: stage, grid: grid, parts: parts)
    }

    static func readPart(_ node: Node, roundIDs: [String], _ r: YAMLReader) -> StagePart? {
        guard let f = r.fields(node, "a round of a stage", allowed: ["round", "summary", "quotations", "figures"]) else {
            return nil
        }
        let round = f.text("round", keepNewlines: false)
        if let round, !roundIDs.contains(round), let n = f.valueNode("round") {
            let guess = TextTools.closest(to: round, in: roundIDs).map { "; did you mean \"\($0)\"?" } ?? ""
            r.error(n, "there is no round \"\(round)\" in this case\(guess)")
        }
        let summary = f.markedText("summary")
        let quotations = f.list("quotations") { readQuotation($0, r) }
        let figures = f.list("figures") { readFigure($0, r) }
        guard let round, let summary else { return nil }
        return StagePart(round: round, summary: summary, quotations: quotations, figures: figures)
    }
}
