/// The name of a room: a plain word (ASCII letters, digits, `-` and `_`, not starting with `-`), so
/// that it names exactly one file in the room folder and never a path.
public struct RoomName: Equatable, Sendable, CustomStringConvertible {
    public let text: String

    /// The room when none is named: `influence --lead` and `influence --follow`.
    public static let standard = RoomName(unchecked: "class")
    /// The longest name accepted.
    public static let maximumLength = 64
    /// What every room file's name ends with: `class.position` is the room `class`.
    public static let fileSuffix = ".position"

    /// The name, if `text` is one; `problem(with:)` says why not.
    public init?(_ text: String) {
        guard Self.problem(with: text) == nil else { return nil }
        self.text = text
    }

    private init(unchecked text: String) { self.text = text }

    public var description: String { text }

    /// The room file's name in the folder.
    public var fileName: String { text + Self.fileSuffix }

    /// Why `text` cannot name a room (for a one-line message), or nil when it can.
    public static func problem(with text: String) -> String? {
        guard !text.isEmpty else { return "a room needs a name" }
        guard text.utf8.count <= maximumLength else { return "a room name has at most \(maximumLength) characters" }
        for byte in text.utf8 where !(isLetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")) {
            return "a room name is one word of letters, digits, - and _ (no slashes, dots or spaces)"
        }
        guard let first = text.utf8.first, isLetterOrDigit(first) || first == UInt8(ascii: "_") else {
            return "a room name starts with a letter, a digit or _"
        }
        return nil
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
