/// The keys of a content type as its YAML files write them (`case shortTitle = "short_title"`),
/// and how the loader reads and names what stands under them.
///
/// A type's `CodingKeys` are the one declaration of its fields for the loader: the keys that
/// `init(from:)` asks for are the keys allowed in the file, and the same `Codable` conformance
/// writes and reads the archive compiled into the binary.
protocol ContentKey: CodingKey {
    /// How messages name a value with these keys: "a quotation", "a case file".
    static var noun: String { get }
    /// The noun for a value standing under `key` in its parent; `noun` unless a type says otherwise.
    static func noun(under key: String?) -> String
    /// How text under this key reads: one line unless said otherwise.
    var role: TextRole { get }
    /// How messages name one item of a list of text under this key ("a discussion question").
    var itemNoun: String? { get }
}

extension ContentKey {
    static func noun(under key: String?) -> String { noun }
    var role: TextRole { .line }
    var itemNoun: String? { nil }
}

/// How a text value is cleaned and what the loader records about it.
enum TextRole: Sendable {
    /// One line: line breaks become spaces.
    case line
    /// Paragraphs: line breaks are kept.
    case prose
    /// Paragraphs whose note markers `[^id]` are recorded as references to notes.
    case marked
    /// One line that defines an id of this kind (recorded with its position).
    case id(ContentIndex.Kind)
    /// One line that refers to an id of this kind.
    case reference(ContentIndex.Kind)

    var keepsNewlines: Bool {
        switch self {
        case .prose, .marked: return true
        case .line, .id, .reference: return false
        }
    }
}

/// A text value that must be one of a few words, such as `Side`.
protocol ContentChoice: CaseIterable, RawRepresentable, Decodable where RawValue == String {}

/// A content type with rules beyond its fields' types, checked (with positions) right after a value
/// of it has been read without problems.
protocol ContentChecked {
    func check(_ record: RecordCheck)
}
