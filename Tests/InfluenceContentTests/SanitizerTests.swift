import Foundation
import Testing
@testable import InfluenceContent

/// Untrusted text never reaches a terminal raw.
@Suite struct SanitizerTests {
    @Test(arguments: [
        ("red \u{1B}[31mtext\u{1B}[0m", "red [31mtext[0m"),
        ("link \u{1B}]8;;http://x\u{07}here\u{1B}]8;;\u{07}", "link ]8;;http://xhere]8;;"),
        ("clip \u{1B}]52;c;aGk=\u{07}", "clip ]52;c;aGk="),
        ("c1 \u{9B}31m csi", "c1 31m csi"),
        ("over\rwrite", "overwrite"),
        ("back\u{08}space", "backspace"),
        ("evil \u{202E}txt.exe", "evil txt.exe"),
        ("zero\u{200B}width\u{200D}join\u{2060}", "zerowidthjoin"),
        ("tab\there", "tab here"),
        ("bom\u{FEFF}inside", "bominside"),
        ("Mérida — “quoted” 中文 🙂", "Mérida — “quoted” 中文 🙂"),
    ])
    func removesControlsAndInvisibles(input: String, expected: String) {
        #expect(Sanitizer.clean(input) == expected)
    }

    @Test func newlinesKeptOrFolded() {
        #expect(Sanitizer.clean("a\nb", keepNewlines: true) == "a\nb")
        #expect(Sanitizer.clean("a\nb", keepNewlines: false) == "a b")
    }

    @Test func hostileStringsInContentAreCleanedAtLoad() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "gist: A gist.", with: "gist: \"A \\e]0;pwned\\a gist \\u202E with \\e[2J escapes\"")
        let dir = try f.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let content = try ContentLoader.loadValidated(directory: dir, displayPath: "F").get()
        #expect(content.cases[0].gist == "A ]0;pwned gist  with [2J escapes")
    }

    @Test func diagnosticsNeverCarryRawEscapes() throws {
        var f = ContentFixture.minimal()
        f.replace("sources.yaml", "    year: \"1999\"", with: "    year: \"1999\"\n    \"\\e[31mbad\": x")
        let problems = try f.problems()
        #expect(problems.count == 1)
        #expect(problems.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
        #expect(problems.first?.contains("unknown key \"[31mbad\"") == true)
    }
}
