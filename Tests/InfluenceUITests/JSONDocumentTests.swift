import Foundation
import InfluenceContent
import Testing
import InfluenceExport

/// The JSON export, read back with Foundation's JSONSerialization and JSONDecoder.
@Suite struct JSONDocumentTests {
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The top level, for JSONDecoder: the model decodes from the export as it is.
    struct Envelope: Decodable {
        var format: String
        var version: Int
        var exporter: String
        var content: Content
    }

    @Test func versionExporterAndEveryCase() throws {
        let text = try JSONDocument(content: shippedContent, exporter: "influence 9.9.9").text()
        let top = try Self.object(text)
        #expect(top["version"] as? Int == 1)
        #expect(top["format"] as? String == "influence-content")
        #expect(top["exporter"] as? String == "influence 9.9.9")
        #expect(text.hasPrefix("{\n  \"format\": \"influence-content\",\n  \"version\": 1,\n  \"exporter\": \"influence 9.9.9\",\n  \"content\": {\n    \"article\": {\n      \"title\": "))
        let content = try #require(top["content"] as? [String: Any])
        #expect(Set(content.keys) == ["article", "stages", "cases", "sources", "glossary"])
        let cases = try #require(content["cases"] as? [[String: Any]])
        #expect(cases.compactMap { $0["id"] as? String } == shippedContent.cases.map(\.id))
        for (json, c) in zip(cases, shippedContent.cases) {
            #expect(Set(json.keys) == ["id", "number", "title", "short_title", "years", "gist", "actors", "rounds", "stages", "questions", "polls", "events", "notes"])
            let stages = json["stages"] as? [[String: Any]] ?? []
            let parts = stages.flatMap { $0["parts"] as? [[String: Any]] ?? [] }
            let quotations = parts.flatMap { $0["quotations"] as? [[String: Any]] ?? [] }
            #expect(quotations.count == c.allQuotations.count, "\(c.id)")
            #expect(quotations.compactMap { $0["text"] as? String } == c.allQuotations.map(\.text))
            #expect((json["questions"] as? [String]) == c.questions)
            #expect((json["events"] as? [Any])?.count == c.events.count)
            #expect((json["notes"] as? [Any])?.count == c.notes.count)
        }
        #expect((content["glossary"] as? [Any])?.count == shippedContent.glossary.count)
        #expect((content["sources"] as? [Any])?.count == shippedContent.sources.count)
    }

    /// Every string, number and absent value comes back exactly: the decoded model equals the original.
    @Test func roundTripsToTheSameModel() throws {
        let text = try JSONDocument(content: shippedContent, exporter: "t").text()
        let decoded = try JSONDecoder().decode(Envelope.self, from: Data(text.utf8))
        #expect(decoded.content == shippedContent)
        #expect(try JSONDocument(content: shippedContent, exporter: "t").text() == text, "the same text every time")
        // An absent optional is null, so every figure has the same keys.
        let figures = try #require(text.firstRange(of: "\"period\": null"))
        #expect(!figures.isEmpty)
    }

    @Test func hostileStringsRoundTripExactly() throws {
        var content = hostileContent()
        var every = ""
        for v in 0..<0x20 { every.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        every += "\u{7F}\u{85}\u{9F}\u{2028}\u{2029}\u{200B}\u{202E}\u{FEFF}\u{E0041}\"\\/é😀"
        content.cases[1].gist = every
        let text = try JSONDocument(content: content, exporter: "t").text()
        let cases = try #require((try Self.object(text))["content"] as? [String: Any])["cases"] as? [[String: Any]]
        #expect(cases?[0]["gist"] as? String == hostileText)
        #expect(cases?[1]["gist"] as? String == every)
        let decoded = try JSONDecoder().decode(Envelope.self, from: Data(text.utf8))
        #expect(decoded.content == content)
        // Nothing raw that a terminal or an editor would act on.
        #expect(text.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value)) })
        #expect(!text.unicodeScalars.contains { [0x2028, 0x2029, 0x200B, 0x202E, 0xFEFF, 0xE0041].contains($0.value) })
        #expect(text.contains(#"\u2028\u2029\u200B\u202E\uFEFF\uDB40\uDC41\"\\/é😀"#))
    }
}
