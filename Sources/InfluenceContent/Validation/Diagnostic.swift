/// A place in a content file: path as the user gave it, 1-based line and column.
public struct SourceLocation: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in content, in words a teacher understands.
public struct Diagnostic: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, with anything unsafe for a terminal made visible.
    public var description: String {
        Sanitizer.clean("\(location): error: \(message)", keepNewlines: false)
    }
}
