import Foundation
import Testing
@testable import InfluenceContent

/// The archive compiled into the binary reads back exactly what was written, and refuses damage.
@Suite struct ContentArchiveTests {
    static func content() throws -> Content {
        try ContentLoader.loadValidated(directory: PackagePaths.content, displayPath: "Content").get()
    }

    @Test func readsBackWhatWasWritten() throws {
        let content = try Self.content()
        #expect(ContentArchive.decode(ContentArchive.encode(content)) == content)
    }

    /// Absent optionals keep their place: a source without a note, a citation without pages.
    @Test func absentOptionalsKeepTheirPlace() throws {
        var content = try Self.content()
        content.sources[0].note = nil
        content.sources[1].note = "A note\nover two lines, with [brackets] and \"quotes\"."
        content.article.notes[0].footnote = nil
        content.cases[0].stages[0].parts[0].figures = [
            Figure(value: -1.5e-3, display: "x", unit: "u", year: nil, period: nil, measures: "m", cites: [], notes: []),
        ]
        #expect(ContentArchive.decode(ContentArchive.encode(content)) == content)
    }

    @Test func damageIsRefused() throws {
        let archive = ContentArchive.encode(try Self.content())
        #expect(ContentArchive.decode(String(archive.dropLast())) == nil)
        #expect(ContentArchive.decode(archive + "~") == nil)
        #expect(ContentArchive.decode("") == nil)
        #expect(ContentArchive.decode("99999999999999999999:") == nil)
    }
}
