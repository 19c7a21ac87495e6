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

    // MARK: The shipped content

    /// Facts from outside the article that issue 8 found in definitions, and the glossary terms they now
    /// stand in as background: each must be in `background` and in neither `definition` nor `expansion`.
    static let termFacts: [(term: String, facts: [String])] = [
        ("dea", ["1973", "merged"]),
        ("dhs", ["11 September 2001", "Homeland Security"]),
        ("certification", ["certifies", "lose US aid"]),
        ("nafta", ["1994", "Free Trade Agreement"]),
        ("secure-fence-act", ["2006"]),
        ("pfp", ["Policía Federal Preventiva", "police force"]),
        ("pgr", ["Procuraduría General de la República"]),
        ("atf", ["Bureau of"]),
        ("fbi", ["Federal Bureau of Investigation"]),
        ("usaid", ["International Development"]),
        ("ondcp", ["White House", "drug czar"]),
        ("nsc", ["advises the US President"]),
        ("sexenio", ["six-year"]),
    ]

    @Test func outsideFactsInTheGlossaryAreBackground() throws {
        let content = try ShippedContentTests.loadFromDisk()
        for (id, facts) in Self.termFacts {
            let term = try #require(content.glossary.first { $0.id == id }, "no glossary term \(id)")
            let background = term.background ?? ""
            for fact in facts {
                #expect(background.contains(fact), "\(id): \"\(fact)\" should be in background")
                #expect(!term.definition.contains(fact), "\(id): \"\(fact)\" is from outside the article; not in the definition")
                #expect(!(term.expansion ?? "").contains(fact), "\(id): \"\(fact)\" is from outside the article; not in the expansion")
            }
        }
    }

    /// The notes whose context carried outside facts that a reader could take for the footnote's text.
    static let noteFacts: [(note: String, facts: [String])] = [
        ("fn9", ["second-ranking"]),
        ("fn13", ["forerunner of the DEA"]),
        ("fn30", ["Office of National Drug Control Policy", "White House"]),
        ("fn32", ["National Drug Threat Assessment"]),
        ("fn4", ["1994"]),
        ("fn36", ["Homeland Security"]),
        ("fn37", ["development aid"]),
        ("casablanca-toro", ["certifies each year"]),
    ]

    @Test func outsideFactsInNotesAreBackground() throws {
        let content = try ShippedContentTests.loadFromDisk()
        for (id, facts) in Self.noteFacts {
            let note = try #require(content.note(id: id), "no note \(id)")
            let background = note.background ?? ""
            for fact in facts {
                #expect(background.contains(fact), "\(id): \"\(fact)\" should be in background")
                #expect(!note.context.contains(fact), "\(id): \"\(fact)\" is from outside the article; not in the context")
            }
            // Shown labelled wherever the note is described (side pane and print).
            #expect(content.describe(note).contains("\(Background.label): \(background)"))
        }
    }

    /// The words that say text is not from the article, as every screen shows them.
    @Test func theLabelSaysItIsNotFromTheArticle() {
        #expect(Background.label == "Background, not from the article")
        #expect(Background.labelled("X.") == "Background, not from the article: X.")
    }
}
