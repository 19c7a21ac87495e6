import Testing
import InfluenceContent
@testable import InfluenceUI

/// Details of the screens that a user noticed: each pinned here.
@Suite struct ScreenDetailsTests {
    func rows(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// At the minimum size the home list says that more cases follow, and which way.
    @Test func theHomeListSaysWhenCasesAreHidden() {
        let top = screen(60, 16)
        #expect(top.contains("↓ 3 more"), "\(top)")
        let bottom = screen(60, 16, keys: "G")
        #expect(bottom.contains("↑ 4 more"), "\(bottom)")
        #expect(bottom.contains("5  The Mérida Initiative"))
    }

    /// With room to spare, every gist is shown whole rather than cut short.
    @Test func theHomeListShowsWholeGistsWhenThereIsRoom() {
        let text = screen(100, 30)
        let gists = rows(text).dropFirst(4)
        #expect(!gists.contains { $0.hasSuffix("…") })
        #expect(text.contains("US resources."))
        #expect(text.contains("in its first phase."))
    }

    /// A box over the page leaves a blank column either side: no letter of the text beneath touches it.
    @Test func boxesLeaveABlankColumnEitherSide() {
        let lines = rows(screen(100, 30, keys: "3 . Enter"))
        let boxRows = lines.filter { $0.contains("│ ") && $0.contains("┌") == false && $0.contains("└") == false && $0.filter { $0 == "│" }.count >= 2 }
        for row in lines where row.contains("┌") || row.contains("└") {
            let chars = Array(row)
            guard let left = chars.firstIndex(where: { $0 == "┌" || $0 == "└" }),
                  let right = chars.lastIndex(where: { $0 == "┐" || $0 == "┘" }) else { continue }
            #expect(left > 0 && chars[left - 1] == " ", "\(row)")
            #expect(right + 1 >= chars.count || chars[right + 1] == " ", "\(row)")
        }
        #expect(!boxRows.isEmpty)
    }

    /// Without UTF-8 the screen's own symbols have distinct ASCII stand-ins.
    @Test func asciiStandInsAreDistinct() {
        let text = screen(80, 24, keys: "3 Right Right Right", glyphs: .ascii)
        let stepper = rows(text)[1]
        #expect(stepper.contains("#4 Institutions") || stepper.contains("#4 Institutionalization"), "\(stepper)")
        #expect(stepper.contains(" - "), "\(stepper)")
        #expect(!stepper.contains("*"))
        // The content's own text ("1985–1991") is folded by the terminal, cell by cell.
        #expect(rows(text)[0].hasPrefix("Case 3/5 - Leyenda (1985"))
        #expect(rows(text)[0].contains(") > 4/7 Institutionalization"))
        let home = screen(60, 16, glyphs: .ascii)
        #expect(home.contains("..."), "cut text ends in three dots, not one")
        #expect(home.contains("v 3 more"))
    }

    /// Figures keep their units, and a source shared by a run of figures is given once, after them.
    @Test func figuresShowUnitsAndTheirSourceOnce() throws {
        let text = screen(160, 60, keys: "1 7")
        #expect(text.contains("175 kilograms"))
        #expect(text.contains("about 5 tons"))
        let source = "Source of these 8 figures: Manzanera, 1974; Brown, 1976, p. 485"
        #expect(text.components(separatedBy: source).count == 2, "the shared source once")
        #expect(!text.contains("(before Operation Cooperation; Manzanera"))
    }

    /// Attributions say who, once: no role that repeats the name, no "the article" for a date.
    @Test func attributionsSayItOnceAndShort() throws {
        let labels = NoteLabels(argumentOf: shippedContent)
        func attribution(by: String) throws -> String {
            let quotes = shippedContent.article.allQuotations + shippedContent.cases.flatMap(\.allQuotations)
            let quote = try #require(quotes.first { $0.by == by }, "a quotation by \(by)")
            let caseLabels = shippedContent.cases.first { $0.allQuotations.contains(quote) }
                .map { NoteLabels(case: $0, allNotes: shippedContent.allNotes) } ?? labels
            return shippedContent.attribution(of: quote, labels: caseLabels)
        }
        #expect(try attribution(by: "The article's authors").hasPrefix("The article's authors."))
        #expect(try attribution(by: "Walker") == "Walker, 1992.")
        #expect(try attribution(by: "Porfirio Díaz") == "Porfirio Díaz, former autocratic ruler of Mexico. Source: note [a].")
        #expect(try attribution(by: "Richard Nixon")
            == "Richard Nixon, president of the United States, 1969, describing the strategy of Operation Intercept, launched that September (the article gives no exact date for the words). Source: note [d].")
    }
}

/// The home screen names every view that shows the pattern, each opened by its key or a click.
@Suite struct HomeViewsTests {
    @Test func everyViewIsOnTheHomeScreenAndAClickOpensIt() throws {
        let e = explorer(Size(width: 100, height: 30))
        let rows = e.frame().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (key, name, _) in HomeModel.views {
            #expect(rows.contains { $0.contains("\(key) \(name)") }, "\(key) \(name)")
        }
        let y = try #require(rows.firstIndex { $0.contains("t timeline") })
        let x = try #require(Array(rows[y]).indices.first { String(Array(rows[y])[$0...]).hasPrefix("t timeline") })
        e.mouse(MouseEvent(.click, x: x + 2, y: y))
        #expect(e.place == "timeline")
        // At the minimum size the cases keep the room.
        #expect(!screen(60, 16).contains("t timeline"))
    }
}
