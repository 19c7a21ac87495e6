import InfluenceText

/// One screen cell: a single grapheme cluster (or nothing, for the right half of a wide one) and its role.
public struct Cell: Equatable, Sendable {
    /// The grapheme cluster drawn here; empty for the second column of a wide character.
    public var text: String
    public var role: StyleRole

    public init(_ text: String = " ", role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell()
    /// The placeholder a wide character leaves in the column it covers.
    public static let continuation = Cell("", role: .normal)

    public var isContinuation: Bool { text.isEmpty }
}
