/// What the content files hold beyond their fields' types: the shape of the three list files, the
/// two types whose file form differs from their model, and the rules checked with positions.

/// stages.yaml: `stages:` and the list of the seven stages.
struct StagesFile: Decodable, ContentChecked {
    var stages: [Stage]

    enum CodingKeys: String, ContentKey {
        case stages
        static let noun = "this file"
    }

    func check(_ record: RecordCheck) {
        if !record.has(CodingKeys.stages) {
            record.reject("this file should start with \"stages:\" followed by a list of stages")
        }
    }
}

/// sources.yaml: `sources:` and the list of works the article cites.
struct SourcesFile: Decodable, ContentChecked {
    var sources: [Source]

    enum CodingKeys: String, ContentKey {
        case sources
        static let noun = "this file"
    }

    func check(_ record: RecordCheck) {
        if !record.has(CodingKeys.sources) {
            record.reject("this file should start with \"sources:\" followed by a list of sources")
        }
    }
}

/// glossary.yaml: `terms:` and the list of glossary terms.
struct GlossaryFile: Decodable, ContentChecked {
    var terms: [Term]

    enum CodingKeys: String, ContentKey {
        case terms
        static let noun = "this file"
    }

    func check(_ record: RecordCheck) {
        if !record.has(CodingKeys.terms) {
            record.reject("this file should start with \"terms:\" followed by a list of glossary terms")
        }
    }
}

extension Section {
    /// In article.yaml a section stands under its id ("paradox: …"), so its id is that key; the
    /// archive stores it.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if decoder.contentFile != nil {
            id = decoder.codingPath.last?.stringValue ?? ""
        } else {
            id = try c.decode(String.self, forKey: .id)
        }
        title = try c.decode(String.self, forKey: .title)
        text = try c.decode(String.self, forKey: .text)
        quotations = try c.decode([Quotation].self, forKey: .quotations)
        from = try c.decodeIfPresent(Provenance.self, forKey: .from)
    }
}

extension CaseStage {
    /// A case file writes one round's summary, quotations and figures in the stage itself, or, in a
    /// case with rounds, a list of them under `rounds` (which of the two is right is checked with
    /// the case, which knows its rounds). The archive stores the parts.
    public init(from decoder: any Decoder) throws {
        guard let file = decoder.contentFile else {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(stage: try c.decode(String.self, forKey: .stage), grid: try c.decode(String.self, forKey: .grid),
                      parts: try c.decode([StagePart].self, forKey: .parts))
            return
        }
        let c = try decoder.container(keyedBy: FileKeys.self)
        let stage = try c.decode(String.self, forKey: .stage)
        let grid = try c.decode(String.self, forKey: .grid)
        // A bad summary loses the part, not the stage: the validator then says the stage is empty.
        let summary = try file.tolerating { try c.decodeIfPresent(String.self, forKey: .summary) } ?? nil
        let from = try c.decodeIfPresent(Provenance.self, forKey: .from)
        let quotations = try c.decode([Quotation].self, forKey: .quotations)
        let figures = try c.decode([Figure].self, forKey: .figures)
        let rounds = try c.decodeIfPresent([StagePart].self, forKey: .rounds)
        let single = summary.map { [StagePart(round: nil, summary: $0, quotations: quotations, figures: figures, from: from)] }
        self.init(stage: stage, grid: grid, parts: rounds ?? single ?? [])
    }
}

extension Article: ContentChecked {
    func check(_ record: RecordCheck) {
        if !record.has(CodingKeys.rivals) { record.error("article.yaml is missing \"rivals\"") }
    }
}

extension Case: ContentChecked {
    func check(_ record: RecordCheck) {
        for key in [CodingKeys.actors, .stages] where !record.has(key) {
            record.error("a case file is missing \"\(key.stringValue)\"")
        }
        let roundIDs = rounds.map(\.id)
        for stage in record.records(CodingKeys.stages) where stage.isMapping {
            checkRounds(of: stage, roundIDs: roundIDs)
        }
        var pollIDs: Set<String> = []
        for poll in record.records(CodingKeys.polls) where poll.isMapping {
            guard let id = poll.text(Poll.CodingKeys.id) else { continue }
            if !pollIDs.insert(id).inserted { poll.error(at: Poll.CodingKeys.id, "the poll id \"\(id)\" is used twice in this case") }
        }
    }

    /// A stage of a case with rounds lists one part per round under `rounds`; a stage of a case
    /// without writes its summary directly.
    private func checkRounds(of stage: RecordCheck, roundIDs: [String]) {
        typealias Keys = CaseStage.FileKeys
        let what = stage.text(Keys.stage).map { "the \"\($0)\" stage" } ?? "this stage"
        guard roundIDs.count > 1 else {
            if stage.has(Keys.rounds) {
                stage.error(atKey: Keys.rounds, "\"rounds\" in a stage needs two or more rounds listed under the case's \"rounds\"")
            } else if !stage.has(Keys.summary) {
                stage.error("a stage is missing \"summary\"")
            }
            return
        }
        for key in [Keys.summary, .from, .quotations, .figures] where stage.has(key) {
            stage.error(atKey: key, "this case has rounds, so \(what) puts \"\(key.stringValue)\" under \"rounds\"")
        }
        guard stage.has(Keys.rounds) else {
            stage.error("a stage is missing \"rounds\"")
            return
        }
        var given: [String] = []
        for part in stage.records(Keys.rounds) where part.isMapping {
            guard let round = part.text(StagePart.CodingKeys.round) else {
                if !part.has(StagePart.CodingKeys.round) { part.error("a round of a stage is missing \"round\"") }
                continue
            }
            if !roundIDs.contains(round) {
                let guess = TextTools.closest(to: round, in: roundIDs).map { "; did you mean \"\($0)\"?" } ?? ""
                part.error(at: StagePart.CodingKeys.round, "there is no round \"\(round)\" in this case\(guess)")
            }
            given.append(round)
        }
        for id in roundIDs where !given.contains(id) {
            stage.error(atKey: Keys.rounds, "\(what) has nothing for round \"\(id)\"; add it, saying plainly if the article is silent")
        }
    }
}

extension TimelineEvent: ContentChecked {
    func check(_ record: RecordCheck) {
        if !TimelineDate.isValid(date) {
            record.error(at: CodingKeys.date, "\"date\" should be written YYYY, YYYY-MM or YYYY-MM-DD (like 1985-02), not \"\(date)\"")
        }
    }
}

extension Figure: ContentChecked {
    func check(_ record: RecordCheck) {
        if !record.has(CodingKeys.year), !record.has(CodingKeys.period) {
            record.error("a figure needs \"year\" or \"period\" so it can be placed in time")
        }
    }
}

extension Note: ContentChecked {
    func check(_ record: RecordCheck) {
        if let footnote, !(1...ContentValidator.footnoteCount).contains(footnote) {
            record.error(at: CodingKeys.footnote, "the article's footnotes run from 1 to \(ContentValidator.footnoteCount); there is no footnote \(footnote)")
        }
    }
}
