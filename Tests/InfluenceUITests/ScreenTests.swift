import Foundation
import Testing
import InfluenceContent
import InfluenceText
import InfluenceExport
@testable import InfluenceUI

/// Whole screens as text, at the sizes users have, and the sizes nobody should have.
@Suite struct ScreenTests {
    @Test(arguments: [
        ("home-80x24", 80, 24, ""),
        ("leyenda-institutionalization-80x24", 80, 24, "3 Right Right Right"),
        ("leyenda-institutionalization-100x30", 100, 30, "3 Right Right Right"),
        ("leyenda-institutionalization-160x48", 160, 48, "3 Right Right Right"),
        ("intercept-resources-side-160x48", 160, 48, "1 l l l l l Tab j"),
        ("merida-us-move-minimum-60x16", 60, 16, "5"),
        ("framework-80x24", 80, 24, "f"),
        ("help-100x30", 100, 30, "?"),
        ("note-100x30", 100, 30, "3 . Enter"),
        ("too-small-50x10", 50, 10, "3"),
        ("questions-80x24", 80, 24, "d j j j j j j"),
        ("questions-160x48", 160, 48, "d 3"),
        ("home-60x16-more", 60, 16, "j j"),
        ("ascii-leyenda-80x24", 80, 24, "3 Right Right Right"),
        ("grid-80x24", 80, 24, "3 5 c"),
        ("grid-160x48", 160, 48, "3 5 c"),
        ("grid-60x16", 60, 16, "c"),
        ("across-80x24", 80, 24, "a"),
        ("across-160x48", 160, 48, "3 6 a"),
        ("search-80x24", 80, 24, "/ m l a t"),
        ("search-160x48", 160, 48, "/ m e r i d a"),
        ("search-hit-80x24", 80, 24, "/ m l a t Enter n"),
        ("presenter-80x24", 80, 24, "3 4 p Space Space"),
        ("presenter-160x48", 160, 48, "1 6 p Space Space Space"),
        ("figures-80x24", 80, 24, "#"),
        ("figures-160x48", 160, 48, "# j"),
        ("figures-marijuana-160x48", 160, 48, "# ] ] ] ] j"),
        ("figures-60x16", 60, 16, "# ] ]"),
        ("ascii-figures-80x24", 80, 24, "# ] ] ] ] j"),
        ("timeline-80x24", 80, 24, "t"),
        ("timeline-marker-80x24", 80, 24, "t 3 j j ."),
        ("timeline-160x48", 160, 48, "t 3 j"),
        ("timeline-minimum-60x16", 60, 16, "t 2"),
        ("ascii-timeline-80x24", 80, 24, "t 4 j j j j j j j j"),
        ("glossary-80x24", 80, 24, "w"),
        ("glossary-filtered-80x24", 80, 24, "w d e a"),
        ("glossary-nothing-80x24", 80, 24, "w x y z"),
        ("glossary-160x48", 160, 48, "w m e r i d a"),
        ("sources-80x24", 80, 24, "s"),
        ("sources-places-80x24", 80, 24, "s j l j"),
        ("sources-160x48", 160, 48, "s j l j j"),
    ])
    func snapshot(name: String, width: Int, height: Int, keys: String) {
        let glyphs: Glyphs = name.hasPrefix("ascii") ? .ascii : .unicode
        assertSnapshot(styledSnapshot(explorer(Size(width: width, height: height), keys: keys, glyphs: glyphs).frame()),
                       named: name)
    }

    @Test func theBreadcrumbNamesCaseAndStage() {
        let text = screen(100, 30, keys: "3 Right Right Right")
        #expect(text.hasPrefix("Case 3/5 · Leyenda (1985–1991) › 4/7 Institutionalization"))
        #expect(text.contains("Round 1: the Camarena murder"))
        #expect(text.contains("Round 2: the Alvarez Machain abduction"))
    }

    @Test(arguments: [(0, 0), (1, 1), (2, 1), (1, 2), (10, 3), (59, 16), (60, 15), (3, 100), (400, 2)])
    func tinySizesNeverCrash(width: Int, height: Int) {
        for keys in ["", "3 l l", "? j", "3 . Enter", "f G", "t j .", "w d e a", "s l j"] {
            let e = explorer(Size(width: width, height: height), keys: keys)
            let frame = e.frame()
            #expect(frame.width == width && frame.height == height)
            #expect(frame.text.split(separator: "\n").allSatisfy { TextWidth.columns(of: $0) <= width })
        }
    }

    @Test func growingFromTooSmallRecovers() {
        let e = explorer(Size(width: 40, height: 10), keys: "3")
        #expect(e.frame().text.contains("needs at least 60x16"))
        e.resize(to: Size(width: 80, height: 24))
        #expect(e.frame().text.hasPrefix("Case 3/5"))
    }

    /// Every stage of every case, at the minimum size: each pane either fits or scrolls to its last line.
    @Test func everyStageFitsOrScrollsToItsEndAtTheMinimumSize() throws {
        let size = ExplorerState.minimumSize
        let layout = ReadingLayout(area: ExplorerState(size: size).area)
        for c in shippedContent.cases {
            for step in c.stages.indices {
                var keys = "\(c.number)" + String(repeating: " l", count: step)
                let e = explorer(size, keys: keys)
                let page = try #require(e.page)
                keys += " G"
                let bottom = explorer(size, keys: keys)
                let lastMain = page.main.count - 1
                #expect((bottom.reading?.mainScroll ?? 0) + layout.main.height > lastMain, "case \(c.number) step \(step): main pane cannot reach its end")
                let side = explorer(size, keys: keys + " Tab G")
                #expect((side.reading?.sideScroll ?? 0) + layout.side.height >= page.side.count, "case \(c.number) step \(step): side pane cannot reach its end")
                // Nothing drawn past the right edge.
                #expect(bottom.frame().text.split(separator: "\n").allSatisfy { TextWidth.columns(of: $0) <= size.width })
                // Every side item can be selected by stepping down.
                let stepped = explorer(size, keys: "\(c.number)" + String(repeating: " l", count: step) + " Tab" + String(repeating: " j", count: page.side.count + page.sideItems.count))
                #expect(stepped.reading?.sideSelection == max(0, page.sideItems.count - 1))
            }
        }
    }

    @Test func resizeKeepsTheReadingPosition() throws {
        let e = explorer(Size(width: 100, height: 24), keys: "3 l l l l l j j j j j j j j")
        let before = try #require(e.page)
        let topText = before.main[e.reading?.mainScroll ?? 0].text
        e.resize(to: Size(width: 80, height: 24))
        let after = try #require(e.page)
        let scroll = try #require(e.reading?.mainScroll)
        let firstWord = try #require(topText.split(separator: " ").first)
        #expect(after.main[scroll].text.contains(firstWord) || after.main[max(0, scroll - 1)].text.contains(firstWord))
        #expect(scroll > 0)
    }

    @Test func wideAndCombiningCharactersNeverOverflowOrSplit() {
        let text = "Mérida 中文字符 e\u{301}te\u{301} 🙂👍🏽 Zürich " + String(repeating: "漢", count: 40)
        for width in 1...30 {
            let lines = StyledWrap.wrap([Span(text)], width: width)
            for line in lines {
                #expect(line.width <= max(width, 2), "width \(width): \(line.text)")
            }
            #expect(lines.map(\.text).joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
        var buffer = CellBuffer(size: Size(width: 5, height: 1))
        buffer.write("ab中文", x: 0, y: 0)
        #expect(buffer.text == "ab中")
    }

    @Test func graphemeWidths() {
        #expect(TextWidth.columns(of: "e\u{301}") == 1)
        #expect(TextWidth.columns(of: "中") == 2)
        #expect(TextWidth.columns(of: "🙂") == 2)
        #expect(TextWidth.columns(of: "👍🏽") == 2)
        #expect(TextWidth.columns(of: "Mérida") == 6)
    }

    /// Plain ASCII takes a byte-at-a-time path; a letter that a combining mark follows must still
    /// count, cut and draw as one cluster with it.
    @Test func asciiBeforeACombiningMarkStaysOneCluster() {
        #expect(TextWidth.columns(of: "cafe\u{301} ok") == 7)
        #expect(TextWidth.columns(of: "a\r\nb") == 2)
        #expect(TextWidth.prefix("abe\u{301}cd", fitting: 3) == "abe\u{301}")
        #expect(TextWidth.prefix("abcde\u{301}", fitting: 4) == "abcd")
        #expect(TextWidth.prefix("abcd", fitting: 9) == "abcd")
        var buffer = CellBuffer(size: Size(width: 6, height: 1))
        let end = buffer.write("ae\u{301}b—c", x: 0, y: 0)
        #expect(end == 5)
        #expect((0..<5).map { buffer[$0, 0].text } == ["a", "e\u{301}", "b", "—", "c"])
    }

    @Test func readmeKeyTablesAreTheKeyTable() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let tables = KeyMap.markdownTables(content: shippedContent)
        #expect(readme.contains(tables), "README's key tables differ from the key table; paste this in:\n\(tables)")
    }

    @Test func helpListsEveryBinding() {
        let e = explorer(Size(width: 100, height: 200), keys: "?")
        let text = e.frame().text
        for binding in KeyMap.bindings {
            #expect(text.contains(String(binding.help.prefix(40))), "\(binding.help)")
        }
    }

    @Test(arguments: [20, 33, 40, 80, 120])
    func printNeverExceedsItsWidth(width: Int) {
        let text = PlainTextDocument(content: shippedContent, width: width).all()
        let wide = text.split(separator: "\n").filter { TextWidth.columns(of: $0) > width }
        #expect(wide.isEmpty, "lines wider than \(width): \(wide.prefix(3))")
    }

    @Test func resizeKeepsTheSidePaneAtItsTopWhenItWasThere() {
        let e = explorer(Size(width: 80, height: 24), keys: "3")
        e.resize(to: Size(width: 100, height: 30))
        #expect(e.reading?.sideScroll == 0)
    }

    @Test func printOfOneStageMatchesItsSnapshot() throws {
        let doc = PlainTextDocument(content: shippedContent, width: 80)
        let leyenda = try #require(shippedContent.findCase("3"))
        assertSnapshot(doc.case(leyenda, stage: "resource-transfer"), named: "print-leyenda-resource-transfer-80")
    }
}
