import Foundation
import Testing
@testable import InfluenceContent

/// The optional `background:` of notes and glossary terms: facts from outside the article, kept apart and labelled.
@Suite struct BackgroundFieldTests {
    /// Loads a fixture folder, or records its problems.
    static func load(_ f: ContentFixture) throws -> Content {
        let dir = try f.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        return try ContentLoader.loadValidated(directory: dir, displayPath: "F").get()
    }

    @Test func backgroundLoadsOnANoteAndATerm() throws {
        var f = ContentFixture.minimal()
        f.replace("article.yaml", "    context: Placed at claim 1.\n",
                  with: "    context: Placed at claim 1.\n    background: >\n      A fact from elsewhere,\n      in our words.\n")
        f.replace("glossary.yaml", "    definition: A US agency.\n",
                  with: "    definition: A US agency.\n    background: Created in some year.\n")
        let content = try Self.load(f)
        #expect(content.note(id: "fn1")?.background == "A fact from elsewhere, in our words.")
        #expect(content.note(id: "fn1")?.context == "Placed at claim 1.")
        #expect(content.note(id: "fn2")?.background == nil)
        #expect(content.glossary.first?.background == "Created in some year.")
        #expect(content.glossary.first?.definition == "A US agency.")
        // The archive compiled into the binary keeps it.
        #expect(ContentArchive.decode(ContentArchive.encode(content)) == content)
    }

    @Test func aMisspeltBackgroundKeyOnANoteSuggestsIt() throws {
        var f = ContentFixture.minimal()
        f.replace("article.yaml", "    context: Placed at claim 1.\n",
                  with: "    context: Placed at claim 1.\n    backgroud: A fact from elsewhere.\n")
        let at = f.position(of: "backgroud", in: "article.yaml")
        let problems = try f.problems()
        #expect(problems == [
            "F/article.yaml:\(at.line):\(at.column): error: unknown key \"backgroud\" in a note; did you mean \"background\"?",
        ])
    }

    @Test func aMisspeltBackgroundKeyOnATermSuggestsIt() throws {
        var f = ContentFixture.minimal()
        f.replace("glossary.yaml", "    definition: A US agency.\n",
                  with: "    definition: A US agency.\n    backround: Created in some year.\n")
        let at = f.position(of: "backround", in: "glossary.yaml")
        let problems = try f.problems()
        #expect(problems == [
            "F/glossary.yaml:\(at.line):\(at.column): error: unknown key \"backround\" in a glossary term; did you mean \"background\"?",
        ])
    }

    @Test func anEmptyBackgroundIsAnError() throws {
        var f = ContentFixture.minimal()
        f.replace("glossary.yaml", "    definition: A US agency.\n", with: "    definition: A US agency.\n    background: \"\"\n")
        let problems = try f.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.hasSuffix("error: \"background\" in a glossary term is empty") == true)
    }

    @Test func describingANoteLabelsItsBackgroundAfterTheContext() throws {
        var f = ContentFixture.minimal()
        f.replace("article.yaml", "    context: Placed at claim 1.\n",
                  with: "    context: Placed at claim 1.\n    background: A fact from elsewhere.\n")
        let content = try Self.load(f)
        let note = try #require(content.note(id: "fn1"))
        #expect(content.describe(note) == "Article footnote 1. Placed at claim 1. Background, not from the article: A fact from elsewhere.")
        let plain = try #require(content.note(id: "fn2"))
        #expect(!content.describe(plain).contains(Background.label))
    }
}
