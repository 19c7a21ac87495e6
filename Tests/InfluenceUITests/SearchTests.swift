import Testing
import InfluenceContent
import InfluenceText
@testable import InfluenceUI

/// Search: incremental, case- and accent-insensitive, over everything a user can read.
@Suite struct SearchTests {
    static let size = Size(width: 100, height: 30)

    func search(_ e: Explorer) -> SearchModel? {
        for screen in e.state.stack.reversed() { if let m = (screen).model(as: SearchModel.self) { return m } }
        return nil
    }

    func hits(_ query: String) -> [SearchEntry] {
        let env = Environment(content: shippedContent, glyphs: .unicode)
        return env.searchIndex.hits(for: query).map { env.searchIndex.entries[$0.entry] }
    }

    @Test func caseAndAccentsDoNotMatter() {
        #expect(!hits("merida").isEmpty)
        #expect(hits("merida").count == hits("MÉRIDA").count)
        #expect(hits("alvarez").contains { $0.text.contains("Álvarez") || $0.text.contains("Alvarez") })
        #expect(TextFolding.foldedString("Mérida Álvarez Ñ São") == "merida alvarez n sao")
        #expect(TextFolding.foldedString("Mexico’s “war” 1985–1991") == "mexico's \"war\" 1985-1991")
        #expect(!hits("mexico's").isEmpty)
    }

    /// Every kind of text a user can read is found: summaries, quotations and who said them, notes,
    /// figures, events, questions, the glossary and the sources.
    @Test func everythingReadableIsSearched() {
        func places(_ query: String) -> [SearchPlace] { hits(query).map(\.place) }
        #expect(places("frontal attack").contains { if case .page(_, _, .side, _) = $0 { return true } else { return false } })
        #expect(!hits("Kleindienst").isEmpty)
        #expect(places("Operation Alliance").contains { if case .event = $0 { return true } else { return false } })
        #expect(places("Drug Enforcement Administration").contains { if case .term("dea") = $0 { return true } else { return false } })
        #expect(places("Toro").contains { if case .source = $0 { return true } else { return false } })
        #expect(hits("archetypal case").contains { $0.label.contains("7 Outcome") }, "a discussion question")
        #expect(hits("175 kilograms").count >= 1, "a figure as shown")
    }

    /// "footnote 20" and "[20]" find footnote 20, and not footnotes 2 or 200.
    @Test func footnotesByNumber() {
        let notes = hits("footnote 20")
        #expect(notes.count == 1)
        #expect(notes.first?.text.hasPrefix("[20] Article footnote 20.") == true)
        #expect(hits("footnote 2").allSatisfy { !$0.text.contains("footnote 2") || $0.text.contains("footnote 2.") || $0.text.contains("footnote 2 ") })
        #expect(hits("[20]").count >= 2, "the note and the markers that point to it")
    }

    @Test func typingNarrowsAndBackspaceWidens() throws {
        let e = explorer(Self.size, keys: "/ m")
        let broad = try #require(search(e)).hits.count
        for c in "lat" { e.press(.char(c)) }
        let narrow = try #require(search(e)).hits.count
        #expect(narrow > 0 && narrow < broad)
        #expect(e.frame().text.contains("Search: mlat"))
        #expect(e.frame().text.contains("1 of \(narrow)"))
        for _ in 0..<3 { e.press(.backspace) }
        #expect(try #require(search(e)).hits.count == broad)
        // Letters type, even q and the keys that open views.
        for c in "qdfc" { e.press(.char(c)) }
        #expect(search(e)?.query == "mqdfc")
        #expect(e.state.exitCode == nil)
    }

    @Test func enterOpensThePlaceNStepsAndEscapeReturns() throws {
        let e = explorer(Self.size, keys: "2 / m l a t")
        let count = try #require(search(e)).hits.count
        e.press(.enter)
        #expect(e.place == "condor 1 > search > leyenda 4")
        #expect(e.reading?.search?.query == "mlat")
        e.press(.char("n"))
        #expect(e.place == "condor 1 > search > leyenda 5")
        #expect(e.state.message == "“mlat”: hit 2 of \(count)")
        e.press(.char("N"))
        #expect(e.place == "condor 1 > search > leyenda 4")
        e.press(.char("N"))
        #expect(search(e)?.selection == count - 1, "N before the first hit wraps to the last")
        e.press(.escape)
        #expect(e.place == "condor 1", "back to where the search started, past the list")
        // / offers the last search again: Enter reopens its hit, typing replaces it.
        e.press(.char("/"))
        #expect(search(e)?.query == "mlat")
        e.press(.char("x"))
        #expect(search(e)?.query == "x")
    }

    @Test func theHitIsHighlightedOnThePage() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "/ m l a t Enter")
        let frame = e.frame()
        var matched = ""
        for y in 0..<frame.height {
            for x in 0..<frame.width where frame[x, y].role == .match { matched += frame[x, y].text }
        }
        #expect(matched.lowercased().contains("mlat"), "\(matched)")
    }

    @Test func nWithoutASearchSaysSo() {
        #expect(explorer(Self.size, keys: "3 n").state.message == "No search to step through: / searches")
    }

    /// The hits are a list as the others are: a click chooses a hit and a second opens it; a page
    /// down turns a whole page of hits, the choice on the first hit in view; the wheel scrolls.
    @Test func theHitsAnswerClicksPagesAndTheWheel() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "/ m e x i c o")
        let count = try #require(search(e)).hits.count
        let visible = SearchModel.visibleHits(e.state.area)
        #expect(count > 3 * visible)
        let rows = e.frame().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The third hit's context row.
        let y = SearchModel.listArea(e.state.area).y + 2 * SearchModel.rowsPerHit + 1
        e.mouse(MouseEvent(.click, x: 10, y: y))
        #expect(search(e)?.selection == 2)
        #expect(e.frame().text.split(separator: "\n", omittingEmptySubsequences: false)[y].hasPrefix("▌"), "\(rows[y])")
        e.mouse(MouseEvent(.click, x: 10, y: y))
        #expect(e.place.hasPrefix("search > "))

        let paged = explorer(Size(width: 80, height: 24), keys: "/ m e x i c o NPage")
        #expect(search(paged)?.scroll == visible - 1)
        #expect(search(paged)?.selection == visible - 1)
        let wheeled = explorer(Size(width: 80, height: 24), keys: "/ m e x i c o")
        _ = wheeled.frame()
        wheeled.mouse(MouseEvent(.wheelDown, x: 10, y: 10))
        #expect(search(wheeled)?.scroll == 1)
        #expect(search(wheeled)?.selection == 1)
    }
}
