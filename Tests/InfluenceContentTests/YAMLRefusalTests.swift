import Foundation
import Testing
@testable import InfluenceContent

/// What content files never need is refused, each place with its position: anchors, aliases, tags,
/// merge keys, keys that are not text, several documents, duplicate keys, deep nesting. (Files that
/// are not ordinary files, or too large, are in ValidationTests.)
@Suite struct YAMLRefusalTests {
    /// The problems of the minimal fixture with glossary.yaml replaced by `glossary`.
    func glossaryProblems(_ glossary: String) throws -> [String] {
        var f = ContentFixture.minimal()
        f.files["glossary.yaml"] = glossary
        return try f.problems()
    }

    @Test func anchorsAndAliasesAreRefusedWhereTheyStand() throws {
        let problems = try glossaryProblems("""
        terms:
          - &dea
            id: dea
            term: DEA
            definition: A US agency.
          - *dea

        """)
        #expect(problems == [
            "F/glossary.yaml:2:5: error: anchors and aliases are not used in content files; remove the \"&\" name here",
            "F/glossary.yaml:6:5: error: anchors and aliases are not used in content files; write the value out in full here",
        ])
    }

    /// An alias stands for one value, so it is one error and the rest of its mapping is read as
    /// written: dropping it paired every later key with the value before it, and each list after it
    /// was then "a key" (an alias for a missing anchor in a case gave six errors).
    @Test func anAliasIsOneErrorAndShiftsNothing() throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "short_title: Alpha", with: "short_title: *t")
        let at = f.position(of: "*t", in: "cases/1-alpha.yaml")
        #expect(try f.problems() == [
            "F/cases/1-alpha.yaml:\(at.line):\(at.column): error: anchors and aliases are not used in content files; write the value out in full here",
        ])
    }

    /// Aliases in every place a mapping has them: each anchor and each alias is one error where it
    /// stands, and nothing else is reported (two aliases as keys are not "the same key" twice).
    @Test(arguments: [
        ("an alias to an existing anchor", "title: The alpha case\nshort_title: Alpha",
         "title: &t The alpha case\nshort_title: *t", ["&t", "*t"]),
        ("an anchor on a mapping", "actors:\n  - name: A person", "actors:\n  - &who\n    name: A person", ["&who"]),
        ("an alias as a key", "short_title: Alpha", "*k : Alpha", ["*k"]),
        ("an alias as an explicit key", "short_title: Alpha", "? *k\n: Alpha", ["*k"]),
        ("two aliases as keys", "short_title: Alpha", "short_title: Alpha\n*a : one\n*b : two", ["*a", "*b"]),
        ("an alias for a list", "actors:\n  - name: A person\n    role: A role\n    side: us", "actors: *people", ["*people"]),
    ])
    func everyAnchorAndAliasIsOneError(_ shape: String, _ old: String, _ new: String, _ marks: [String]) throws {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", old, with: new)
        let expected = marks.map { mark in
            let at = f.position(of: mark, in: "cases/1-alpha.yaml")
            let fix = mark.hasPrefix("&") ? "remove the \"&\" name here" : "write the value out in full here"
            return "F/cases/1-alpha.yaml:\(at.line):\(at.column): error: anchors and aliases are not used in content files; \(fix)"
        }
        #expect(try f.problems() == expected, "\(shape)")
    }

    @Test func tagsAreRefusedAndNamed() throws {
        let problems = try glossaryProblems("terms:\n  - id: dea\n    term: !!str DEA\n    definition: !custom A US agency.\n")
        #expect(problems == [
            "F/glossary.yaml:3:11: error: YAML tags (here \"!!str\") are not used in content files; remove the tag and write the value plainly",
            "F/glossary.yaml:4:17: error: YAML tags (here \"!custom\") are not used in content files; remove the tag and write the value plainly",
        ])
    }

    @Test func mergeKeysAreRefused() throws {
        let problems = try glossaryProblems("terms:\n  - id: dea\n    <<: {term: DEA}\n    definition: A US agency.\n")
        #expect(problems == [
            "F/glossary.yaml:3:5: error: merge keys (<<) are not used in content files; write the keys out in full here",
        ])
    }

    @Test func keysThatAreNotTextAreRefused() throws {
        let problems = try glossaryProblems("terms:\n  - id: dea\n    ? [term, name]\n    : DEA\n    {a: b}: c\n")
        #expect(problems == [
            "F/glossary.yaml:3:7: error: a key should be a plain word, but this one is a list",
            "F/glossary.yaml:5:5: error: a key should be a plain word, but this one is a set of \"key: value\" lines",
        ])
    }

    @Test func aSecondDocumentIsRefused() throws {
        let problems = try glossaryProblems("terms: []\n---\nterms: []\n")
        #expect(problems == [
            "F/glossary.yaml:2:1: error: a content file holds one YAML document, but a second one starts here; remove the \"---\" (or \"...\") line and what follows, or move it to a file of its own",
        ])
    }

    /// Every repeated key, not only the first, each where it is repeated.
    @Test func everyDuplicateKeyIsReported() throws {
        let problems = try glossaryProblems("""
        terms:
          - id: dea
            term: DEA
            term: Drug Enforcement Administration
            definition: A US agency.
          - id: pgr
            term: PGR
            definition: An office.
            id: pgr-2
        terms: []

        """)
        #expect(problems == [
            "F/glossary.yaml:4:5: error: the key \"term\" appears twice in the same block; keep one (the first is on line 3)",
            "F/glossary.yaml:9:5: error: the key \"id\" appears twice in the same block; keep one (the first is on line 6)",
            "F/glossary.yaml:10:1: error: the key \"terms\" appears twice in the same block; keep one (the first is on line 1)",
        ])
    }

    @Test func deepNestingIsRefused() throws {
        let problems = try glossaryProblems("terms: " + String(repeating: "[", count: 200) + "\n")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("F/glossary.yaml:1:107: error: lists and \"key: value\" blocks are nested more than 100 deep here") == true)
    }

    @Test func aTabInTheIndentationIsNamed() throws {
        let problems = try glossaryProblems("terms:\n\t- id: dea\n")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("F/glossary.yaml:2:1: error: YAML syntax: ") == true)
        #expect(problems.first?.hasSuffix("(indent with spaces, not tabs)") == true)
    }

    @Test func aControlCharacterIsPlaced() throws {
        let problems = try glossaryProblems("terms:\n  - id: dea\n    term: D\u{1B}EA\n")
        #expect(problems == [
            "F/glossary.yaml:3:12: error: YAML: control characters are not allowed; delete the invisible control character here",
        ])
    }

    /// A syntax error in a case file that places footnotes is reported alone: the footnotes it
    /// places and the notes it refers to are not reported as missing.
    @Test func aSyntaxErrorIsNotFollowedByKnockOnErrors() throws {
        var f = ContentFixture.minimal()
        f.replace("article.yaml", "  - id: fn17\n    footnote: 17\n    context: Placed at claim 17.\n", with: "")
        f.replace("article.yaml", "[^fn17]", with: "")
        f.replace("cases/1-alpha.yaml", "notes: []", with: "notes:\n  - id: fn17\n    footnote: 17\n    context: Placed here.")
        f.replace("cases/1-alpha.yaml", "What happened at turn.", with: "What happened at turn.[^fn17]")
        #expect(try f.problems() == [])
        f.replace("cases/1-alpha.yaml", "gist: A gist.", with: "gist: [unclosed")
        let problems = try f.problems()
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.contains("error: YAML syntax:") == true)
    }

    /// A note dropped for a problem of its own does not also make its footnote "not placed".
    @Test func aBrokenNoteIsReportedOnce() throws {
        var f = ContentFixture.minimal()
        f.replace("article.yaml", "    context: Placed at claim 17.", with: "    context: [a, list]")
        let at = f.position(of: "[a, list]", in: "article.yaml")
        let problems = try f.problems()
        #expect(problems == [
            "F/article.yaml:\(at.line):\(at.column): error: \"context\" in a note should be text, but it is a list",
        ])
    }
}
