/// Everything the explorer shows: the article's framework, the stages, the cases, sources and glossary.
public struct Content: Codable, Equatable, Sendable {
    public var article: Article
    public var stages: [Stage]
    public var cases: [Case]
    public var sources: [Source]
    public var glossary: [Term]

    public init(article: Article, stages: [Stage], cases: [Case], sources: [Source], glossary: [Term]) {
        self.article = article
        self.stages = stages
        self.cases = cases
        self.sources = sources
        self.glossary = glossary
    }

    /// The stage definition with this id.
    public func stage(id: String) -> Stage? { stages.first { $0.id == id } }

    /// The source with this id.
    public func source(id: String) -> Source? { sources.first { $0.id == id } }

    /// The case with this number (1-based) or id.
    public func findCase(_ key: String) -> Case? {
        if let n = Int(key) { return cases.first { $0.number == n } }
        let lower = key.lowercased()
        return cases.first { $0.id == lower }
    }

    /// Every note: the article's framework notes, then each case's.
    public var allNotes: [Note] { article.notes + cases.flatMap(\.notes) }

    /// Counts for the one-line summary `validate` prints.
    public var summary: String {
        let stageCount = cases.reduce(0) { $0 + $1.stages.count }
        let quotes = article.allQuotations.count + cases.reduce(0) { $0 + $1.allQuotations.count }
        return "\(cases.count) cases, \(stageCount) stages, \(quotes) quotations, \(allNotes.count) notes, \(sources.count) sources"
    }

    /// Pages of a source cited anywhere in the content, in first-seen order.
    public func pagesCited(source id: String) -> [String] {
        var pages: [String] = []
        for citation in allCitations where citation.source == id {
            if let p = citation.pages, !pages.contains(p) { pages.append(p) }
        }
        return pages
    }

    /// Every citation in the content.
    public var allCitations: [Citation] {
        var result = allNotes.flatMap(\.cites)
        result += article.allQuotations.flatMap(\.cites)
        for c in cases {
            for part in c.stages.flatMap(\.parts) {
                result += part.quotations.flatMap(\.cites)
                result += part.figures.flatMap(\.cites)
            }
        }
        return result
    }
}
