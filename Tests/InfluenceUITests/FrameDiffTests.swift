import Testing
@testable import InfluenceUI

/// What a terminal must redraw between two frames (`CellBuffer.changedRuns`).
@Suite struct FrameDiffTests {
    func buffer(_ rows: [String], width: Int = 8) -> CellBuffer {
        var b = CellBuffer(size: Size(width: width, height: rows.count))
        for (y, row) in rows.enumerated() { b.write(row, x: 0, y: y) }
        return b
    }

    @Test func aFirstFrameOrANewSizeIsDrawnWhole() {
        let b = buffer(["ab", "cd"])
        #expect(b.changedRuns(since: nil).map(\.y) == [0, 1])
        #expect(b.changedRuns(since: nil).allSatisfy { $0.x == 0 && $0.cells.count == 8 })
        #expect(b.changedRuns(since: buffer(["ab"])).count == 2)
    }

    @Test func unchangedRowsAreSkippedAndARunStartsAtTheFirstChange() {
        let old = buffer(["abcdefgh", "abcdefgh"])
        let new = buffer(["abcdefgh", "abcXefgh"])
        let runs = new.changedRuns(since: old)
        #expect(runs.count == 1)
        #expect(runs[0].y == 1 && runs[0].x == 3)
        #expect(runs[0].cells.map(\.text).joined() == "Xefgh")
        #expect(new.changedRuns(since: new).isEmpty)
    }

    @Test func aStyleChangeAloneIsAChange() {
        let old = buffer(["abcd"])
        var new = old
        new.write("c", x: 2, y: 0, role: .selection)
        #expect(new.changedRuns(since: old).map(\.x) == [2])
    }

    /// A run never starts on the right half of a wide character, in the new frame or the old one:
    /// curses would leave half a character behind and shift the rest of the row.
    @Test func aRunStartsAtTheLeftHalfOfAWideCharacter() {
        let wideNew = buffer(["ab中d"]), narrowOld = buffer(["abcXd"])
        // Column 3 differs; in the new frame it is the right half of 中 (columns 2–3).
        #expect(wideNew.changedRuns(since: narrowOld).map(\.x) == [2])
        // And the other way: the old frame had 中 there.
        let narrowNew = buffer(["abcYd"])
        #expect(narrowNew.changedRuns(since: buffer(["ab中d"])).map(\.x) == [2])
        // A change after a wide character that itself did not change starts at the change.
        #expect(buffer(["中bX"]).changedRuns(since: buffer(["中bc"])).map(\.x) == [3])
    }
}
