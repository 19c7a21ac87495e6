import Foundation
import Testing
@testable import InfluenceContent
@testable import InfluenceText

/// The minimal fixture with every passage that restates the article traced to paragraph 1 of a
/// three-paragraph article, as shipped content is.
private func traced() -> ContentFixture {
    var f = ContentFixture.minimal()
    func all(_ file: String, _ old: String, _ new: String) {
        f.files[file] = f.files[file]?.replacingOccurrences(of: old, with: new)
    }
    f.replace("article.yaml", "publication: A journal\n", with: "publication: A journal\nparagraphs: 3\n")
    all("article.yaml", "\n  text: ", "\n  from: [1]\n  text: ")
    all("article.yaml", "\n    claim: ", "\n    from: [1]\n    claim: ")
    all("article.yaml", "\nrivals_summary: ", "\nrivals_summary_from: [1]\nrivals_summary: ")
    all("article.yaml", "\n    context: ", "\n    from: [2]\n    context: ")
    all("stages.yaml", "\n    description: ", "\n    from: [1]\n    description: ")
    all("cases/1-alpha.yaml", "\n    summary: ", "\n    from: [3]\n    summary: ")
    all("glossary.yaml", "\n    definition: ", "\n    from: [2]\n    definition: ")
    return f
}

/// `from`: which article paragraphs a passage restates, checked by `validate`.
@Suite struct ProvenanceValidationTests {
    @Test func contentThatCountsTheArticlesParagraphsMustTraceEveryPassage() throws {
        #expect(try traced().problems() == [])
        var f = traced()
        f.replace("glossary.yaml", "    from: [2]\n", with: "")
        let at = f.position(of: "dea", in: "glossary.yaml")
        #expect(try f.problems() == [
            "F/glossary.yaml:\(at.line):\(at.column): error: the definition of DEA has no \"from\": list the article paragraphs it restates, like from: [61] (the article's blank-line-separated blocks, from 1)",
        ])
        // Content that does not count the article's paragraphs (a teacher's own) need not trace.
        #expect(try ContentFixture.minimal().problems() == [])
    }

    @Test func aParagraphOutsideTheArticleIsNamedWhereItIsWritten() throws {
        var f = traced()
        f.replace("glossary.yaml", "    from: [2]\n", with: "    from: [2, 4]\n")
        let at = f.position(of: "[2, 4]", in: "glossary.yaml")
        #expect(try f.problems() == [
            "F/glossary.yaml:\(at.line):\(at.column): error: paragraph 4 is not in the article: its text has 3 paragraphs (article.yaml, \"paragraphs\")",
        ])
    }

    @Test func oneListForTheWholeTextOrOnePerParagraph() throws {
        var f = traced()
        f.replace("cases/1-alpha.yaml", "    from: [3]\n    summary: What happened at us-move.",
                  with: "    from: [[1], [2], [3]]\n    summary: >\n      First paragraph.\n\n      Second paragraph.")
        let at = f.position(of: "[[1], [2], [3]]", in: "cases/1-alpha.yaml")
        #expect(try f.problems() == [
            "F/cases/1-alpha.yaml:\(at.line):\(at.column): error: \"from\" gives 3 lists, but the summary of alpha, us-move has 2 paragraphs; give one list per paragraph, or one for all",
        ])
        f.replace("cases/1-alpha.yaml", "[[1], [2], [3]]", with: "[[1], [2, 3]]")
        #expect(try f.problems() == [])
        let content = try ContentLoader.loadValidated(directory: try f.write(), displayPath: "F").get()
        #expect(content.cases[0].stages[0].parts[0].from?.paragraphs == [[1], [2, 3]])
        #expect(content.cases[0].stages[1].parts[0].from?.paragraphs(for: 5) == [3])
    }

    @Test(arguments: [("[a]", "but it holds the text \"a\""), ("[[1], 2]", "but it mixes numbers and lists or holds an empty list"),
                      ("3", "but it is the text \"3\""), ("[]", "but it is an empty list")])
    func aFromThatIsNotAListOfNumbersSaysWhatItShouldBe(written: String, says: String) throws {
        var f = traced()
        f.replace("glossary.yaml", "    from: [2]\n", with: "    from: \(written)\n")
        let problems = try f.problems()
        #expect(problems.contains { $0.contains("error: \"from\" should list the article's paragraph numbers, like [61] or, one list per paragraph, [[61], [61, 62]], \(says)") },
                "\(problems)")
    }
}

/// Reading content against an article: claims that are not in the paragraphs named, and our
/// words that are the article's.
@Suite struct ArticleCheckTests {
    static let article = """
    A Heading

    In September 1969 President Nixon launched Operation Intercept at the southern border with great fanfare, and some 2000 agents searched every car crossing the border for many long days (Smith, 1999).Footnote 1

    Mexican officials protested loudly that the operation was discriminatory and racist and a violation of Mexican sovereignty.Footnote 2
    """

    func report(summary: String, from: String = "[2]", glossary: String? = nil) throws -> ArticleCheck.Report {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "    summary: What happened at us-move.", with: "    from: \(from)\n    summary: \(summary)")
        f.replace("article.yaml", "context: Placed at claim 1.\n", with: "context: Placed at claim 1.\n    cites:\n      - source: smith-1999\n")
        if let glossary { f.replace("glossary.yaml", "definition: A US agency.", with: "definition: \(glossary)") }
        let dir = try f.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let loaded = ContentLoader.load(directory: dir.path, displayPath: "F")
        let content = try #require(loaded.content)
        return ArticleCheck(article: Self.article).check(content, index: loaded.index, folder: "F")
    }

    @Test func theArticlesParagraphsAreItsBlankLineSeparatedBlocks() {
        let check = ArticleCheck(article: Self.article + "\n\n  \n\nLast.\n")
        #expect(check.paragraphs.count == 4)
        #expect(check.paragraphs[0] == "A Heading" && check.paragraphs[3] == "Last.")
    }

    @Test func aClaimThatIsInItsParagraphPasses() throws {
        let r = try report(summary: "Nixon began Operation Intercept in 1969; about 2000 agents took part. Looking back, it was brief.")
        #expect(r.problems.isEmpty, "\(r.problems)")
    }

    @Test func aNumberANameOrASourceNotInTheParagraphIsReported() throws {
        let r = try report(summary: "In 1970 Kissinger ended it.[^fn2]", from: "[2]")
        let messages = r.problems.map(\.message)
        #expect(messages.contains("the summary of alpha, us-move gives 1970, not in article paragraph 2"))
        #expect(messages.contains("the summary of alpha, us-move names Kissinger, not in article paragraph 2"))
        #expect(messages.contains("the summary of alpha, us-move credits footnote 2, which is not in article paragraph 2"))
        // Named in the right paragraph, the same footnote passes.
        let right = try report(summary: "Officials protested.[^fn2]", from: "[3]")
        #expect(right.problems.isEmpty, "\(right.problems)")
        // A source credited through a note must be cited in the paragraph.
        let cited = try report(summary: "Officials protested.[^fn1]", from: "[3]")
        #expect(cited.problems.map(\.message).contains("the summary of alpha, us-move credits footnote 1, which is not in article paragraph 3"))
        #expect(cited.problems.map(\.message).contains("the summary of alpha, us-move credits Smith 1999, who is not cited in article paragraph 3"))
        #expect(try report(summary: "Agents searched cars.[^fn1]", from: "[2]").problems.isEmpty)
    }

    @Test func twelveWordsOfTheArticlesProseAreAnError() throws {
        let copied = "Mexican officials protested loudly that the operation was discriminatory and racist and a violation."
        let r = try report(summary: copied, from: "[3]")
        #expect(r.runs.first?.words.count == 14)
        #expect(r.problems.map(\.message).contains("the summary of alpha, us-move repeats 14 words of the article: \"mexican officials protested loudly that the operation was discriminatory and racist and a violation\"; say it in our own words, or quote it"))
        // Eight to eleven are counted, not refused ("the operation was … a violation", nine).
        let shorter = try report(summary: "Officials said the operation was discriminatory and racist and a violation.", from: "[3]")
        #expect(shorter.problems.isEmpty && shorter.shortRuns.map(\.words.count) == [9])
        // In quotation marks, the article's words are a quotation, not our prose.
        let quoted = try report(summary: "Officials called it \"discriminatory and racist and a violation of Mexican sovereignty\" at once.", from: "[3]")
        #expect(quoted.runs.isEmpty)
        // Our own sentence shares no run at all.
        let own = try report(summary: "Mexico's officials were angry: to them the searches were racist and broke sovereignty.", from: "[3]")
        #expect(own.runs.isEmpty && own.problems.isEmpty, "\(own.problems)")
    }

    @Test func anAcronymNamesWhatTheParagraphWritesOutInFull() throws {
        // The fixture's glossary: DEA, "Drug Enforcement Administration".
        let article = Self.article + "\n\nThe Drug Enforcement Administration sent agents south."
        func problems(from: String) throws -> [String] {
            var f = ContentFixture.minimal()
            f.replace("cases/1-alpha.yaml", "    summary: What happened at us-move.", with: "    from: \(from)\n    summary: The DEA sent agents.")
            let dir = try f.write()
            defer { try? FileManager.default.removeItem(at: dir) }
            let loaded = ContentLoader.load(directory: dir.path, displayPath: "F")
            return ArticleCheck(article: article).check(try #require(loaded.content), index: loaded.index).problems.map(\.message)
        }
        #expect(try problems(from: "[4]") == [])
        #expect(try problems(from: "[3]") == ["the summary of alpha, us-move names DEA, not in article paragraph 3"])
    }

    @Test func theArticlesUDotSIsOurUS() {
        #expect(ArticleCheck.words(in: "30 U.S Drug Enforcement agents and U.S. officials") == ["30", "us", "drug", "enforcement", "agents", "and", "us", "officials"])
        #expect(ArticleCheck.hasFootnote(3, in: "sovereignty.Footnote 3 Then") && !ArticleCheck.hasFootnote(3, in: "in 1987.Footnote 31"))
    }

    @Test func anOfficialNameBreaksARun() throws {
        let copied = "President Nixon launched Operation Intercept at the southern border with great fanfare."
        let plain = try report(summary: copied)
        #expect(plain.runs.map(\.words.count) == [12])
        // As a glossary term, "Operation Intercept" may stand as the article gives it.
        var f = ContentFixture.minimal()
        f.replace("glossary.yaml", "  - id: dea\n", with: "  - id: intercept\n    term: Operation Intercept\n    definition: A US operation.\n  - id: dea\n")
        f.replace("cases/1-alpha.yaml", "    summary: What happened at us-move.", with: "    from: [2]\n    summary: \(copied)")
        let dir = try f.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let loaded = ContentLoader.load(directory: dir.path, displayPath: "F")
        let r = ArticleCheck(article: Self.article).check(try #require(loaded.content), index: loaded.index)
        #expect(r.runs.isEmpty, "\(r.runs)")
        // A term written as prose ("southern border") is no name: it does not break the run.
        f.replace("glossary.yaml", "term: Operation Intercept", with: "term: southern border")
        let prose = try f.write()
        defer { try? FileManager.default.removeItem(at: prose) }
        let again = ContentLoader.load(directory: prose.path, displayPath: "F")
        #expect(ArticleCheck(article: Self.article).check(try #require(again.content), index: again.index).runs.map(\.words.count) == [12])
    }
}

/// The shipped content read against the article: every traced claim in its paragraphs, our words our own.
@Suite struct ShippedProvenanceTests {
    @Test(.enabled(if: PackagePaths.articleText != nil, PackagePaths.noArticle))
    func everyTracedClaimStandsInItsParagraphsAndOurWordsAreOurOwn() throws {
        let loaded = ContentLoader.load(directory: PackagePaths.content.path, displayPath: "Content")
        let content = try #require(loaded.content)
        let check = ArticleCheck(article: try #require(PackagePaths.articleText))
        #expect(content.article.paragraphs == check.paragraphs.count)
        let report = check.check(content, index: loaded.index, folder: "Content")
        for problem in report.problems { Issue.record("\(problem)") }
        let short = report.shortRuns
        print("Runs of \(ArticleCheck.shortRun)–\(ArticleCheck.longestRun - 1) words shared with the article: \(short.count) (at most \(ArticleCheck.allowedShortRuns))")
        for run in short { print("  \(run)") }
        #expect(short.count <= ArticleCheck.allowedShortRuns, "\(short.count) runs of 8–11 shared words")
    }

    /// Rewriting changed words, never what the content holds.
    @Test func theInventoryIsUnchanged() throws {
        let content = try ContentLoader.loadValidated(directory: PackagePaths.content, displayPath: "Content").get()
        let parts = content.cases.flatMap(\.stages).flatMap(\.parts)
        #expect(content.article.allQuotations.count + parts.flatMap(\.quotations).count == 37)
        #expect(content.allNotes.count == 103, "101, and two the second reading added where the article cites a source (condor-markets, merida-santa-cruz)")
        #expect(content.sources.count == 58)
        #expect(content.glossary.count == 48)
        #expect(parts.flatMap(\.figures).count == 63)
        // Mérida's two 2010 events are one: the article gives no year for the April that followed.
        #expect(content.cases.map(\.events.count) == [8, 6, 8, 13, 5])
        #expect(content.cases.map(\.actors.count) == [16, 9, 8, 22, 16])
        #expect(content.cases.map(\.questions.count) == [5, 5, 4, 5, 5])
    }
}
