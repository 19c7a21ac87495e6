import Testing
import InfluenceContent
@testable import InfluenceUI

/// The discussion questions: chosen by keys or the mouse, opened at their case's outcome.
@Suite struct QuestionsTests {
    func chosen(_ e: Explorer) -> Int? {
        if let m = (e.state.top).model(as: QuestionsModel.self) { return m.selection }
        return nil
    }

    @Test func aClickChoosesAQuestionAndASecondOpensItsCase() throws {
        let e = explorer(Size(width: 100, height: 30), keys: "d")
        let rows = e.frame().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let second = try #require(shippedContent.cases.first?.questions.dropFirst().first)
        let y = try #require(rows.firstIndex { $0.contains("2. " + second.prefix(20)) }, "\(rows)")
        e.mouse(MouseEvent(.click, x: 10, y: y))
        #expect(chosen(e) == 1)
        #expect(e.frame().text.split(separator: "\n")[y].hasPrefix("  ▌"))
        e.mouse(MouseEvent(.click, x: 10, y: y))
        let outcome = try #require(shippedContent.cases[0].stages.firstIndex { $0.stage == "outcome" })
        #expect(e.place == "questions > \(shippedContent.cases[0].id) \(outcome + 1)")
    }
}
