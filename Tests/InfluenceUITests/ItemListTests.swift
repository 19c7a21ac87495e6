import Testing
@testable import InfluenceUI
import InfluenceText

/// A list's items given as their line ranges, for tests of the item list alone.
struct RangeItems: ItemLines {
    var ranges: [Range<Int>]
    var lineCount: Int

    init(_ ranges: [Range<Int>], lineCount: Int? = nil) {
        self.ranges = ranges
        self.lineCount = lineCount ?? ranges.last?.upperBound ?? 0
    }

    var itemCount: Int { ranges.count }
    func lines(of index: Int) -> Range<Int> { ranges[index] }
}

/// The item list on its own, drawn into a frame as a screen would draw it: the text and the style
/// role of each cell, the click targets, and how keys, the wheel, clicks, a filter and a resize move it.
@Suite struct ItemListTests {
    /// Items of one, two or three lines ("item 3" then "  more 3"...), a blank line between items.
    static func sample(count: Int, width: Int = 20) -> (lines: [StyledLine], items: RangeItems) {
        var lines: [StyledLine] = []
        var ranges: [Range<Int>] = []
        for i in 0..<count {
            if i > 0 { lines.append(StyledLine()) }
            let first = lines.count
            lines.append(StyledLine([Span("item \(i)", .title)]))
            for _ in 0..<(i % 3) { lines.append(StyledLine("  more \(i)", .dim)) }
            ranges.append(first..<lines.count)
        }
        return (lines, RangeItems(ranges, lineCount: lines.count))
    }

    static let rect = Rect(x: 1, y: 1, width: 14, height: 6)

    func draw(_ list: ItemList, _ sample: (lines: [StyledLine], items: RangeItems), chosenName: Int = 0,
              marked: Set<Int> = []) -> Frame {
        var frame = Frame(size: Size(width: 16, height: 8))
        list.render(sample.lines, items: sample.items, in: Self.rect, glyphs: .unicode, into: &frame, chosenName: chosenName,
                    marked: marked)
        return frame
    }

    func rows(_ frame: Frame) -> [String] {
        frame.buffer.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The style roles of a row, a letter a cell (as in the snapshots), trailing normal cells dropped.
    func roles(_ frame: Frame, row y: Int) -> String {
        var letters = String((0..<frame.buffer.width).map { roleLetters[frame.buffer[$0, y].role] ?? "?" })
        while letters.last == "." { letters.removeLast() }
        return letters
    }

    @Test func itDrawsTheLinesRightOfTheGutterAndBarsTheChosenItem() {
        let sample = Self.sample(count: 4)
        var list = ItemList()
        #expect(list.update(.down, items: sample.items, height: Self.rect.height) == .moved)
        let frame = draw(list, sample)
        let shown = rows(frame)
        #expect(shown[1] == "   item 0")
        #expect(shown[2] == "")
        #expect(shown[3] == " ▌ item 1")
        #expect(shown[4] == " ▌   more 1")
        #expect(shown[6] == "   item 2")
        #expect(roles(frame, row: 1) == "...TTTTTT")
        #expect(roles(frame, row: 3) == ".A.TTTTTT")
        #expect(roles(frame, row: 4) == ".A.dddddddd")
        #expect(roles(frame, row: 6) == "...TTTTTT")
        // Past the list's rectangle nothing is drawn.
        #expect(shown[7] == "")
    }

    @Test func theChosenNameAndMarkedItemsAreDrawnAsAsked() {
        let sample = Self.sample(count: 4)
        var list = ItemList()
        list.select(1, items: sample.items, height: Self.rect.height)
        let frame = draw(list, sample, chosenName: 4, marked: [2])
        #expect(roles(frame, row: 3) == ".A.SSSSTT")
        #expect(roles(frame, row: 6) == ".d.TTTTTT")
    }

    @Test func thePositionSaysWhichLinesShow() {
        let sample = Self.sample(count: 10)
        var list = ItemList()
        #expect(list.position(lineCount: sample.items.lineCount, height: 6, glyphs: .unicode) == "1–6/\(sample.lines.count)")
        var frame = Frame(size: Size(width: 16, height: 8))
        let x = list.renderPosition(lineCount: sample.items.lineCount, height: 6, right: 16, y: 0, glyphs: .unicode, into: &frame)
        #expect(rows(frame)[0] == "          1–6/28")
        #expect(x == 10)
        #expect(roles(frame, row: 0) == "..........dddddd")
        list.select(9, items: sample.items, height: 6)
        #expect(list.position(lineCount: sample.items.lineCount, height: 6, glyphs: .unicode) == "23–28/28")
        #expect(list.position(lineCount: 6, height: 6, glyphs: .unicode) == "")
    }

    @Test func pagingDownReachesTheLastItemAndBackTheFirst() {
        let sample = Self.sample(count: 10)
        let height = Self.rect.height
        var list = ItemList()
        #expect(list.update(.pageDown, items: sample.items, height: height) == .moved)
        // A page is the height less a line: the choice follows to the first item that starts in view.
        #expect(list.scroll == 5)
        #expect(list.selection == 2)
        for _ in 0..<10 { _ = list.update(.pageDown, items: sample.items, height: height) }
        #expect(list.scroll == sample.lines.count - height)
        #expect(list.selection == 9)
        let shown = rows(draw(list, sample))
        #expect(shown[5] == "")
        #expect(shown[6] == " ▌ item 9")
        for _ in 0..<10 { _ = list.update(.pageUp, items: sample.items, height: height) }
        #expect(list.scroll == 0 && list.selection == 0)
        _ = list.update(.bottom, items: sample.items, height: height)
        #expect(list.selection == 9 && list.scroll == sample.lines.count - height)
        _ = list.update(.top, items: sample.items, height: height)
        #expect(list.selection == 0 && list.scroll == 0)
    }

    @Test func movingUpShowsTheItemsLead() {
        // Item 1 has a two-line heading right above it.
        struct Headed: ItemLines {
            var itemCount: Int { 3 }
            var lineCount: Int { 12 }
            func lines(of index: Int) -> Range<Int> { [0..<2, 5..<7, 8..<12][index] }
            func lead(of index: Int) -> Int { index == 1 ? 2 : 0 }
        }
        var list = ItemList()
        _ = list.update(.bottom, items: Headed(), height: 4)
        #expect(list.scroll == 8)
        _ = list.update(.up, items: Headed(), height: 4)
        #expect(list.selection == 1 && list.scroll == 3)
        #expect(ItemList(showing: 1, items: Headed(), height: 4).scroll == 3)
    }

    @Test func theWheelScrollsAndTheChoiceFollows() {
        let sample = Self.sample(count: 10)
        var list = ItemList()
        _ = list.update(.scroll(.main, 3), items: sample.items, height: Self.rect.height)
        #expect(list.scroll == 3)
        // Item 1 no longer starts in view: the first that does is chosen.
        #expect(list.selection == 2)
        let shown = rows(draw(list, sample))
        #expect(shown[1] == "     more 1")
        #expect(shown[3] == " ▌ item 2")
        _ = list.update(.scroll(.main, -3), items: sample.items, height: Self.rect.height)
        #expect(list.scroll == 0 && list.selection == 0)
    }

    @Test func aClickChoosesAndASecondClickOpens() throws {
        let sample = Self.sample(count: 4)
        var list = ItemList()
        var frame = draw(list, sample)
        // Row 4 is item 1's second line: its whole rows are its target; the list's rectangle is the pane.
        let target = try #require(frame.target(x: 5, y: 4))
        #expect(target == .action(.select(1)))
        #expect(frame.target(x: 5, y: 2) == .pane(.main))
        #expect(frame.target(x: 15, y: 4) == nil)
        guard case .action(let click) = target else { return }
        #expect(list.update(click, items: sample.items, height: Self.rect.height) == .moved)
        #expect(list.selection == 1)
        frame = draw(list, sample)
        #expect(roles(frame, row: 3).hasPrefix(".A"))
        #expect(list.update(click, items: sample.items, height: Self.rect.height) == .open(1))
        #expect(list.update(.activate, items: sample.items, height: Self.rect.height) == .open(1))
        #expect(list.update(.select(7), items: sample.items, height: Self.rect.height) == .moved)
        #expect(list.selection == 1)
        #expect(list.update(.nextStage, items: sample.items, height: Self.rect.height) == .notHandled)
    }

    @Test func onlyTheItemsInViewAreTargets() {
        let sample = Self.sample(count: 1000)
        var list = ItemList()
        list.select(500, items: sample.items, height: Self.rect.height)
        let frame = draw(list, sample)
        let targets = frame.hits.compactMap { region -> Int? in
            if case .action(.select(let i)) = region.target { return i } else { return nil }
        }
        #expect(targets == Array(list.itemsInView(sample.items, height: Self.rect.height)))
        #expect(targets.contains(500) && targets.count <= 3)
    }

    @Test func aFilterKeepsTheChosenItemWhenItWidens() {
        let words = ["apple", "banana", "blueberry", "cherry", "damson", "elder", "fig", "grape", "bilberry", "kiwi"]
        func matching(_ text: String) -> [Int] { words.indices.filter { text.isEmpty || words[$0].contains(text) } }
        func items(_ matches: [Int]) -> RangeItems { RangeItems(matches.indices.map { ($0 * 2)..<($0 * 2 + 1) }) }
        var filter = ListFilter()
        var list = ItemList()
        #expect(filter.update(.erase) == .nothingToErase)
        #expect(filter.update(.cancel) == .nothingToClear)
        #expect(filter.update(.down) == nil)

        #expect(filter.update(.type("b")) == .narrowed)
        #expect(filter.update(.type("e")) == .narrowed)
        var matches = matching(filter.text)
        list = ListFilter.list(after: .narrowed, keeping: nil, items: items(matches), height: 4)
        #expect(list.selection == 0 && matches.map { words[$0] } == ["blueberry", "bilberry"])
        _ = list.update(.bottom, items: items(matches), height: 4)
        let chosen = matches[list.selection]
        #expect(words[chosen] == "bilberry")

        #expect(filter.update(.erase) == .widened)
        #expect(filter.text == "b")
        matches = matching(filter.text)
        list = ListFilter.list(after: .widened, keeping: matches.firstIndex(of: chosen), items: items(matches), height: 4)
        #expect(words[matches[list.selection]] == "bilberry")

        #expect(filter.update(.cancel) == .widened)
        #expect(filter.text == "")
        matches = matching(filter.text)
        list = ListFilter.list(after: .widened, keeping: matches.firstIndex(of: chosen), items: items(matches), height: 4)
        #expect(words[matches[list.selection]] == "bilberry")
        // Far down the whole list, and in view.
        let lines = items(matches).lines(of: list.selection)
        #expect(list.scroll <= lines.lowerBound && lines.upperBound <= list.scroll + 4)
        #expect(list.scroll > 0)
    }

    @Test func aResizeKeepsTheChosenItemsRow() {
        // The same items wrapped narrower: each takes twice the lines.
        let wide = RangeItems((0..<30).map { $0..<($0 + 1) })
        let narrow = RangeItems((0..<30).map { ($0 * 2)..<($0 * 2 + 2) })
        var list = ItemList()
        list.select(12, items: wide, height: 10)
        _ = list.update(.up, items: wide, height: 10)
        _ = list.update(.up, items: wide, height: 10)
        let row = wide.lines(of: list.selection).lowerBound - list.scroll
        #expect(list.selection == 10 && row == 7)
        list.resize(from: wide, to: narrow, height: 10)
        #expect(narrow.lines(of: 10).lowerBound - list.scroll == 7)
        // Where the row cannot be kept (the item would not show whole), the item still shows.
        list.resize(from: narrow, to: narrow, height: 4)
        let lines = narrow.lines(of: 10)
        #expect(list.scroll <= lines.lowerBound && lines.upperBound <= list.scroll + 4)
        #expect(list.selection == 10)
    }

    @Test func anEmptyListDrawsNothingAndOpensNothing() {
        let sample = Self.sample(count: 0)
        var list = ItemList()
        for action in [Action.down, .up, .pageDown, .pageUp, .top, .bottom, .scroll(.main, 3), .select(0)] {
            #expect(list.update(action, items: sample.items, height: 5) == .moved)
        }
        #expect(list.update(.activate, items: sample.items, height: 5) == .nothingToOpen)
        #expect(list == ItemList())
        let frame = draw(list, sample)
        #expect(frame.buffer.text.allSatisfy { $0 == " " || $0 == "\n" })
        #expect(frame.hits == [HitRegion(rect: Self.rect, target: .pane(.main))])
        #expect(list.position(lineCount: 0, height: 5, glyphs: .unicode) == "")
    }
}
