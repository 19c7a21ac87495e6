import Testing
import InfluenceContent
@testable import InfluenceUI

/// Clicks and the wheel, as the curses terminal reports them.
@Suite struct MouseTests {
    @Test func clickingAStageInTheStageBarOpensIt() throws {
        let e = explorer(Size(width: 100, height: 30), keys: "3")
        let text = e.frame().text.split(separator: "\n")[1]
        let x = try #require(Array(text).firstIndex(of: "◆").map { _ in Array(String(text)).indices.first { i in String(Array(text)[i...]).hasPrefix("◆6") } ?? 0 })
        e.mouse(MouseEvent(.click, x: x + 1, y: 1))
        #expect(e.place == "leyenda 6")
    }
}
