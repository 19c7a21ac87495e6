import Foundation
import Testing
@testable import InfluenceContent

/// The article's text, normalized as the verbatim test normalizes it, and where its sentences end.
///
/// A sentence ends at ".", "?" or "!" outside ‘…’ quotation marks (after any closing marks) when the
/// text ends there, a footnote marker follows ("Mexico’.Footnote 9"), or a space and a capital or an
/// opening mark follow. "p. 573" and "U.S Drug" are not ends; "G. Kleindienst" is, which only makes a
/// span shorter, so the checks below can fail falsely there but never pass falsely.
struct ArticleSentences {
    let chars: [Character]
    /// True inside ‘…’: full stops in a quotation do not end the article's sentence.
    private let quoted: [Bool]

    init(_ raw: String) {
        chars = Array(Self.normalize(raw))
        var quoted = Array(repeating: false, count: chars.count)
        var inside = false
        for i in chars.indices {
            let c = chars[i]
            if c == "‘" {
                inside = true
            } else if c == "’", inside, !(i + 1 < chars.count && chars[i + 1].isLetter) {
                inside = false  // A closing mark; "Mexico’s" is an apostrophe.
            }
            quoted[i] = inside
        }
        self.quoted = quoted
    }

    /// Thin spaces become spaces and runs of spaces and line breaks one space, as in the verbatim test.
    static func normalize(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{2009}", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    private static let closers: Set<Character> = ["’", "”", ")"]
    private static let openers: Set<Character> = ["‘", "“", "(", "["]
    private static let marker = Array("Footnote")

    private func hasMarker(at i: Int) -> Bool {
        i + Self.marker.count <= chars.count && Array(chars[i..<(i + Self.marker.count)]) == Self.marker
    }

    /// Whether the article's sentence ends at `i`.
    func endsSentence(at i: Int) -> Bool {
        guard ".?!".contains(chars[i]), !quoted[i] else { return false }
        var j = i + 1
        while j < chars.count, Self.closers.contains(chars[j]) { j += 1 }
        if j == chars.count || hasMarker(at: j) { return true }
        guard chars[j] == " ", j + 1 < chars.count else { return false }
        return chars[j + 1].isUppercase || Self.openers.contains(chars[j + 1])
    }

    /// Where `needle` (normalized) stands, as character offsets of its first and one-past-last character.
    func occurrences(of needle: String, wholeWord: Bool = false) -> [Range<Int>] {
        let n = Array(Self.normalize(needle))
        guard !n.isEmpty, n.count <= chars.count else { return [] }
        var found: [Range<Int>] = []
        for start in 0...(chars.count - n.count) where chars[start] == n[0] && Array(chars[start..<(start + n.count)]) == n {
            let end = start + n.count
            if wholeWord {
                let before = start > 0 ? chars[start - 1] : " "
                let after = end < chars.count ? chars[end] : " "
                if before.isLetter || before.isNumber || after.isLetter || after.isNumber { continue }
            }
            found.append(start..<end)
        }
        return found
    }

    /// The footnote numbers that stand from `start` to the end of that sentence, markers after its last mark included.
    func footnotes(from start: Int) -> [Int] {
        var end = start
        while end < chars.count, !endsSentence(at: end) { end += 1 }
        end = min(end + 1, chars.count)
        while end < chars.count, Self.closers.contains(chars[end]) { end += 1 }
        // Markers attached to the end: "Footnote 12", possibly more than one.
        while hasMarker(at: end) {
            end += Self.marker.count
            if end < chars.count, chars[end] == " " { end += 1 }
            while end < chars.count, chars[end].isNumber { end += 1 }
        }
        let span = String(chars[start..<end])
        return span.matches(of: /Footnote (\d+)/).compactMap { Int($0.output.1) }
    }

    /// The sentence that "Footnote n" closes, without the marker and without an earlier marker at its start.
    func sentence(closedBy n: Int) -> String? {
        let target = "Footnote \(n)"
        guard let at = occurrences(of: target).first(where: { $0.upperBound == chars.count || !chars[$0.upperBound].isNumber }) else {
            return nil
        }
        var i = at.lowerBound - 1
        while i >= 0, ".?!".contains(chars[i]) { i -= 1 }
        let end = i + 1
        while i >= 0, !endsSentence(at: i) { i -= 1 }
        var sentence = String(chars[(i + 1)..<end])[...]
        while let first = sentence.first, first == " " || Self.closers.contains(first) { sentence = sentence.dropFirst() }
        if let leading = sentence.prefixMatch(of: /Footnote \d+\s/) { sentence = sentence[leading.range.upperBound...] }
        return String(sentence)
    }
}

/// Where the article's footnote markers and words stand, checked against what the content attaches to them.
@Suite struct ArticlePlacementTests {
    static let article: ArticleSentences? = PackagePaths.articleText.map(ArticleSentences.init)

    static let content: Content? = try? ShippedContentTests.loadFromDisk()

    static func footnote(_ noteID: String, in content: Content) -> Int? { content.note(id: noteID)?.footnote }

    /// A quotation's footnote stands after the quoted words and before that sentence ends (fn9 on "frontal attack"
    /// was wrong: footnote 9 closes Kleindienst's next sentence).
    @Test(.enabled(if: PackagePaths.articleText != nil, PackagePaths.noArticle))
    func everyFootnoteOnAQuotationFollowsItsWords() throws {
        let article = try #require(Self.article)
        let content = try #require(Self.content)
        var checked = 0
        for quote in content.article.allQuotations + content.cases.flatMap(\.allQuotations) {
            let places = article.occurrences(of: quote.text)
            for id in quote.notes {
                guard let n = Self.footnote(id, in: content) else { continue }
                checked += 1
                #expect(!places.isEmpty, "quotation not found in the article: \(quote.text)")
                let here = places.contains { article.footnotes(from: $0.upperBound).contains(n) }
                #expect(here || places.isEmpty, "footnote \(n) does not follow \"\(quote.text.prefix(60))\" in its sentence")
            }
        }
        #expect(checked >= 10)
    }

    /// A figure's footnote stands after the figure as the article writes it, before that sentence ends.
    @Test(.enabled(if: PackagePaths.articleText != nil, PackagePaths.noArticle))
    func everyFootnoteOnAFigureFollowsIt() throws {
        let article = try #require(Self.article)
        let content = try #require(Self.content)
        var checked = 0
        for figure in content.cases.flatMap(\.stages).flatMap(\.parts).flatMap(\.figures) {
            let places = article.occurrences(of: figure.display, wholeWord: true)
            for id in figure.notes {
                guard let n = Self.footnote(id, in: content) else { continue }
                checked += 1
                #expect(!places.isEmpty, "figure not found in the article: \(figure.display)")
                let here = places.contains { article.footnotes(from: $0.upperBound).contains(n) }
                #expect(here || places.isEmpty, "footnote \(n) does not follow the figure \"\(figure.display)\" (\(figure.measures)) in its sentence")
            }
        }
        #expect(checked >= 10)
    }

    /// For every timeline event that carries an article footnote, words that must stand both in the event and in
    /// the sentence the footnote closes: an event must tell what the footnoted sentence says, not the one before it
    /// (the Brownsville Letter's signing is not what footnote 25 follows; its restrictions are).
    static let eventPins: [Int: [String]] = [
        12: ["$1 million", "Richardson"],
        14: ["memo", "McBride"],
        19: ["corruption"],
        20: ["250", "1000"],
        25: ["restrict", "advance notice"],
        27: ["procedures for narcotics cooperation", "restrict"],
        30: ["interview", "substantially improved"],
        36: ["joint intelligence gathering"],
    ]

    @Test(.enabled(if: PackagePaths.articleText != nil, PackagePaths.noArticle))
    func everyFootnotedEventTellsTheFootnotedSentence() throws {
        let article = try #require(Self.article)
        let content = try #require(Self.content)
        var pinned: Set<Int> = []
        for c in content.cases {
            for event in c.events {
                for id in MarkedText(event.text).markers + event.notes {
                    guard let n = Self.footnote(id, in: content) else { continue }
                    guard let words = Self.eventPins[n] else {
                        Issue.record("the \(event.date) event of case \(c.id) carries footnote \(n); add words to eventPins that stand in both")
                        continue
                    }
                    pinned.insert(n)
                    let sentence = try #require(article.sentence(closedBy: n), "no footnote \(n) in the article")
                    for word in words {
                        #expect(sentence.localizedCaseInsensitiveContains(word), "\"\(word)\" is not in the sentence footnote \(n) closes: \(sentence)")
                        #expect(event.text.localizedCaseInsensitiveContains(word), "the \(event.date) event of case \(c.id) carries footnote \(n) but does not say \"\(word)\": \(event.text)")
                    }
                }
            }
        }
        #expect(pinned == Set(Self.eventPins.keys), "pins for footnotes no event carries: \(Set(Self.eventPins.keys).subtracting(pinned).sorted())")
    }

    /// The helper finds what the tests rely on: the sentence a marker closes, and where a quoted sentence ends.
    @Test(.enabled(if: PackagePaths.articleText != nil, PackagePaths.noArticle))
    func theSentenceFinderReadsTheArticleAsWritten() throws {
        let article = try #require(Self.article)
        // Full stops inside a quotation do not end McCaffrey's sentence.
        let fn30 = try #require(article.sentence(closedBy: 30))
        #expect(fn30.hasPrefix("Reflecting on the changes in this period"))
        #expect(fn30.hasSuffix("bi-national law enforcement agencies’"))
        // "Footnote 1" is not "Footnote 12".
        #expect(try #require(article.sentence(closedBy: 12)).hasPrefix("The following April (1970)"))
        // The slips issue 8 found: no footnote where the words were marked with one.
        let frontal = try #require(article.occurrences(of: "frontal attack").first)
        #expect(article.footnotes(from: frontal.upperBound) == [])
        let kleindienst = try #require(article.occurrences(of: "the Government of Mexico").first)
        #expect(article.footnotes(from: kleindienst.upperBound) == [9])
        let recommendation = try #require(article.occurrences(of: "technical assistance and equipment").first)
        #expect(article.footnotes(from: recommendation.upperBound) == [])
    }

    /// An acronym's expansion, where the glossary gives one, is the article's own; any other goes in background.
    @Test(.enabled(if: PackagePaths.articleText != nil, PackagePaths.noArticle))
    func everyExpansionIsTheArticles() throws {
        let text = try #require(Self.article).chars.map { $0 == "’" ? "'" : $0 }
        let article = String(text).lowercased()
        let content = try #require(Self.content)
        for term in content.glossary {
            guard let expansion = term.expansion else { continue }
            let given = article.contains(ArticleSentences.normalize(expansion).lowercased())
            #expect(given, "the article does not give \(term.term) as \"\(expansion)\"; put it in background")
        }
    }
}
