import Foundation
import Testing
@testable import InfluenceContent

/// One broken fixture per validation rule, with the exact message and position.
@Suite struct ValidationTests {
    @Test func minimalFixtureIsValid() throws {
        #expect(try ContentFixture.minimal().problems() == [])
    }

    @Test func yamlSyntaxErrorGivesPosition() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "gist: A gist.", with: "gist: [unclosed")
        let problems = try f.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("F/cases/1-alpha.yaml:") == true)
        #expect(problems.first?.contains("error: YAML syntax:") == true)
    }

    @Test func unknownKeySuggestsTheNearOne() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "    summary: What happened at turn.", with: "    sumary: What happened at turn.")
        let at = f.position(of: "sumary", in: "cases/1-alpha.yaml")
        let problems = try f.problems()
        #expect(problems.contains("F/cases/1-alpha.yaml:\(at.line):\(at.column): error: unknown key \"sumary\" in a stage; did you mean \"summary\"?"))
    }

    @Test func unknownKeyWithNoNearOneListsTheAllowedKeys() throws {
        var f = ContentFixture.minimal()
        f.replace("sources.yaml", "    year: \"1999\"", with: "    year: \"1999\"\n    publisher: Nobody")
        let at = f.position(of: "publisher", in: "sources.yaml")
        let problems = try f.problems()
        #expect(problems == [
            "F/sources.yaml:\(at.line):\(at.column): error: unknown key \"publisher\" in a source; the keys allowed here are: id, author, year, note",
        ])
    }

    @Test func missingKeyIsNamed() throws {
        var f = ContentFixture.minimal()
        f.replace("sources.yaml", "    author: Smith\n", with: "")
        let at = f.position(of: "id: smith-1999", in: "sources.yaml")
        let problems = try f.problems()
        #expect(problems == ["F/sources.yaml:\(at.line):\(at.column): error: a source is missing \"author\""])
    }

    @Test func wrongTypeSaysWhatWasExpected() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "number: 1", with: "number: one")
        let at = f.position(of: "one", in: "cases/1-alpha.yaml")
        let problems = try f.problems()
        #expect(problems == [
            "F/cases/1-alpha.yaml:\(at.line):\(at.column): error: \"number\" in a case file should be a whole number, but it is the text \"one\"",
        ])
    }

    @Test func listExpectedButTextGiven() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "notes: []", with: "notes: none")
        let at = f.position(of: "none", in: "cases/1-alpha.yaml")
        let problems = try f.problems()
        #expect(problems == [
            "F/cases/1-alpha.yaml:\(at.line):\(at.column): error: \"notes\" in a case file should be a list (lines starting with \"- \"), but it is the text \"none\"",
        ])
    }

    @Test func duplicateIDPointsToTheFirst() throws {
        var f = ContentFixture.minimal()
        f.replace("sources.yaml", "sources:\n", with: "sources:\n  - id: smith-1999\n    author: Smith\n    year: \"2001\"\n")
        let problems = try f.problems()
        #expect(problems == [
            "F/sources.yaml:5:9: error: the source id \"smith-1999\" is used twice; it is already defined at F/sources.yaml:2:9",
        ])
    }

    /// Where an id stands: the text after "id: ".
    static func idPosition(_ id: String, in file: String, of f: ContentFixture) -> String {
        let at = f.position(of: "id: \(id)\n", in: file)
        return "F/\(file):\(at.line):\(at.column + 4)"
    }

    static func differsInCase(_ word: String, _ bad: String, at badAt: String, from good: String, at goodAt: String) -> String {
        "\(badAt): error: the \(word) id \"\(bad)\" differs only in letter case from \"\(good)\", defined at \(goodAt); give it an id of its own, in lowercase letters, digits and hyphens"
    }

    /// Case ids that differ only in letter case (case 1 "Leyenda" beside case 3 "leyenda" gave the
    /// HTML handout one anchor twice) are refused at the one not in lowercase, which ever comes first.
    @Test func caseIDsThatDifferOnlyInLetterCaseAreRefused() throws {
        for (first, second) in [("Beta", "beta"), ("alpha", "Alpha")] {
            var f = ContentFixture.minimal()
            let alpha = f.files["cases/1-alpha.yaml"] ?? ""
            f.files["cases/2-beta.yaml"] = alpha.replacingOccurrences(of: "id: alpha", with: "id: \(second)")
                .replacingOccurrences(of: "number: 1", with: "number: 2")
            f.replace("cases/1-alpha.yaml", "id: alpha", with: "id: \(first)")
            let one = Self.idPosition(first, in: "cases/1-alpha.yaml", of: f)
            let two = Self.idPosition(second, in: "cases/2-beta.yaml", of: f)
            let expected = first == "Beta"
                ? Self.differsInCase("case", first, at: one, from: second, at: two)
                : Self.differsInCase("case", second, at: two, from: first, at: one)
            #expect(try f.problems() == [expected])
        }
    }

    /// The same for the other kinds of id checked for duplicates: notes (across the article and
    /// the cases), sources and glossary terms.
    @Test(arguments: [
        ("note", "cases/1-alpha.yaml", "notes: []", "notes:\n  - id: Fn17\n    context: Placed here.", "Fn17", "article.yaml", "fn17"),
        ("source", "sources.yaml", "sources:\n", "sources:\n  - id: Smith-1999\n    author: Smith\n    year: \"2001\"\n",
         "Smith-1999", "sources.yaml", "smith-1999"),
        ("glossary term", "glossary.yaml", "    definition: A US agency.\n",
         "    definition: A US agency.\n  - id: DEA\n    term: DEA again\n    definition: The same.\n", "DEA", "glossary.yaml", "dea"),
    ])
    func idsThatDifferOnlyInLetterCaseAreRefused(_ word: String, _ file: String, _ old: String, _ new: String,
                                                 _ bad: String, _ goodFile: String, _ good: String) throws {
        var f = ContentFixture.minimal()
        f.replace(file, old, with: new)
        if word == "note" { f.replace(file, "What happened at turn.", with: "What happened at turn.[^Fn17]") }
        let expected = Self.differsInCase(word, bad, at: Self.idPosition(bad, in: file, of: f),
                                          from: good, at: Self.idPosition(good, in: goodFile, of: f))
        #expect(try f.problems() == [expected])
    }

    /// An id is a plain word: lowercase letters, digits and hyphens, starting with a letter or digit.
    @Test(arguments: ["Alpha", "al pha", "alpha_1", "-alpha", "álpha", "alpha.1", "ALPHA"])
    func idsThatAreNotPlainWordsAreRefused(_ id: String) throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "id: alpha", with: "id: \(id)")
        #expect(try f.problems() == [
            "\(Self.idPosition(id, in: "cases/1-alpha.yaml", of: f)): error: the case id \"\(id)\" is not a plain word; write ids with lowercase letters (a–z), digits and hyphens, starting with a letter or digit",
        ])
    }

    @Test func missingNoteReference() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "What happened at outcome.", with: "What happened at outcome.[^nothing-here]")
        let at = f.position(of: "What happened at outcome.", in: "cases/1-alpha.yaml")
        let problems = try f.problems()
        #expect(problems == [
            "F/cases/1-alpha.yaml:\(at.line):\(at.column): error: there is no note \"nothing-here\"",
        ])
    }

    @Test func missingSourceReference() throws {
        var f = ContentFixture.minimal()
        f.replace("article.yaml", "source: smith-1999", with: "source: smyth-1999")
        let at = f.position(of: "smyth-1999", in: "article.yaml")
        let problems = try f.problems()
        #expect(problems == [
            "F/article.yaml:\(at.line):\(at.column): error: there is no source \"smyth-1999\" in sources.yaml; did you mean \"smith-1999\"?",
        ])
    }

    @Test func unknownStage() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "stage: outcome", with: "stage: outcomes")
        let at = f.position(of: "outcomes", in: "cases/1-alpha.yaml")
        let problems = try f.problems()
        #expect(problems.contains("F/cases/1-alpha.yaml:\(at.line):\(at.column): error: there is no stage \"outcomes\" in stages.yaml; did you mean \"outcome\"?"))
        #expect(problems.contains("F/cases/1-alpha.yaml:1:1: error: case \"alpha\" has no \"outcome\" stage; every case needs all seven stages"))
    }

    @Test func caseWithoutAStage() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "  - stage: turn\n    grid: Grid for turn\n    summary: What happened at turn.\n", with: "")
        let problems = try f.problems()
        #expect(problems == [
            "F/cases/1-alpha.yaml:1:1: error: case \"alpha\" has no \"turn\" stage; every case needs all seven stages",
        ])
    }

    @Test func emptyStage() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "    summary: What happened at turn.", with: "    summary: \"\"")
        let at = f.position(of: "\"\"", in: "cases/1-alpha.yaml")
        let problems = try f.problems()
        #expect(problems.contains("F/cases/1-alpha.yaml:\(at.line):\(at.column): error: \"summary\" in a stage is empty"))
        #expect(problems.contains("F/cases/1-alpha.yaml:1:1: error: the \"turn\" stage of case \"alpha\" is empty; write a summary, or say plainly that the article says little about it"))
    }

    @Test func invalidUTF8GivesTheBytePosition() throws {
        let f = ContentFixture.minimal()
        var bytes = Array((f.files["glossary.yaml"] ?? "").utf8)
        // Corrupt the "U" of "A US agency." on line 5, column 19.
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "U")))
        bytes[index] = 0xFF
        let problems = try f.problems(extra: ["glossary.yaml": Data(bytes)])
        #expect(problems == [
            "F/glossary.yaml:5:19: error: this file is not valid UTF-8: byte 0xFF here cannot be read; save the file as UTF-8",
        ])
    }

    @Test func duplicateKeysAreRejected() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "gist: A gist.", with: "gist: A gist.\ngist: Another.")
        let problems = try f.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("the key \"gist\" appears twice in the same block; keep one") == true)
    }

    @Test func missingFileAndEmptyFile() throws {
        var f = ContentFixture.minimal()
        f.files["glossary.yaml"] = nil
        f.files["stages.yaml"] = ""
        let problems = try f.problems()
        #expect(problems.contains("F/glossary.yaml:1:1: error: this file is missing; every content folder needs glossary.yaml"))
        #expect(problems.contains("F/stages.yaml:1:1: error: this file is empty"))
    }

    @Test func missingFootnotesAreListed() throws {
        var f = ContentFixture.minimal()
        f.replace("article.yaml", "  - id: fn17\n    footnote: 17\n    context: Placed at claim 17.\n", with: "")
        f.replace("article.yaml", "[^fn17]", with: "")
        let problems = try f.problems()
        #expect(problems == ["F:1:1: error: article footnote 17 is not placed in any note"])
    }

    @Test func unreferencedNote() throws {
        var f = ContentFixture.minimal()
        f.replace("article.yaml", "[^fn17]", with: "")
        let at = f.position(of: "fn17\n", in: "article.yaml")
        let problems = try f.problems()
        #expect(problems == [
            "F/article.yaml:\(at.line):\(at.column): error: note \"fn17\" is never referred to; put [^fn17] in the text where it belongs",
        ])
    }

    @Test func roundsMustBeComplete() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "stages:\n", with: "rounds:\n  - {id: one, title: One, years: \"1969\"}\n  - {id: two, title: Two, years: \"1970\"}\nstages:\n")
        let problems = try f.problems()
        #expect(problems.contains { $0.contains("error: this case has rounds, so the \"us-move\" stage puts \"summary\" under \"rounds\"") })
    }

    @Test func tooLargeFileIsRefused() throws {
        let f = ContentFixture.minimal()
        let big = Data(("terms: []\n# " + String(repeating: "x", count: ContentLoader.maxFileSize)).utf8)
        let problems = try f.problems(extra: ["glossary.yaml": big])
        #expect(problems == [
            "F/glossary.yaml:1:1: error: this file is \(big.count) bytes; content files may be at most 1048576 bytes (1 MiB)",
        ])
    }

    /// A huge file is refused from its size: the loader reads none of it. Proved with the thread's
    /// own I/O count (/proc/thread-self/io: bytes this thread read), which other tests cannot touch.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/thread-self/io"), "needs Linux's /proc/thread-self/io"))
    func aHugeFileIsRefusedWithoutReadingIt() throws {
        let dir = try ContentFixture.minimal().write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = dir.appendingPathComponent("cases/9-huge.yaml").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 3 << 30) == 0, "a 3 GiB sparse file")
        func bytesRead() throws -> Int {
            let io = try String(contentsOfFile: "/proc/thread-self/io", encoding: .utf8)
            let line = io.split(separator: "\n").first { $0.hasPrefix("rchar:") } ?? ""
            return Int(line.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces)) ?? -1
        }
        let before = try bytesRead()
        let result = ContentLoader.load(directory: dir, displayPath: "F")
        let read = try bytesRead() - before
        #expect(result.diagnostics.map(\.description).contains(
            "F/cases/9-huge.yaml:1:1: error: this file is 3221225472 bytes; content files may be at most 1048576 bytes (1 MiB)"))
        #expect(read >= 0 && read < 1 << 20, "read \(read) bytes")
    }

    /// A FIFO (which would block a read forever), a device and a folder named like content files are
    /// refused, each saying what it is.
    @Test func specialFilesAreRefusedWithoutBlocking() throws {
        let dir = try ContentFixture.minimal().write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = dir.appendingPathComponent("cases")
        #expect(mkfifo(cases.appendingPathComponent("7-fifo.yaml").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: cases.appendingPathComponent("8-zero.yaml").path,
                                                   withDestinationPath: "/dev/zero")
        try FileManager.default.createDirectory(at: cases.appendingPathComponent("9-folder.yaml"), withIntermediateDirectories: false)
        let problems = ContentLoader.load(directory: dir, displayPath: "F").diagnostics.map(\.description)
        let tail = ", not an ordinary file; content files must be ordinary text files"
        #expect(problems == [
            "F/cases/7-fifo.yaml:1:1: error: this is a FIFO (named pipe)" + tail,
            "F/cases/8-zero.yaml:1:1: error: this is a character device" + tail,
            "F/cases/9-folder.yaml:1:1: error: this is a folder" + tail,
        ])
    }

    @Test func aliasBombIsStoppedQuickly() throws {
        var f = ContentFixture.minimal()
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        f.files["glossary.yaml"] = bomb + "terms: [*a9]\n"
        let problems = try f.problems()
        #expect(problems.contains { $0.hasPrefix("F/glossary.yaml:") })
    }

    @Test func nodeBudgetStopsReadingAndSaysWhy() throws {
        let f = ContentFixture.minimal()
        let files = f.files.map { (name: $0.key, data: Optional(Data($0.value.utf8))) }
        let result = ContentLoader.load(files: files, displayPrefix: "F", nodeBudget: 40)
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains("this file has more than 40 YAML values; no content file needs so many: split it up"))
        // One message per file, not one per value past the budget.
        #expect(Set(result.diagnostics.map(\.location.file)).count == result.diagnostics.filter { $0.message.hasPrefix("this file has more than") }.count)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let f = ContentFixture.minimal()
        let text = (f.files["glossary.yaml"] ?? "").replacingOccurrences(of: "\n", with: "\r\n")
        let data = Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let problems = try f.problems(extra: ["glossary.yaml": data])
        #expect(problems == [])
    }
}
