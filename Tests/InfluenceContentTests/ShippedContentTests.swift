import Foundation
import Testing
import BuiltinContent
@testable import InfluenceContent

/// The content we ship: valid, complete, verbatim where it quotes, and the same in the binary as on disk.
@Suite struct ShippedContentTests {
    static func loadFromDisk() throws -> Content {
        try ContentLoader.loadValidated(directory: PackagePaths.content, displayPath: "Content").get()
    }

    @Test func validatesWithNoIssues() throws {
        let result = ContentLoader.loadValidated(directory: PackagePaths.content, displayPath: "Content")
        if case .failure(let error) = result { Issue.record("\(error.report)") }
        let content = try result.get()
        #expect(content.cases.map(\.number) == [1, 2, 3, 4, 5])
        #expect(content.summary.hasPrefix("5 cases, 35 stages, "))
    }

    @Test func builtInContentEqualsTheFolder() throws {
        let builtin = try BuiltinContent.load().get()
        #expect(builtin == (try Self.loadFromDisk()))
    }

    @Test func everyFootnoteOneToThirtyEightIsPlacedOnce() throws {
        let content = try Self.loadFromDisk()
        let numbers = content.allNotes.compactMap(\.footnote).sorted()
        #expect(numbers == Array(1...38))
    }

    @Test func leyendaRunsTheCycleTwice() throws {
        let leyenda = try #require(try Self.loadFromDisk().findCase("leyenda"))
        #expect(leyenda.rounds.count == 2)
        #expect(leyenda.stages.allSatisfy { $0.parts.count == 2 })
    }

    @Test func everySourceIsCitedAndEveryCitationResolves() throws {
        let content = try Self.loadFromDisk()
        let cited = Set(content.allCitations.map(\.source))
        let listed = Set(content.sources.map(\.id))
        #expect(cited == listed, "listed but never cited: \(listed.subtracting(cited)); cited but not listed: \(cited.subtracting(listed))")
    }

    /// Quotations and the figures' displayed numbers must stand in the article word for word.
    @Test(.enabled(if: PackagePaths.articleText != nil, PackagePaths.noArticle))
    func quotationsAndFiguresAreVerbatim() throws {
        let article = try #require(PackagePaths.articleText)
        func normalize(_ s: String) -> String {
            s.replacingOccurrences(of: "\u{2009}", with: " ")
                .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        }
        let text = normalize(article)
        let content = try Self.loadFromDisk()
        let quotes = content.article.allQuotations + content.cases.flatMap(\.allQuotations)
        for quote in quotes {
            #expect(text.contains(normalize(quote.text)), "not verbatim: \(quote.text)")
        }
        for figure in content.cases.flatMap(\.stages).flatMap(\.parts).flatMap(\.figures) {
            #expect(text.contains(normalize(figure.display)), "figure not as the article gives it: \(figure.display)")
        }
    }

    @Test func theArticlesMisspellingOfFoxIsCorrectedOutsideQuotations() throws {
        let content = try Self.loadFromDisk()
        let merida = try #require(content.findCase("merida"))
        let ourText = merida.stages.flatMap(\.parts).map(\.summary).joined() + merida.actors.map(\.name).joined()
        #expect(!ourText.contains("Vincente"))
        #expect(ourText.contains("Vicente Fox"))
    }
}
