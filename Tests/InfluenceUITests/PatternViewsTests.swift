import Testing
import InfluenceContent
@testable import InfluenceUI

/// The views that show the pattern across cases: the comparison grid and one stage across the cases.
@Suite struct PatternViewsTests {
    static let size = Size(width: 100, height: 30)

    var grid: (Explorer) -> GridModel? = { e in
        if let m = (e.state.top).model(as: GridModel.self) { return m }
        return nil
    }

    @Test func theGridOpensOnTheCurrentCaseAndStage() throws {
        let e = explorer(Self.size, keys: "3 5 c")
        let g = try #require(grid(e))
        #expect((g.row, g.column) == (2, 4))
        // Stage 5 is shown although not all seven columns fit at 100 columns.
        #expect(e.frame().text.contains("◆5 Communication"))
        #expect(e.frame().text.contains("Leyenda › ◆5 Communication and coordination: "))
    }

    @Test func enterOpensTheCaseAtTheStageUnderTheCursorAndBackReturnsToTheGrid() throws {
        // From the home screen the grid starts at stage 1.
        let e = explorer(Self.size, keys: "c j j j l l Enter")
        #expect(e.place == "grid > casablanca 3")
        e.press(.escape)
        #expect(e.place == "grid")
        #expect(try #require(grid(e)).row == 3)
        e.press(.escape)
        #expect(e.place == "home")
    }

    @Test func gridKeysMoveWithinBounds() throws {
        let e = explorer(Self.size, keys: "c G j j l l l l l l l l 2")
        let g = try #require(grid(e))
        #expect((g.row, g.column) == (4, 1))
        #expect(explorer(Self.size, keys: "c 9").state.message == "No stage 9; the stages are 1–7")
    }

    @Test func clickingACellOpensIt() throws {
        let e = explorer(Size(width: 160, height: 48), keys: "c")
        let text = e.frame().text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(text.firstIndex { $0.hasPrefix(" Casablanca ") })
        let header = Array(text[1])
        let column = try #require(header.indices.first { String(header[$0...]).hasPrefix("◆6") })
        e.mouse(MouseEvent(.click, x: column + 1, y: row + 1))
        #expect(e.place == "grid > casablanca 6")
    }

    @Test func oneStageAcrossTheCasesFromAGridColumnOrACase() throws {
        #expect(explorer(Self.size, keys: "c 1 l l l l l a").place == "grid > across 6")
        #expect(explorer(Self.size, keys: "2 4 a").place == "condor 4 > across 4")
        // From the home screen one stage across the cases starts at stage 1.
        let e = explorer(Self.size, keys: "a")
        #expect(e.place == "across 1")
        let text = e.frame().text
        #expect(text.hasPrefix("All cases › 1/7 The US move"))
        #expect(text.contains("Case 1 · From Intercept to Cooperation (1969–1970)"))
    }

    /// Every case's part of the stage is there, headed by its case, Leyenda's by its rounds too.
    @Test func theAcrossPageHoldsEveryCaseAndRound() throws {
        let e = explorer(Self.size, keys: "a 6")
        let page = try #require(e.page)
        #expect(page.sections.map(\.caseID.rawValue) == shippedContent.cases.map(\.id))
        let text = page.main.map(\.text).joined(separator: "\n")
        for c in shippedContent.cases { #expect(text.contains("Case \(c.number) · \(c.title)")) }
        #expect(text.contains("Round 1: the Camarena murder") && text.contains("Round 2: the Alvarez Machain abduction"))
    }

    @Test func bracketsStepThroughTheCasesAndOOpensTheOneOnTop() throws {
        let e = explorer(Self.size, keys: "a 4 ] ]")
        let page = try #require(e.page)
        #expect(e.reading?.mainScroll == page.sections[2].line)
        e.press(.char("o"))
        #expect(e.place == "across 4 > leyenda 4")
        e.press(.escape)
        e.press(.char("["))
        #expect(e.reading?.mainScroll == page.sections[1].line)
    }

    @Test func aCaseStillStepsOneCaseAtATime() {
        #expect(explorer(Self.size, keys: "3 6 ]").place == "casablanca 6")
    }
}
