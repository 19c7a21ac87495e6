import Testing
import InfluenceContent
@testable import InfluenceUI

/// Places opened from the command line (`influence open`), and the loop waking for work due later
/// (saving the place a little after the last key).
@Suite struct OpeningPlacesTests {
    /// `open framework STAGE`: the argument's section on the stages, with that stage's heading at the top.
    @Test(arguments: [(80, 24), (160, 48)])
    func theFrameworkOpensAtAStagesAccount(width: Int, height: Int) {
        for (index, stage) in shippedContent.stages.enumerated() {
            let e = explorer(Size(width: width, height: height))
            e.go(to: .framework(stage: index))
            let lines = e.frame().text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0].hasPrefix("The argument › 5/6 The seven stages"))
            // At 80x24 the first stages come to the top (the last cannot: the page does not scroll past
            // its end); at 160x48 the whole section fits.
            let row = lines.firstIndex { $0.contains("\(stage.number). \(stage.title)") }
            #expect(row != nil, "stage \(stage.number) not shown")
            if width == 80 && index < 3 { #expect(row == 3, "stage \(stage.number) at row \(row ?? -1)") }
        }
        let e = explorer(Size(width: width, height: height))
        e.go(to: .framework(stage: nil))
        #expect(e.place == "argument 1")
    }

    @Test func aCaseOpensAtItsStage() {
        let e = explorer(Size(width: 80, height: 24))
        e.go(to: .reading(case: CaseID("leyenda"), step: 5))
        #expect(e.frame().text == explorer(Size(width: 80, height: 24), keys: "3 6").frame().text)
    }

    /// With `wakeAfter` set the loop ticks when that time has passed with no key; without it, and
    /// with nothing else wanting ticks, it waits for the next key.
    @Test func theLoopWakesWhenAsked() {
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24), script: [.key(.char("3")), .wait(5), .wait(5)])
        let e = Explorer(content: shippedContent, size: Size(width: 80, height: 24))
        var events = 0
        e.afterEvent = { explorer in
            events += 1
            explorer.wakeAfter = events == 1 ? 2000 : nil
        }
        #expect(e.run(on: terminal) == 129)
        // The key, then one tick (asked for after the key); the second wait passes with no tick asked
        // for, so the script runs out (the terminal is gone).
        #expect(events == 2)
        #expect(terminal.frames.count == 3)
    }
}
