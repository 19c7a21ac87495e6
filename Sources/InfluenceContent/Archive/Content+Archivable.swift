/// How each content type writes itself to the archive and reads itself back, field by field.
/// A field added to a type must be added to both functions, in the same place.
extension Content: Archivable {
    func archive(into w: inout ArchiveWriter) {
        article.archive(into: &w)
        w.write(stages)
        w.write(cases)
        w.write(sources)
        w.write(glossary)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(article: try Article(archive: &r), stages: try r.list(), cases: try r.list(),
                  sources: try r.list(), glossary: try r.list())
    }
}

extension Article: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(title); w.write(publication); w.write(credit); w.write(question)
        paradox.archive(into: &w)
        w.write(rivals)
        w.write(rivalsSummary)
        influence.archive(into: &w); cycle.archive(into: &w); conclusion.archive(into: &w)
        w.write(notes)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(title: try r.string(), publication: try r.string(), credit: try r.string(),
                  question: try r.string(), paradox: try Section(archive: &r), rivals: try r.list(),
                  rivalsSummary: try r.string(), influence: try Section(archive: &r),
                  cycle: try Section(archive: &r), conclusion: try Section(archive: &r), notes: try r.list())
    }
}

extension Section: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(id); w.write(title); w.write(text); w.write(quotations)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(id: try r.string(), title: try r.string(), text: try r.string(), quotations: try r.list())
    }
}

extension Rival: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(id); w.write(name); w.write(claim); w.write(failure)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(id: try r.string(), name: try r.string(), claim: try r.string(), failure: try r.string())
    }
}

extension Stage: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(id); w.write(number); w.write(title); w.write(shortTitle); w.write(question)
        w.write(isCondition); w.write(description)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(id: try r.string(), number: try r.int(), title: try r.string(), shortTitle: try r.string(),
                  question: try r.string(), isCondition: try r.bool(), description: try r.string())
    }
}

extension Case: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(id); w.write(number); w.write(title); w.write(shortTitle); w.write(years); w.write(gist)
        w.write(actors); w.write(rounds); w.write(stages); w.write(questions); w.write(events); w.write(notes)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(id: try r.string(), number: try r.int(), title: try r.string(), shortTitle: try r.string(),
                  years: try r.string(), gist: try r.string(), actors: try r.list(), rounds: try r.list(),
                  stages: try r.list(), questions: try r.strings(), events: try r.list(), notes: try r.list())
    }
}

extension Actor: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(name); w.write(role); w.write(side.rawValue)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        let name = try r.string(), role = try r.string()
        guard let side = Side(rawValue: try r.string()) else { throw ArchiveReader.Damaged() }
        self.init(name: name, role: role, side: side)
    }
}

extension Round: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(id); w.write(title); w.write(years)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(id: try r.string(), title: try r.string(), years: try r.string())
    }
}

extension CaseStage: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(stage); w.write(grid); w.write(parts)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(stage: try r.string(), grid: try r.string(), parts: try r.list())
    }
}

extension StagePart: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(round); w.write(summary); w.write(quotations); w.write(figures)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(round: try r.optionalString(), summary: try r.string(), quotations: try r.list(),
                  figures: try r.list())
    }
}

extension Quotation: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(text); w.write(by); w.write(role); w.write(when); w.write(cites); w.write(notes)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(text: try r.string(), by: try r.string(), role: try r.string(), when: try r.string(),
                  cites: try r.list(), notes: try r.strings())
    }
}

extension Citation: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(source); w.write(pages); w.write(citedIn)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(source: try r.string(), pages: try r.optionalString(), citedIn: try r.bool())
    }
}

extension Figure: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(value); w.write(display); w.write(unit); w.write(year); w.write(period); w.write(measures)
        w.write(cites); w.write(notes)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(value: try r.double(), display: try r.string(), unit: try r.string(), year: try r.optionalInt(),
                  period: try r.optionalString(), measures: try r.string(), cites: try r.list(), notes: try r.strings())
    }
}

extension Note: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(id); w.write(footnote); w.write(context); w.write(background); w.write(cites)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(id: try r.string(), footnote: try r.optionalInt(), context: try r.string(),
                  background: try r.optionalString(), cites: try r.list())
    }
}

extension Source: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(id); w.write(author); w.write(year); w.write(note)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(id: try r.string(), author: try r.string(), year: try r.string(), note: try r.optionalString())
    }
}

extension Term: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(id); w.write(term); w.write(expansion); w.write(definition); w.write(background)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(id: try r.string(), term: try r.string(), expansion: try r.optionalString(), definition: try r.string(),
                  background: try r.optionalString())
    }
}

extension TimelineEvent: Archivable {
    func archive(into w: inout ArchiveWriter) {
        w.write(date); w.write(text); w.write(notes)
    }

    init(archive r: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        self.init(date: try r.string(), text: try r.string(), notes: try r.strings())
    }
}
