/// One of the five cases: its actors, rounds, stages, timeline, questions, polls and notes.
public struct Case: Codable, Equatable, Sendable {
    public var id: String
    public var number: Int
    public var title: String
    public var shortTitle: String
    public var years: String
    public var gist: String
    public var actors: [Actor]
    /// The times the cycle ran in this case; one for most, two for Leyenda.
    public var rounds: [Round]
    public var stages: [CaseStage]
    public var questions: [String]
    /// Votes to put to the class beside the questions.
    public var polls: [Poll] = []
    public var events: [TimelineEvent]
    public var notes: [Note]

    enum CodingKeys: String, ContentKey {
        case id, number, title, shortTitle = "short_title", years, gist, actors, rounds, stages, questions, polls, events, notes
        static let noun = "a case file"
        var role: TextRole { self == .id ? .id(.case) : .line }
        var itemNoun: String? { self == .questions ? "a discussion question" : nil }
    }

    /// The case's stage with this stage id.
    public func stage(_ id: String) -> CaseStage? { stages.first { $0.stage == id } }

    /// The note with this id, if this case defines it.
    public func note(id: String) -> Note? { notes.first { $0.id == id } }

    /// The round with this id.
    public func round(id: String) -> Round? { rounds.first { $0.id == id } }

    /// Every quotation in the case's stages.
    public var allQuotations: [Quotation] { stages.flatMap(\.parts).flatMap(\.quotations) }
}

/// A person or body that acts in a case.
public struct Actor: Codable, Equatable, Sendable {
    public var name: String
    public var role: String
    public var side: Side

    enum CodingKeys: String, ContentKey {
        case name, role, side
        static let noun = "an actor"
    }
}

/// Which side of the border an actor stands on.
public enum Side: String, Codable, Equatable, Sendable, CaseIterable, ContentChoice {
    case us, mexico, other
}

/// One run of the cycle inside a case.
public struct Round: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var years: String

    enum CodingKeys: String, ContentKey {
        case id, title, years
        static let noun = "a round"
    }
}

/// A case at one stage: a short phrase for the comparison grid and one part per round.
public struct CaseStage: Codable, Equatable, Sendable {
    public var stage: String
    public var grid: String
    public var parts: [StagePart]

    /// The model's fields, as the archive stores them.
    enum CodingKeys: String, CodingKey {
        case stage, grid, parts
    }

    /// The keys a case file writes: one round's summary, quotations and figures directly, or a
    /// list of them under `rounds` in a case that runs the cycle more than once; see `init(from:)`.
    enum FileKeys: String, ContentKey {
        case stage, grid, summary, from, quotations, figures, rounds
        static let noun = "a stage"
        var role: TextRole {
            switch self {
            case .stage: return .reference(.stage)
            case .summary: return .marked
            default: return .line
            }
        }
    }
}

/// What happened at one stage in one round: summary with note markers, quotations, figures.
public struct StagePart: Codable, Equatable, Sendable {
    /// The round's id; nil in a case that runs the cycle once.
    public var round: String?
    public var summary: String
    public var quotations: [Quotation]
    public var figures: [Figure]
    /// The article paragraphs the summary restates.
    public var from: Provenance? = nil

    enum CodingKeys: String, ContentKey {
        case round, summary, from, quotations, figures
        static let noun = "a round of a stage"
        var role: TextRole { self == .summary ? .marked : .line }
    }
}
