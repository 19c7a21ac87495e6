/// What the explorer's first screen shows of the content: the article's title and question, and each
/// case's number, title, years and gist. Archived apart from the content, so the first frame can be
/// drawn before the whole content is read.
public struct HomeSummary: Codable, Equatable, Sendable {
    /// One case as the first screen lists it.
    public struct CaseLine: Codable, Equatable, Sendable {
        public var id: String
        public var number: Int
        public var title: String
        public var years: String
        public var gist: String
    }

    public var title: String
    public var publication: String
    public var question: String
    public var cases: [CaseLine]
    public var stageCount: Int

    public init(_ content: Content) {
        title = content.article.title
        publication = content.article.publication
        question = content.article.question
        cases = content.cases.map { CaseLine(id: $0.id, number: $0.number, title: $0.title, years: $0.years, gist: $0.gist) }
        stageCount = content.stages.count
    }
}

extension ContentArchive {
    /// The archive of a home summary.
    public static func encode(_ summary: HomeSummary) -> String {
        ArchiveEncoder.encode(summary)
    }

    /// A home summary read back; nil when the archive is damaged.
    public static func decodeSummary(_ text: String) -> HomeSummary? {
        try? ArchiveDecoder.decode(HomeSummary.self, from: Array(text.utf8))
    }
}
