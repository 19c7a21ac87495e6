import Testing
import InfluenceContent
@testable import InfluenceUI

/// Paging a list moves the choice with the page, the same way on every list screen: to the first
/// item that starts in view, and, once the page is at the end, to the last item.
@Suite struct ListPagingTests {
    /// The chosen item of the list screen on top, and how many items it has.
    func chosen(_ e: Explorer) -> (selection: Int, count: Int)? {
        let top = e.state.top
        if let m = top.model(as: QuestionsModel.self) { return (m.selection, shippedContent.cases.reduce(0) { $0 + $1.questions.count + $1.polls.count }) }
        if let m = top.model(as: GlossaryModel.self) { return (m.selection, shippedContent.glossary.count) }
        if let m = top.model(as: TimelineModel.self) { return (m.selection, shippedContent.cases.reduce(0) { $0 + $1.events.count }) }
        if let m = top.model(as: SourcesModel.self) { return (m.selection, shippedContent.sources.count) }
        return nil
    }

    @Test(arguments: ["d", "w", "t", "s"])
    func pagingDownToTheEndChoosesTheLastItem(key: String) throws {
        let e = explorer(Size(width: 80, height: 24), keys: key + String(repeating: " NPage", count: 80))
        let (selection, count) = try #require(chosen(e), "\(e.place)")
        #expect(count > 1)
        #expect(selection == count - 1, "\(e.place): item \(selection + 1) of \(count) chosen at the end")
    }

    @Test(arguments: ["d", "w", "t", "s"])
    func pagingBackToTheTopChoosesTheFirstItem(key: String) throws {
        let e = explorer(Size(width: 80, height: 24), keys: key + String(repeating: " NPage", count: 80)
                         + String(repeating: " PPage", count: 80))
        let (selection, _) = try #require(chosen(e), "\(e.place)")
        #expect(selection == 0, "\(e.place)")
    }
}
