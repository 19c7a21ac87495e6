import Synchronization

/// Everything the explorer shows: the article's framework, the stages, the cases, sources and glossary.
public struct Content: Codable, Equatable, Sendable {
    public var article: Article { didSet { lookups = Lookups() } }
    public var stages: [Stage]
    public var cases: [Case] { didSet { lookups = Lookups() } }
    public var sources: [Source] { didSet { lookups = Lookups() } }
    public var glossary: [Term]
    /// Where each case, note and source is, by id: a lookup inside a loop over the cases would
    /// otherwise scan them all again for every case. Made the first time a lookup needs it (not
    /// while the built-in content is decoded, just after the first frame), and again after a
    /// change to what it indexes.
    private var lookups = Lookups()

    enum CodingKeys: String, CodingKey {
        case article, stages, cases, sources, glossary
    }

    public init(article: Article, stages: [Stage], cases: [Case], sources: [Source], glossary: [Term]) {
        self.article = article
        self.stages = stages
        self.cases = cases
        self.sources = sources
        self.glossary = glossary
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(article: try c.decode(Article.self, forKey: .article), stages: try c.decode([Stage].self, forKey: .stages),
                  cases: try c.decode([Case].self, forKey: .cases), sources: try c.decode([Source].self, forKey: .sources),
                  glossary: try c.decode([Term].self, forKey: .glossary))
    }

    /// The same content: the same fields (how far its lookups are made does not count).
    public static func == (a: Content, b: Content) -> Bool {
        a.article == b.article && a.stages == b.stages && a.cases == b.cases && a.sources == b.sources
            && a.glossary == b.glossary
    }

    /// Positions by id; where an id is given twice (content that did not validate), the first, as
    /// a scan in order would find it.
    struct Lookup: Sendable {
        /// A note's place: the article's notes (case nil) or a case's, and its position there.
        struct NotePlace: Sendable {
            var caseIndex: Int?
            var index: Int
        }

        var cases: [String: Int] = [:]
        var notes: [String: NotePlace] = [:]
        var sources: [String: Int] = [:]

        init(_ content: Content) {
            cases.reserveCapacity(content.cases.count)
            for (i, c) in content.cases.enumerated() where cases[c.id] == nil { cases[c.id] = i }
            for (i, note) in content.article.notes.enumerated() where notes[note.id] == nil {
                notes[note.id] = NotePlace(caseIndex: nil, index: i)
            }
            for (k, c) in content.cases.enumerated() {
                for (i, note) in c.notes.enumerated() where notes[note.id] == nil {
                    notes[note.id] = NotePlace(caseIndex: k, index: i)
                }
            }
            for (i, source) in content.sources.enumerated() where sources[source.id] == nil { sources[source.id] = i }
        }
    }

    /// The lookup, once made, shared by the copies of a content (a change gives the changed copy a
    /// new one); a lock, as content is shared between threads.
    final class Lookups: Sendable {
        private let made = Mutex<Lookup?>(nil)

        func lookup(_ content: Content) -> Lookup {
            made.withLock { made in
                if let made { return made }
                let lookup = Lookup(content)
                made = lookup
                return lookup
            }
        }
    }

    private var lookup: Lookup { lookups.lookup(self) }

    /// The position in `cases` of the case with this id.
    func caseIndex(id: String) -> Int? { lookup.cases[id] }

    /// The note with this id, wherever it is defined.
    public func note(id: String) -> Note? {
        guard let place = lookup.notes[id] else { return nil }
        return place.caseIndex.map { cases[$0].notes[place.index] } ?? article.notes[place.index]
    }

    /// The stage definition with this id.
    public func stage(id: String) -> Stage? { stages.first { $0.id == id } }

    /// The source with this id.
    public func source(id: String) -> Source? { lookup.sources[id].map { sources[$0] } }

    /// The case with this number (1-based) or id.
    public func findCase(_ key: String) -> Case? {
        if let n = Int(key) { return cases.first { $0.number == n } }
        return caseIndex(id: key.lowercased()).map { cases[$0] }
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
