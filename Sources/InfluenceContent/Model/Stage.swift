/// One of the seven stages every case is stepped through.
public struct Stage: Codable, Equatable, Sendable {
    public var id: String
    public var number: Int
    public var title: String
    /// A word or two for the stage stepper, e.g. "Resources".
    public var shortTitle: String
    /// The question this stage answers for a case.
    public var question: String
    /// Whether this is one of the three conditions an agreement brings.
    public var isCondition: Bool
    /// What the stage means in the article's argument, with note markers.
    public var description: String
    /// The article paragraphs the description restates.
    public var from: Provenance? = nil

    enum CodingKeys: String, ContentKey {
        case id, number, title, shortTitle = "short_title", question, isCondition = "condition", description, from
        static let noun = "a stage"
        var role: TextRole {
            switch self {
            case .id: return .id(.stage)
            case .description: return .marked
            default: return .line
            }
        }
    }

    /// The ids of the seven stages, in order; every case must have each one.
    public static let requiredIDs = [
        "us-move", "mexico-response", "turn", "institutionalization",
        "communication", "resource-transfer", "outcome",
    ]
}
