import Foundation
import InfluenceContent
import Testing
@testable import InfluenceExport

/// The HTML handout, read back with a real XML parser (FoundationXML's XMLParser): well-formed,
/// the handout's structure, footnotes linked both ways, print CSS, nothing fetched, content escaped.
@Suite struct HTMLDocumentTests {
    static let everything = HTMLDocument(Handout(content: shippedContent, subject: .everything), generator: "influence test").text

    @Test func parsesAsXMLWithOneTitleAndASectionPerCase() throws {
        let root = try XMLTree.parse(Self.everything)
        #expect(Self.everything.hasPrefix("<!DOCTYPE html>\n<html"))
        #expect(root.name == "html")
        #expect(root.all("h1").map(\.text) == [shippedContent.article.title])
        #expect(root.all("p").first { $0.hasClass("publication") }?.text == shippedContent.article.publication)
        let parts = root.all("section").filter { $0.hasClass("part") }
        #expect(parts.map { $0.attributes["id"] ?? "" } == ["argument"] + shippedContent.cases.map(\.id) + ["glossary", "people"])
        let cases = parts.filter { $0.hasClass("case") }
        #expect(cases.count == shippedContent.cases.count)
        for (section, c) in zip(cases, shippedContent.cases) {
            #expect(section.all("h2").map(\.text) == ["Case \(c.number) · \(c.title) (\(c.years))"])
            let divisions = section.children.filter { $0.hasClass("division") }
            #expect(divisions.map { $0.all("h3").first?.text ?? "" } == c.stages.compactMap { shippedContent.stage(id: $0.stage) }.map(stageHeading))
            // Every quotation of the case, verbatim in a block quote, its attribution in the caption.
            let quotes = section.all("figure").filter { $0.hasClass("quotation") }
            #expect(section.all("blockquote").count == c.allQuotations.count)
            #expect(quotes.count == c.allQuotations.count)
            let labels = NoteLabels(case: c, allNotes: shippedContent.allNotes)
            for (figure, quote) in zip(quotes, c.allQuotations) {
                #expect(figure.all("blockquote").first?.all("p").map(\.text) == Handout.paragraphs(quote.text))
                #expect(figure.all("figcaption").first?.text == "— " + shippedContent.attribution(of: quote, labels: labels))
            }
            // Figures in the words of the screen and print.
            let figures = c.stages.flatMap(\.parts).flatMap(\.figures)
            let items = section.all("div").filter { $0.hasClass("figures") }.flatMap { $0.all("li") }
            #expect(items.map(\.text) == figures.map { shippedContent.describe($0, labels: labels) })
            // The grid line and the questions.
            #expect(section.all("tr").dropFirst().map { $0.children.map(\.text) }
                    == c.stages.compactMap { s in shippedContent.stage(id: s.stage).map { ["\($0.number). \($0.title)", s.grid] } })
            #expect(section.all("section").first { $0.hasClass("questions") }?.all("li").map(\.text) == c.questions)
        }
    }

    @Test func footnotesAreLinkedBothWaysAtTheEndOfEachCase() throws {
        let root = try XMLTree.parse(Self.everything)
        let cases = root.all("section").filter { $0.hasClass("case") }
        for (section, c) in zip(cases, shippedContent.cases) {
            let lists = section.all("ol").filter { $0.hasClass("footnotes") }
            try #require(lists.count == 1, "\(c.id): one footnote list")
            #expect(section.children.last?.hasClass("notes") == true, "\(c.id): the notes come last")
            let items = lists[0].children
            let labels = NoteLabels(case: c, allNotes: shippedContent.allNotes)
            let expected = expectedFootnotes(c, shippedContent)
            #expect(items.map { $0.text(skipping: { $0.hasClass("back") }) }
                    == expected.map { "[\(labels[$0.id])] " + shippedContent.describe($0) }, "\(c.id)")
            let noteIDs = items.compactMap { $0.attributes["id"] }
            #expect(noteIDs.count == items.count)
            // Every reference points at a footnote of this case; every footnote is referred to.
            let refs = section.all("a").filter { !$0.hasClass("back") }
            let targets = refs.compactMap { $0.attributes["href"] }
            #expect(targets.allSatisfy { $0.hasPrefix("#") && noteIDs.contains(String($0.dropFirst())) }, "\(c.id): \(targets)")
            #expect(Set(targets.map { String($0.dropFirst()) }) == Set(noteIDs))
            // Each footnote links back to each of its references, and to nothing else.
            let refIDs = refs.compactMap { $0.attributes["id"] }
            #expect(refIDs.count == refs.count)
            let backs = items.flatMap { $0.all("a").filter { $0.hasClass("back") } }.compactMap { $0.attributes["href"] }
            #expect(backs.map { String($0.dropFirst()) }.sorted() == refIDs.sorted())
            // A marker in the text reads as its label.
            for marker in section.all("sup").filter({ $0.hasClass("marker") }) {
                let target = marker.all("a").first?.attributes["href"].map { String($0.dropFirst()) }
                let item = items.first { $0.attributes["id"] == target }
                #expect(item.map { $0.text.hasPrefix("[" + marker.text + "]") } == true)
            }
        }
        let ids = root.descendants.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids are unique")
    }

    @Test func theArgumentAndTheGlossary() throws {
        let root = try XMLTree.parse(Self.everything)
        let argument = try #require(root.all("section").first { $0.attributes["id"] == "argument" })
        #expect(argument.children.filter { $0.hasClass("division") }.map { $0.all("h3").first?.text ?? "" }
                == ArgumentSection.allCases.map { $0.title(in: shippedContent.article) })
        #expect(argument.all("blockquote").count == shippedContent.article.allQuotations.count)
        #expect(argument.all("p").contains { $0.text == "The question: " + shippedContent.article.question })
        let glossary = try #require(root.all("section").first { $0.attributes["id"] == "glossary" })
        #expect(glossary.all("dt").count == shippedContent.glossary.count)
        let backgrounds = shippedContent.glossary.compactMap(\.background)
        #expect(!backgrounds.isEmpty)
        for background in backgrounds {
            #expect(glossary.all("p").contains { $0.text == Background.labelled(background) })
        }
        // A note's background, in a footnote, under its label too.
        let noted = try #require(shippedContent.allNotes.first { $0.background != nil })
        #expect(Self.everything.contains(HTMLDocument.escape(Background.labelled(noted.background ?? ""))))
    }

    @Test func printableAndSelfContained() throws {
        let root = try XMLTree.parse(Self.everything)
        let style = try #require(root.all("style").first?.text)
        for rule in ["@media print", "@page", "break-before: page", "break-inside: avoid", "font-size: 11pt", "serif",
                     "figure.quotation, .figures", ".front + .part { break-before: auto"] {
            #expect(style.contains(rule), "\(rule)")
        }
        // Nothing to run and nothing to fetch: no scripts, links, images or frames, no URL in the CSS,
        // and every link inside the page.
        for name in ["script", "link", "img", "iframe", "object", "embed", "base"] {
            #expect(root.all(name).isEmpty, "\(name)")
        }
        #expect(!style.contains("url(") && !style.contains("@import"))
        #expect(root.descendants.allSatisfy { $0.attributes["src"] == nil })
        #expect(root.all("a").allSatisfy { $0.attributes["href"]?.hasPrefix("#") == true })
        #expect(root.all("meta").first?.attributes["charset"] == "utf-8")
    }

    @Test func oneCaseAtOneStage() throws {
        let leyenda = try #require(shippedContent.findCase("leyenda"))
        let html = HTMLDocument(Handout(content: shippedContent, subject: .case(leyenda), stage: "resource-transfer"), generator: "t").text
        let root = try XMLTree.parse(html)
        #expect(root.all("h1").count == 1)
        #expect(root.all("h2").map(\.text) == ["Case 3 · Leyenda: the Camarena case (1985–1991)", "About the source"])
        #expect(root.all("h3").map(\.text) == ["6. Resource transfer (a condition)", "In the comparison grid", "Notes"])
        #expect(root.all("h4").count == 2, "its two rounds")
        #expect(root.all("tr").count == 2, "the header and this stage's row")
        #expect(root.all("section").first { $0.hasClass("questions") } == nil)
        let labels = NoteLabels(case: leyenda, allNotes: shippedContent.allNotes)
        #expect(root.all("ol").first { $0.hasClass("footnotes") }?.children.map { $0.all("span").first?.text ?? "" }
                == expectedFootnotes(leyenda, shippedContent, stage: "resource-transfer").map { "[\(labels[$0.id])]" })
        #expect(root.all("title").first?.text == "Case 3 · Leyenda: the Camarena case (1985–1991) — " + shippedContent.article.title)
    }

    /// Hostile text (bypassing the loader's cleaning) comes out as text: the parsed page holds it
    /// literally, with its controls and invisible characters dropped, and has no script element.
    @Test func hostileContentIsEscaped() throws {
        let content = hostileContent()
        let html = HTMLDocument(Handout(content: content, subject: .everything), generator: "t").text
        let root = try XMLTree.parse(html)
        #expect(root.all("script").isEmpty)
        let shown = Sanitizer.clean(hostileText, keepNewlines: false)
        #expect(shown.hasPrefix("<script>alert(1)</script> & &amp; \"double\" 'single' *stars*"))
        let intercept = try #require(root.all("section").first { $0.attributes["id"] == "intercept" })
        #expect(intercept.all("p").first { $0.hasClass("lead") }?.text == shown)
        #expect(intercept.all("blockquote").first?.all("p").map(\.text) == [shown])
        let summary = try #require(intercept.all("section").first?.all("p").dropFirst().first, "the first summary")
        // In a summary, "[^fn1]" is a note marker (summaries are marked text); the rest is as given.
        #expect(summary.text.hasPrefix(String(shown.prefix { $0 != "[" })), "\(summary.text)")
        #expect(!html.contains("<script"))
        #expect(Sanitizer.clean(html, keepNewlines: true) == html, "no control or invisible character in the page")
    }

    @Test func escapeWritesTheFiveXMLCharactersAsReferences() {
        #expect(HTMLDocument.escape("a<b>&\"c'\u{1B}[0m\u{FFFE}") == "a&lt;b&gt;&amp;&quot;c'[0m")
    }
}
