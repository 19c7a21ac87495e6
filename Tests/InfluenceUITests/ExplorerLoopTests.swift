import Testing
import InfluenceContent
@testable import InfluenceUI

/// The explorer's main loop, headless: what it draws and how it ends for sequences of keys, resizes,
/// signals and a terminal that goes away.
@Suite struct ExplorerLoopTests {
    func run(_ script: [HeadlessTerminal.Step], size: Size = Size(width: 80, height: 24)) -> (code: Int32, frames: [CellBuffer]) {
        let terminal = HeadlessTerminal(size: size, script: script)
        let code = Explorer(content: shippedContent, size: Size(width: 1, height: 1)).run(on: terminal)
        return (code, terminal.frames)
    }

    @Test func quitExitsZeroAfterDrawingEachStep() {
        let (code, frames) = run([.key(.char("3")), .key(.right), .key(.char("q"))])
        #expect(code == 0)
        // The first frame, then one after each key but the last.
        #expect(frames.count == 3)
        #expect(frames[0].text.contains("Influence Explorer"))
        #expect(frames[1].text.hasPrefix("Case 3/5 · Leyenda (1985–1991) › 1/7 The US move"))
        #expect(frames[2].text.hasPrefix("Case 3/5 · Leyenda (1985–1991) › 2/7 Mexico's response"))
    }

    @Test(arguments: [
        (HeadlessTerminal.Step.key(.ctrlC), Int32(130)), (.signal(15), 143), (.signal(1), 129), (.signal(2), 130), (.gone, 129),
    ])
    func endings(step: HeadlessTerminal.Step, code: Int32) {
        #expect(run([.key(.char("2")), step]).code == code)
    }

    @Test func theFirstFrameIsAtTheTerminalsSizeAndResizesRedraw() {
        let (code, frames) = run([.resize(Size(width: 120, height: 40)), .resize(Size(width: 30, height: 8)),
                                  .resize(Size(width: 100, height: 30))])
        #expect(code == 129)
        #expect(frames.map(\.size) == [Size(width: 80, height: 24), Size(width: 120, height: 40),
                                       Size(width: 30, height: 8), Size(width: 100, height: 30)])
        #expect(frames[2].text.contains("least 60x16") && frames[2].text.contains("(now 30x8)"))
        #expect(frames[3].text.contains("Influence Explorer"))
    }

    @Test func aResizeKeepsTheReadingPlace() {
        let (_, frames) = run([.key(.char("3")), .key(.char("5")), .resize(Size(width: 160, height: 48))])
        #expect(frames.last?.text.hasPrefix("Case 3/5 · Leyenda (1985–1991) › 5/7 Communication and coordination") == true)
    }

    @Test func mouseEventsReachTheScreens() {
        // Case 3's entry on the home screen at 80x24, then the wheel over the text.
        let home = Explorer(content: shippedContent, size: Size(width: 80, height: 24)).frame().text
        let row = home.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("3  Leyenda") } ?? 0
        let (_, frames) = run([.mouse(MouseEvent(.click, x: 10, y: row)), .mouse(MouseEvent(.wheelDown, x: 10, y: 10))])
        #expect(frames[1].text.hasPrefix("Case 3/5"))
        #expect(frames[2].text.split(separator: "\n")[2].contains("4–"), "scrolled by three lines: \(frames[2].text.split(separator: "\n")[2])")
    }

    /// What a follower's shell sees: `.external` (the room's descriptor), or poll ticks where there
    /// is no descriptor. A wake-up that changes nothing draws nothing; a new place draws a frame.
    @Test func externalWakeUpsDrawOnlyWhatChanged() {
        let condor = Position(view: .case, caseID: CaseID("condor"), step: 2)
        var calls = 0
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24),
                                        script: [.external, .external, .external, .external, .key(.char("q"))])
        let explorer = Explorer(content: shippedContent, size: Size(width: 1, height: 1))
        explorer.follow()
        explorer.asksBeforeQuitting = false  // these scripts end with one q: quitting is not what they test
        explorer.onExternal = { explorer in
            defer { calls += 1 }
            // Something else in the folder; the record; nothing new; the record again.
            if calls == 1 || calls == 3 { explorer.lead(condor) }
        }
        #expect(explorer.run(on: terminal) == 0)
        #expect(calls == 4)
        // The first frame and the one for the new place; the repeated record changed nothing.
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[1].text.hasPrefix("Case 2/5 · Condor (1975–1976) › 3/7"))
        #expect(terminal.frames[1].text.contains("Following the presenter"))
    }

    @Test func aPollIntervalMakesTicksThatCallTheShell() {
        var calls = 0
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24),
                                        script: [.wait(0.2), .wait(0.2), .wait(0.2), .key(.char("q"))])
        let explorer = Explorer(content: shippedContent, size: Size(width: 1, height: 1))
        explorer.follow()
        explorer.asksBeforeQuitting = false  // these scripts end with one q: quitting is not what they test
        explorer.externalPollInterval = 200
        explorer.onExternal = { explorer in
            calls += 1
            if calls == 2 { explorer.lead(Position(view: .grid, caseID: CaseID("merida"), step: 1)) }
        }
        #expect(explorer.run(on: terminal) == 0)
        #expect(calls == 3)
        #expect(terminal.frames.count == 2, "the first frame, and the one after the poll that found a place")
        #expect(terminal.frames[1].text.contains("Comparing the cases"))
    }

    /// The first frame needs only the home summary: the whole content is read after it is drawn.
    @Test func theFirstFrameComesBeforeTheWholeContentIsRead() {
        final class Reads: @unchecked Sendable { var count = 0; var framesBefore = -1 }
        let reads = Reads()
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24), script: [.key(.char("3")), .key(.char("q"))])
        let explorer = Explorer(home: HomeSummary(shippedContent), load: {
            reads.count += 1
            reads.framesBefore = terminal.frames.count
            return shippedContent
        }, size: Size(width: 80, height: 24))
        #expect(explorer.run(on: terminal) == 0)
        #expect(reads.count == 1)
        #expect(reads.framesBefore == 1, "read after the first frame was drawn")
        #expect(terminal.frames.first?.text == Explorer(content: shippedContent, size: Size(width: 80, height: 24)).frame().text)
        #expect(terminal.frames.last?.text.hasPrefix("Case 3/5 · Leyenda") == true)
    }

    /// Content that cannot be read after the first frame stops the run before any key, with 65.
    @Test func contentThatCannotBeReadStopsTheRunWithDataError() {
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24), script: [.key(.char("3")), .key(.char("q"))])
        let explorer = Explorer(home: HomeSummary(shippedContent), load: { nil }, size: Size(width: 80, height: 24))
        #expect(explorer.run(on: terminal) == Explorer.contentUnreadable)
        #expect(Explorer.contentUnreadable == 65)
        #expect(terminal.frames.count == 1)
        #expect(terminal.frames.first?.text.contains("Influence Explorer") == true)
    }
}
