import Foundation
import Testing
@testable import InfluenceContent

/// A small, valid content folder written to a temporary directory; tests break one thing at a time.
struct ContentFixture {
    var files: [String: String]

    /// The smallest content that passes every rule: seven stages, one case, footnotes 1–38.
    static func minimal() -> ContentFixture {
        let stageIDs = Stage.requiredIDs
        var stages = "stages:\n"
        for (i, id) in stageIDs.enumerated() {
            stages += """
              - id: \(id)
                number: \(i + 1)
                title: Stage \(i + 1)
                short_title: S\(i + 1)
                question: What happened at stage \(i + 1)?
                condition: \(i >= 3 && i <= 5)
                description: The stage's meaning.

            """
        }
        var footnoteMarkers = ""
        var notes = ""
        for n in 1...38 {
            footnoteMarkers += "[^fn\(n)]"
            notes += "  - id: fn\(n)\n    footnote: \(n)\n    context: Placed at claim \(n).\n"
        }
        let article = """
        title: A title
        publication: A journal
        credit: Authors unknown.
        question: Why?
        paradox:
          title: The paradox
          text: Text of the paradox.\(footnoteMarkers)
          quotations:
            - text: some words
              by: Someone
              role: A role
              when: "1969"
              cites:
                - source: smith-1999
                  pages: "12"
        rivals_summary: Rivals fail.
        rivals:
          - id: realism
            name: Realism
            claim: Power wins.
            failure: It does not.
        influence:
          title: Influence
          text: Influence text.
        cycle:
          title: The cycle
          text: Cycle text.
        conclusion:
          title: Conclusion
          text: Conclusion text.
        notes:
        \(notes)
        """
        var caseStages = ""
        for id in stageIDs {
            caseStages += """
              - stage: \(id)
                grid: Grid for \(id)
                summary: What happened at \(id).

            """
        }
        let caseFile = """
        id: alpha
        number: 1
        title: The alpha case
        short_title: Alpha
        years: 1969–1970
        gist: A gist.
        actors:
          - name: A person
            role: A role
            side: us
        stages:
        \(caseStages)events:
          - date: 1969-09
            text: Something happened.
        notes: []

        """
        let sources = """
        sources:
          - id: smith-1999
            author: Smith
            year: "1999"

        """
        let glossary = """
        terms:
          - id: dea
            term: DEA
            expansion: Drug Enforcement Administration
            definition: A US agency.

        """
        return ContentFixture(files: [
            "article.yaml": article, "stages.yaml": stages, "sources.yaml": sources,
            "glossary.yaml": glossary, "cases/1-alpha.yaml": caseFile,
        ])
    }

    /// Replaces the first occurrence of `old` in a file; fails the test setup loudly if absent.
    mutating func replace(_ file: String, _ old: String, with new: String) {
        guard let text = files[file], let range = text.range(of: old) else {
            fatalError("fixture has no \"\(old)\" in \(file)")
        }
        files[file] = text.replacingCharacters(in: range, with: new)
    }

    /// 1-based line and column (in Unicode scalars) where `needle` first starts in a file.
    func position(of needle: String, in file: String) -> (line: Int, column: Int) {
        guard let text = files[file], let range = text.range(of: needle) else { fatalError("no \(needle) in \(file)") }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lastLine = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        return (line, lastLine.unicodeScalars.count + 1)
    }

    /// Writes the files to a new temporary folder and returns it.
    func write(extra: [String: Data] = [:]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("influence-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("cases"), withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        for (name, data) in extra {
            try data.write(to: dir.appendingPathComponent(name))
        }
        return dir
    }

    /// Loads and validates; returns the diagnostics as lines with the folder prefix "F".
    func problems(extra: [String: Data] = [:]) throws -> [String] {
        let dir = try write(extra: extra)
        defer { try? FileManager.default.removeItem(at: dir) }
        switch ContentLoader.loadValidated(directory: dir, displayPath: "F") {
        case .success: return []
        case .failure(let error): return error.diagnostics.map(\.description)
        }
    }
}

/// The package's top-level folder, found from this file's path.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = root.appendingPathComponent("Content")
    /// Where the article's text is looked for: `INFLUENCE_ARTICLE` when set, else `../shared/source/article.txt`
    /// beside the repository. It is the publisher's text and never part of the repository.
    static let article: URL = {
        if let path = ProcessInfo.processInfo.environment["INFLUENCE_ARTICLE"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared/source/article.txt")
    }()

    /// The article's text, or nil when it is not on this machine (tests that need it are skipped).
    static let articleText: String? = try? String(contentsOf: article, encoding: .utf8)

    /// Why tests that need the article are skipped.
    static let noArticle: Comment = "the article's text is not here: set INFLUENCE_ARTICLE to its path, or check out beside ../shared/source/article.txt"
}
