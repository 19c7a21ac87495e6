import Foundation
import InfluenceContent
import Ink
import Testing
@testable import InfluenceExport

/// The Markdown handout, parsed with a Markdown library (Ink) and checked line by line.
///
/// Ink 0.6.0 knows no footnotes: it leaves a reference such as `[^leyenda-20]` in the text as it
/// stands and reads a definition line `[^leyenda-20]: …` as a link reference definition, which it
/// drops. So Ink's output is checked for the references as text, and the definitions are checked on
/// the Markdown's own lines (GitHub, pandoc and most editors render them as footnotes).
@Suite struct MarkdownDocumentTests {
    static let everything = MarkdownDocument(Handout(content: shippedContent, subject: .everything)).text
    static var lines: [Substring] { everything.split(separator: "\n", omittingEmptySubsequences: false) }

    /// Ink's HTML, read back as XML inside one wrapping element.
    static func inkTree(_ markdown: String) throws -> XMLTree {
        try XMLTree.parse("<div>" + MarkdownParser().html(from: markdown) + "</div>")
    }

    @Test func inkFindsTheHeadings() throws {
        let root = try Self.inkTree(Self.everything)
        #expect(root.all("h1").map(\.text) == [shippedContent.article.title])
        #expect(root.all("h2").map(\.text)
                == ["The argument"] + shippedContent.cases.map { "Case \($0.number) · \($0.title) (\($0.years))" } + ["Glossary", "People", "About the source"])
        let h3 = root.all("h3").map(\.text)
        for section in ArgumentSection.allCases { #expect(h3.contains(section.title(in: shippedContent.article))) }
        for stage in shippedContent.stages {
            #expect(h3.filter { $0 == stageHeading(stage) }.count == shippedContent.cases.count, "\(stage.id)")
        }
        #expect(h3.filter { $0 == "Discussion questions" }.count == shippedContent.cases.count)
        let rounds = shippedContent.cases.flatMap { c in c.stages.flatMap(\.parts).compactMap { $0.round.flatMap(c.round(id:)) } }
        #expect(root.all("h4").map(\.text) == rounds.map { "\($0.title) (\($0.years))" })
    }

    /// A block quote for every quotation, holding its words and, after a dash, its attribution.
    @Test func inkFindsABlockQuoteForEveryQuotation() throws {
        let root = try Self.inkTree(Self.everything)
        let quotes = shippedContent.article.allQuotations + shippedContent.cases.flatMap(\.allQuotations)
        let blocks = root.all("blockquote").map(\.text)
        try #require(blocks.count == quotes.count)
        // Ink runs a quote's paragraphs together; the words and the dash are there in order.
        for (block, quote) in zip(blocks, quotes) {
            #expect(block.hasPrefix(Handout.paragraphs(quote.text).joined(separator: " ") + " — "), "\(block)")
        }
        // The case's grid line as a table, its questions as a numbered list.
        #expect(root.all("table").count == shippedContent.cases.count)
        #expect(root.all("table").map { $0.all("tr").count } == shippedContent.cases.map { $0.stages.count + 1 })
        let lists = root.all("ol").map { $0.all("li").map(\.text) }
        #expect(lists == shippedContent.cases.map(\.questions))
    }

    @Test func footnoteReferencesAndDefinitionsMatch() throws {
        // Ink leaves the references as text: each one there as written.
        let inkText = try Self.inkTree(Self.everything).text
        let definitions = Self.lines.filter { $0.hasPrefix("[^") && $0.contains("]: ") }
        let definedIDs = definitions.map { String($0.dropFirst(2).prefix { $0 != "]" }) }
        #expect(Set(definedIDs).count == definedIDs.count, "each footnote defined once")
        var referenced: [String] = []
        for line in Self.lines where !(line.hasPrefix("[^") && line.contains("]: ")) {
            referenced += line.matches(of: #/\[\^([A-Za-z0-9_-]+)\]/#).map { String($0.output.1) }
        }
        #expect(Set(referenced) == Set(definedIDs), "every reference has a definition and every definition a reference")
        for id in Set(referenced) { #expect(inkText.contains("[^\(id)]"), "\(id)") }
        // Each case's definitions come at its end, after its questions, in order of first reference,
        // with the note's text and sources in the words of the screen.
        for c in shippedContent.cases {
            let part = try #require(Self.part(c))
            let labels = NoteLabels(case: c, allNotes: shippedContent.allNotes)
            let expected = expectedFootnotes(c, shippedContent)
            let tail = part.suffix(expected.count)
            #expect(tail.map { String($0.prefix { $0 != ":" }) } == expected.map { "[^\(c.id)-\(labels[$0.id])]" })
            #expect(tail.map { String($0.drop { $0 != ":" }.dropFirst(2)) }
                    == expected.map { MarkdownDocument.block(MarkdownDocument.escape(shippedContent.describe($0))) })
            let firstRefs = part.flatMap { line in
                line.hasPrefix("[^") ? [] : line.matches(of: #/\[\^([A-Za-z0-9_-]+)\]/#).map { String($0.output.1) }
            }
            var order: [String] = []
            for id in firstRefs where !order.contains(id) { order.append(id) }
            #expect(order == expected.map { "\(c.id)-\(labels[$0.id])" })
        }
    }

    /// Each part's own lines: a case's stages, its grid table with a row a stage, its numbered questions.
    @Test func eachCaseHasItsStagesGridAndQuestions() throws {
        for c in shippedContent.cases {
            let part = try #require(Self.part(c))
            let headings = part.filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) }
            #expect(headings == c.stages.compactMap { shippedContent.stage(id: $0.stage) }.map(stageHeading)
                    + ["In the comparison grid", "Discussion questions"])
            let rows = part.filter { $0.hasPrefix("| ") }
            #expect(rows.count == c.stages.count + 1)
            #expect(part.contains("|---|---|"))
            let questions = part.filter { $0.first?.isNumber == true }.map(String.init)
            #expect(questions == c.questions.enumerated().map { "\($0.offset + 1). " + MarkdownDocument.block(MarkdownDocument.escape($0.element)) })
        }
        #expect(Self.lines.filter { $0.hasPrefix("# ") }.count == 1)
        #expect(Self.everything.hasSuffix("\n") && !Self.everything.hasSuffix("\n\n"))
    }

    @Test func oneStageMatchesItsSnapshot() throws {
        let leyenda = try #require(shippedContent.findCase("3"))
        let text = MarkdownDocument(Handout(content: shippedContent, subject: .case(leyenda), stage: "resource-transfer")).text
        assertSnapshot(String(text.dropLast()), named: "export-leyenda-resource-transfer-md")
    }

    @Test func theArgumentAtOneStageIsThatStage() throws {
        let text = MarkdownDocument(Handout(content: shippedContent, subject: .argument, stage: "turn")).text
        let root = try Self.inkTree(text)
        #expect(root.all("h2").map(\.text) == ["The argument", "About the source"])
        #expect(root.all("h3").map(\.text) == ["The seven stages"])
        #expect(root.all("p").filter { $0.text.hasPrefix("3. The turn:") }.count == 1)
        #expect(!text.contains("1. The US move"))
    }

    /// Hostile text stays text: Ink's HTML escapes the markup, and no Markdown in it takes effect.
    @Test func hostileContentStaysText() throws {
        let text = MarkdownDocument(Handout(content: hostileContent(), subject: .everything)).text
        let html = MarkdownParser().html(from: text)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let root = try Self.inkTree(text)
        let shown = Sanitizer.clean(hostileText, keepNewlines: false)
        let gist = try #require(root.all("p").first { $0.text.hasPrefix("<script>") })
        // Ink reads "&amp;" back as an entity, so the comparison stops before it.
        #expect(gist.text.hasPrefix("<script>alert(1)</script> & "))
        #expect(gist.text.hasSuffix(String(shown.drop { $0 != "\"" })))
        #expect(root.all("em").allSatisfy { !$0.text.contains("stars") } && root.all("code").isEmpty)
        #expect(root.all("a").isEmpty, "no link")
        #expect(Sanitizer.clean(text, keepNewlines: true) == text, "no control or invisible character")
    }

    @Test func blockStartsAreEscaped() {
        #expect(MarkdownDocument.block("1985. A year") == "1985\\. A year")
        #expect(MarkdownDocument.block("- not a list") == "\\- not a list")
        #expect(MarkdownDocument.block("    indented") == "indented")
        #expect(MarkdownDocument.escape("a*b_c[d]<e>&f|g~h$i#j`k\\l") == "a\\*b\\_c\\[d\\]\\<e\\>\\&f\\|g\\~h\\$i\\#j\\`k\\\\l")
    }

    /// The lines of a case's part: from its heading to the next part's.
    static func part(_ c: Case) -> [Substring]? {
        let heading = "## Case \(c.number) · "
        guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return nil }
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        return lines[start..<end].filter { !$0.isEmpty }
    }
}
