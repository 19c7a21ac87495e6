/// Words quoted in the article, verbatim, with who said or wrote them and where the article found them.
public struct Quotation: Codable, Equatable, Sendable {
    public var text: String
    public var by: String
    public var role: String
    public var when: String
    public var cites: [Citation]
    /// Ids of notes (usually an article footnote) that source the quotation.
    public var notes: [String]

    enum CodingKeys: String, ContentKey {
        case text, by, role, when, cites, notes
        static let noun = "a quotation"
        var role: TextRole {
            switch self {
            case .text: return .prose
            case .notes: return .reference(.note)
            default: return .line
            }
        }
    }
}

/// A parenthetical source: which work, which pages, and whether the article quotes it second-hand.
public struct Citation: Codable, Equatable, Sendable {
    public var source: String
    public var pages: String?
    /// True for "cited in …": the article found the words in this work.
    public var citedIn: Bool

    enum CodingKeys: String, ContentKey {
        case source, pages, citedIn = "cited_in"
        static let noun = "a citation"
        var role: TextRole { self == .source ? .reference(.source) : .line }
    }
}

/// A number the article gives, exactly, with what it measures, so views can chart it.
public struct Figure: Codable, Equatable, Sendable {
    public var value: Double
    /// The figure as the article writes it, e.g. "$1.5 billion".
    public var display: String
    public var unit: String
    public var year: Int?
    /// When a single year does not say it, e.g. "first 18 months of Operation Alliance".
    public var period: String?
    public var measures: String
    public var cites: [Citation]
    public var notes: [String]
    /// The article paragraphs the figure is given in.
    public var from: Provenance? = nil

    enum CodingKeys: String, ContentKey {
        case value, display, unit, year, period, measures, cites, notes, from
        static let noun = "a figure"
        var role: TextRole {
            switch self {
            case .measures: return .prose
            case .notes: return .reference(.note)
            default: return .line
            }
        }
    }
}

/// A note: the article's footnote number where one stands, its parenthetical sources, and context of our own.
public struct Note: Codable, Equatable, Sendable {
    public var id: String
    public var footnote: Int?
    /// Our own words about what the article says at this point.
    public var context: String
    /// Facts from outside the article, in our own words; always shown under `Background.label`.
    public var background: String?
    public var cites: [Citation]
    /// The article paragraphs the context restates.
    public var from: Provenance? = nil

    enum CodingKeys: String, ContentKey {
        case id, footnote, context, background, cites, from
        static let noun = "a note"
        var role: TextRole {
            switch self {
            case .id: return .id(.note)
            case .context, .background: return .prose
            default: return .line
            }
        }
    }

    /// How readers see the note's number: "article footnote 19", or nil when it is not a footnote.
    public var footnoteLabel: String? { footnote.map { "article footnote \($0)" } }
}

/// A work the article cites in parentheses.
public struct Source: Codable, Equatable, Sendable {
    public var id: String
    public var author: String
    public var year: String
    /// A context note of our own (never an invented title).
    public var note: String?

    enum CodingKeys: String, ContentKey {
        case id, author, year, note
        static let noun = "a source"
        var role: TextRole {
            switch self {
            case .id: return .id(.source)
            case .note: return .prose
            default: return .line
            }
        }
    }

    /// "Craig, 1980b" as the article writes it.
    public var shortCitation: String { "\(author), \(year)" }
}

/// A glossary entry: a term or an acronym.
public struct Term: Codable, Equatable, Sendable {
    public var id: String
    public var term: String
    /// What the acronym stands for, only as the article gives it.
    public var expansion: String?
    /// Our own words, from what the article says.
    public var definition: String
    /// Facts from outside the article, in our own words; always shown under `Background.label`.
    public var background: String?
    /// The article paragraphs the definition restates.
    public var from: Provenance? = nil

    enum CodingKeys: String, ContentKey {
        case id, term, expansion, definition, background, from
        static let noun = "a glossary term"
        var role: TextRole {
            switch self {
            case .id: return .id(.term)
            case .definition: return .marked
            case .background: return .prose
            default: return .line
            }
        }
    }
}

/// Text from outside the article (a note's or a term's `background`), which readers must be able to tell apart.
public enum Background {
    /// The words every screen and printout puts before background text.
    public static let label = "Background, not from the article"

    /// "Background, not from the article: …".
    public static func labelled(_ text: String) -> String { "\(label): \(text)" }
}

/// A dated event for the timeline.
public struct TimelineEvent: Codable, Equatable, Sendable {
    /// "1985", "1985-02" or "1999-02-15": as precise as the article is.
    public var date: String
    public var text: String
    public var notes: [String]

    enum CodingKeys: String, ContentKey {
        case date, text, notes
        static let noun = "a timeline event"
        var role: TextRole {
            switch self {
            case .text: return .marked
            case .notes: return .reference(.note)
            default: return .line
            }
        }
    }
}
