import InfluenceContent

/// The whole content model as JSON, for other tools: `{"format", "version", "exporter", "content"}`,
/// where `content` holds the article, stages, cases (with rounds, stages, parts, quotations,
/// figures, notes, events and questions), sources and glossary under the model's own field names
/// (its `CodingKeys`, as the content files write them: `short_title`, `cited_in`). Keys come in the
/// model's order, absent values as null, so the same content always gives the same text.
public struct JSONDocument {
    /// The version of this format; raised when a field changes meaning or goes away.
    public static let version = 1
    /// What the `format` field says.
    public static let format = "influence-content"

    public let content: Content
    /// The program that wrote it (e.g. "influence 0.1.0").
    public let exporter: String

    public init(content: Content, exporter: String) {
        self.content = content
        self.exporter = exporter
    }

    /// The document, ending in a newline; throws only for a number JSON cannot write (content
    /// loaded from files never has one).
    public func text() throws(JSONWriter.NotANumber) -> String {
        try JSONWriter.json(Envelope(format: Self.format, version: Self.version, exporter: exporter, content: content)) + "\n"
    }

    /// The document's top level, in this order.
    struct Envelope: Encodable {
        var format: String
        var version: Int
        var exporter: String
        var content: Content
    }
}
