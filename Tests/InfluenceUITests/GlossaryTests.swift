import Testing
import InfluenceContent
import InfluenceText
@testable import InfluenceUI

extension Explorer {
    /// The glossary on top, if it is shown.
    var glossary: GlossaryModel? {
        if let m = (state.top).model(as: GlossaryModel.self) { return m }
        return nil
    }
}

/// The glossary: filtered by typing, case and accents aside; Esc clears, then leaves.
@Suite struct GlossaryTests {
    static let size = Size(width: 80, height: 24)

    /// Types each character of `text` as a key.
    func typing(_ text: String) -> String { text.map { $0 == " " ? "Space" : String($0) }.joined(separator: " ") }

    func rows(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The terms shown, by name, on a screen tall enough for all of them.
    func termsShown(filter: String) -> [String] {
        let e = explorer(Size(width: 100, height: 1000), keys: "w " + typing(filter))
        let names = Set(shippedContent.glossary.map(\.term))
        return rows(e.frame().text).compactMap { row -> String? in
            let line = row.dropFirst(4)
            return names.first { line == $0 || line.hasPrefix($0 + " — ") }
        }
    }

    @Test func typingNarrowsTheListAndCountsIt() {
        let e = explorer(Self.size, keys: "w d e a")
        #expect(e.glossary?.filter == "dea")
        // Terms named by it first, then the others, each in the glossary's order.
        let named = shippedContent.glossary.filter { $0.term.lowercased().contains("dea") }
        let others = shippedContent.glossary.filter { term in
            !named.contains(term) && [term.expansion ?? "", term.definition].contains { $0.lowercased().contains("dea") }
        }
        let expected = named + others
        #expect(named.first?.term == "DEA")
        #expect(!expected.isEmpty && expected.count < shippedContent.glossary.count)
        let text = e.frame().text
        #expect(rows(text)[1].hasPrefix("  Filter: dea"))
        #expect(rows(text)[1].hasSuffix("\(expected.count) of \(shippedContent.glossary.count)"))
        #expect(termsShown(filter: "dea") == expected.map(\.term))
        #expect(termsShown(filter: "DEA") == expected.map(\.term))
    }

    /// "merida" finds the Mérida terms; "mérida" finds the same.
    @Test func matchingIgnoresAccents() {
        let shown = termsShown(filter: "merida")
        #expect(shown.contains("Mérida Agreement (1999)"))
        #expect(shown.contains("Mérida Initiative (2008)"))
        #expect(termsShown(filter: "mérida") == shown)
        #expect(termsShown(filter: "MERIDA") == shown)
        #expect(TextFolding.foldedString("Mérida Álvarez Zürich ñ") == "merida alvarez zurich n")
        #expect(TextFolding.foldedString("e\u{301}") == "e")
    }

    @Test func aFilterMatchingNothingSaysSoAndBackspaceRestores() {
        let e = explorer(Self.size, keys: "w x y z q")
        let text = e.frame().text
        #expect(text.contains("No term matches “xyzq”"))
        #expect(rows(text)[1].hasSuffix("0 of \(shippedContent.glossary.count)"))
        #expect(e.state.exitCode == nil, "q types into the filter")
        for _ in 0..<4 { e.press(.backspace) }
        #expect(e.glossary?.filter == "")
        #expect(e.frame().text.contains("\(shippedContent.glossary.count) terms"))
        #expect(termsShown(filter: "") == shippedContent.glossary.map(\.term))
        e.press(.backspace)
        #expect(e.place == "glossary")
        #expect(e.state.message == "The filter is empty; Esc goes back")
    }

    @Test func escClearsTheFilterThenGoesBack() {
        let e = explorer(Self.size, keys: "3 w d e a")
        e.press(.escape)
        #expect(e.place == "leyenda 1 > glossary")
        #expect(e.glossary?.filter == "")
        e.press(.escape)
        #expect(e.place == "leyenda 1")
    }

    /// Letters that are keys elsewhere (quit, help, the views) type here.
    @Test func lettersTypeInsteadOfActing() {
        let e = explorer(Self.size, keys: "w q ? t s w d f 1")
        #expect(e.place == "glossary")
        #expect(e.glossary?.filter == "q?tswdf1")
        #expect(e.state.exitCode == nil)
        // The footer offers no letter keys here.
        let footer = rows(explorer(Self.size, keys: "w").frame().text).last ?? ""
        #expect(!footer.contains("q quit") && !footer.contains("? help") && !footer.contains("f argument"), "\(footer)")
        #expect(footer.contains("Esc clear/back"))
    }

    /// Typing chooses the best match; erasing keeps the term chosen.
    @Test func typingChoosesTheBestMatchAndErasingKeepsTheChoice() throws {
        let e = explorer(Self.size, keys: "w Down Down m l a")
        #expect(e.glossary?.selection == 0)
        #expect(rows(e.frame().text).contains { $0.hasPrefix("  ▌ MLAT") })
        e.press(.down)
        let chosen = try #require(e.glossary.map { Glossary.matching(shippedContent, filter: $0.filter)[$0.selection] })
        e.press(.backspace)
        e.press(.backspace)
        let model = try #require(e.glossary)
        #expect(model.filter == "m")
        #expect(Glossary.matching(shippedContent, filter: "m")[model.selection] == chosen)
        e.press(.end)
        e.press(.home)
        #expect(e.glossary?.selection == 0)
    }

    /// Enter opens the first place that names the term, its words highlighted, over a search for
    /// it: n steps on to the next place, Esc comes back to the glossary as it was.
    @Test func enterOpensTheFirstPlaceThatNamesTheTerm() throws {
        let e = explorer(Size(width: 100, height: 30), keys: "w m l a t Enter")
        #expect(e.place == "glossary > search > leyenda 4")
        let reading = try #require(e.reading)
        #expect(reading.search?.query == "mlat")
        e.press(.char("n"))
        #expect(e.place == "glossary > search > leyenda 5")
        #expect(e.frame().text.contains("\u{201C}mlat\u{201D}: hit 2 of"))
        e.press(.escape)
        #expect(e.place == "glossary")
        #expect(e.glossary?.filter == "mlat")
    }

    /// / searches for the chosen term: every place that uses it, Esc back to the glossary as it was.
    @Test func slashSearchesForTheTerm() throws {
        let e = explorer(Size(width: 100, height: 30), keys: "w m l a t /")
        #expect(e.place == "glossary > search")
        let search = try #require(e.state.top.model(as: SearchModel.self))
        #expect(search.query == "mlat")
        #expect(search.hits.count >= 5)
        e.press(.escape)
        #expect(e.place == "glossary")
        #expect(e.glossary?.filter == "mlat")
        // The help, the screen and the key table say the same.
        #expect(e.frame().text.contains("Enter opens the first place using it; / searches"))
        #expect(KeyMap.action(for: .char("/"), on: .glossary) == .type("/"))
    }

    /// Every term's search finds something, but for the few ideas the glossary explains that the
    /// text never names.
    @Test func everyTermsSearchFindsItsPlaces() {
        var nowhere: [String] = []
        for (i, term) in shippedContent.glossary.enumerated() {
            var model = GlossaryModel()
            model.selection = i
            let e = explorer(Size(width: 100, height: 30))
            guard case .push(let screen)? = model.update(.type("/"), env: e.env, area: e.state.area),
                  let search = screen.model(as: SearchModel.self) else {
                Issue.record("\(term.term) opens no search")
                continue
            }
            // The glossary entry itself always matches; a term the text uses matches elsewhere too.
            let places = search.hits.map { e.env.searchIndex.entries[$0.entry].place }
            if !places.contains(where: { if case .term = $0 { return false } else { return true } }) {
                nowhere.append(term.term)
            }
        }
        #expect(nowhere.count < 6, "\(nowhere)")
    }

    /// Background from outside the article always comes under its label, in its own style.
    @Test func backgroundIsLabelled() throws {
        let term = try #require(shippedContent.glossary.first { $0.background != nil })
        let e = explorer(Size(width: 160, height: 48), keys: "w " + typing(TextFolding.foldedString(term.term)))
        let buffer = e.frame()
        let rows = self.rows(buffer.text)
        let y = try #require(rows.firstIndex { $0.contains(Background.label + ": ") })
        let x = try #require(Array(rows[y]).firstIndex(of: "B"))
        #expect(buffer[x, y].role == .background)
        #expect(rows[y].contains(String(try #require(term.background).prefix(20))))
        let unlabelled = shippedContent.glossary.filter { $0.background != nil }.count
        let all = explorer(Size(width: 120, height: 2000), keys: "w").frame().text
        #expect(all.components(separatedBy: Background.label).count - 1 == unlabelled)
    }

    @Test func resizeKeepsTheChosenTerm() {
        let e = explorer(Self.size, keys: "w Down Down Down Down Down Down")
        let name = shippedContent.glossary[6].term
        for size in [Size(width: 160, height: 48), Size(width: 60, height: 16)] {
            e.resize(to: size)
            #expect(e.glossary?.selection == 6)
            #expect(e.frame().text.contains("▌ \(name)"), "at \(size)")
        }
    }

    @Test func aClickChoosesATermAndASecondOpensIt() throws {
        let e = explorer(Size(width: 100, height: 30), keys: "w")
        let rows = self.rows(e.frame().text)
        let name = shippedContent.glossary[1].term
        let y = try #require(rows.firstIndex { $0.hasPrefix("    \(name)") })
        e.mouse(MouseEvent(.click, x: 10, y: y))
        #expect(e.glossary?.selection == 1)
        e.mouse(MouseEvent(.click, x: 10, y: y))
        #expect(e.place.hasPrefix("glossary > "))
        #expect(e.place != "glossary")
    }

    @Test func theWheelScrolls() {
        let e = explorer(Self.size, keys: "w")
        _ = e.frame()
        e.mouse(MouseEvent(.wheelDown, x: 10, y: 10))
        #expect(e.glossary?.scroll == 3)
    }

    @Test(arguments: [(60, 16), (80, 24), (160, 48)])
    func nothingIsDrawnPastTheEdge(width: Int, height: Int) {
        for keys in ["w", "w m e r i d a", "w x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x"] {
            let text = screen(width, height, keys: keys)
            #expect(text.split(separator: "\n").allSatisfy { TextWidth.columns(of: $0) <= width })
        }
    }
}
