/// The article's argument: its question, the explanations it rejects, power versus influence, the cycle, the conclusion.
public struct Article: Codable, Equatable, Sendable {
    public var title: String
    public var publication: String
    public var credit: String
    public var question: String
    public var paradox: Section
    public var rivals: [Rival]
    public var rivalsSummary: String
    public var influence: Section
    public var cycle: Section
    public var conclusion: Section
    public var notes: [Note]
    /// How many paragraphs (blank-line-separated blocks) the article's text has: what `from`
    /// numbers count. Content that gives it traces every summary, note, definition and figure.
    public var paragraphs: Int? = nil
    /// The article paragraphs the rivals' summary restates.
    public var rivalsSummaryFrom: Provenance? = nil
    /// Names of agreements, acts, agencies and operations that our text gives as the article does
    /// (beside the glossary's terms and the cases' actors): they never count as repeated prose.
    public var officialNames: [String] = []

    enum CodingKeys: String, ContentKey {
        case title, publication, credit, question, paradox, rivals, rivalsSummary = "rivals_summary"
        case rivalsSummaryFrom = "rivals_summary_from", paragraphs, officialNames = "official_names"
        case influence, cycle, conclusion, notes
        static let noun = "article.yaml"
        var role: TextRole {
            switch self {
            case .credit: return .prose
            case .rivalsSummary: return .marked
            default: return .line
            }
        }
    }

    /// Every quotation in the framework.
    public var allQuotations: [Quotation] {
        [paradox, influence, cycle, conclusion].flatMap(\.quotations)
    }
}

/// A titled block of the framework: text with note markers, and its quotations.
public struct Section: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var text: String
    public var quotations: [Quotation]
    /// The article paragraphs the text restates.
    public var from: Provenance?

    /// In article.yaml a section's id is the key it stands under ("paradox"); see `init(from:)`.
    enum CodingKeys: String, ContentKey {
        case id, title, text, quotations, from
        static let noun = "a section"
        static func noun(under key: String?) -> String { key.map { "the \"\($0)\" section" } ?? noun }
        var role: TextRole { self == .text ? .marked : .line }
    }

    public init(id: String, title: String, text: String, quotations: [Quotation], from: Provenance? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.quotations = quotations
        self.from = from
    }
}

/// A rival explanation of the paradox and why it falls short.
public struct Rival: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var claim: String
    public var failure: String
    /// The article paragraphs the claim and the failure restate.
    public var from: Provenance? = nil

    enum CodingKeys: String, ContentKey {
        case id, name, claim, failure, from
        static let noun = "a rival explanation"
        var role: TextRole { self == .claim || self == .failure ? .marked : .line }
    }
}
