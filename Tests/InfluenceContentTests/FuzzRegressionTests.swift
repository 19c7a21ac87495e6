import Foundation
import InfluenceContent
import InfluenceFuzz
import Testing

/// Replays every input the content fuzzer ever crashed on (Tests/InfluenceContentTests/FuzzRegressions),
/// through the same entry the fuzz target uses, and checks the fuzz target's base content.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

    /// The kept inputs: every file in the folder but its README.
    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    @Test func theRegressionFolderIsThere() {
        #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("README.md").path))
    }

    @Test(arguments: inputs)
    func keptInputReturnsWithAMessage(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let outcome = ContentFuzzer.run([UInt8](data))
        // Returning at all is the point; and content that is not valid always says why.
        #expect(outcome.isValid || !outcome.diagnostics.isEmpty, "\(name): refused without a message")
        // FILE:LINE:COLUMN, the file in the folder (or the folder itself, for what is missing from it).
        let positioned = #/^fuzz(/[a-z0-9/-]+\.yaml)?:[0-9]+:[0-9]+: error: .+$/#
        for line in outcome.diagnostics.map(\.description) {
            #expect(line.wholeMatch(of: positioned) != nil, "\(name): \(line)")
            #expect(ContentFuzzer.isTerminalSafe(line, newlines: false), "\(name): \(line.debugDescription)")
        }
    }

    /// The fuzzer's base folder is valid: each file given back as the input leaves nothing to report.
    @Test(arguments: ContentFuzzer.slots.dropLast())
    func baseContentIsValid(file: String) throws {
        let text = try #require(ContentFuzzer.baseText(of: file))
        let input = try #require(ContentFuzzer.input(replacing: file, with: Data(text.utf8)))
        let outcome = ContentFuzzer.run(input)
        #expect(outcome.diagnostics.map(\.description) == [])
        #expect(outcome.isValid)
        #expect(outcome.content?.cases.count == 1)
    }

    /// The shipped files as fuzz inputs (as the seed corpus holds them) load: the shipped
    /// case files are valid against the base folder only in YAML terms, so they may report problems,
    /// but every one is positioned and printable.
    @Test func shippedFilesAsInputs() throws {
        let content = PackagePaths.content
        let cases = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("cases").path)
        for name in ContentLoader.fixedFiles + cases.map({ "cases/" + $0 }) {
            let data = try Data(contentsOf: content.appendingPathComponent(name))
            let slot = name.hasPrefix("cases/") ? "cases/1-alpha.yaml" : name
            let input = try #require(ContentFuzzer.input(replacing: slot, with: data))
            let outcome = ContentFuzzer.run(input)
            #expect(outcome.file == slot)
            #expect(outcome.content != nil, "\(name)")
            #expect(outcome.diagnostics.allSatisfy { ContentFuzzer.isTerminalSafe($0.description, newlines: false) })
        }
    }

    @Test func anEmptyInputOrAnEmptyFileIsRefusedWithAMessage() {
        #expect(ContentFuzzer.run([]).file == nil)
        let outcome = ContentFuzzer.run([0])
        #expect(outcome.file == "article.yaml")
        #expect(outcome.diagnostics.map(\.description) == ["fuzz/article.yaml:1:1: error: this file is empty"])
    }
}
