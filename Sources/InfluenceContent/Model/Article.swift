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

    enum CodingKeys: String, ContentKey {
        case title, publication, credit, question, paradox, rivals, rivalsSummary = "rivals_summary"
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

    /// In article.yaml a section's id is the key it stands under ("paradox"); see `init(from:)`.
    enum CodingKeys: String, ContentKey {
        case id, title, text, quotations
        static let noun = "a section"
        static func noun(under key: String?) -> String { key.map { "the \"\($0)\" section" } ?? noun }
        var role: TextRole { self == .text ? .marked : .line }
    }

    public init(id: String, title: String, text: String, quotations: [Quotation]) {
        self.id = id
        self.title = title
        self.text = text
        self.quotations = quotations
    }
}

/// A rival explanation of the paradox and why it falls short.
public struct Rival: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var claim: String
    public var failure: String

    enum CodingKeys: String, ContentKey {
        case id, name, claim, failure
        static let noun = "a rival explanation"
        var role: TextRole { self == .claim || self == .failure ? .marked : .line }
    }
}
