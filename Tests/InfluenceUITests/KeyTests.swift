import Testing
import InfluenceContent
@testable import InfluenceUI

/// Key sequences and where they lead.
@Suite struct KeyTests {
    static let size = Size(width: 100, height: 30)

    @Test(arguments: [
        ("", "home"),
        ("3", "leyenda 1"),
        ("3 Right Right Right", "leyenda 4"),
        ("3 l l l h", "leyenda 3"),
        ("1 End Right", "intercept 2"),
        ("3 Right Right Right ]", "casablanca 4"),
        ("3 Right Right Right [ [", "intercept 4"),
        ("5 ]", "merida 1"),
        ("1 [", "intercept 1"),
        ("1 Left", "intercept 1"),
        ("2 Left", "intercept 7"),
        ("1 l l l l l l l", "condor 1"),
        ("5 l l l l l l l", "merida 7"),
        ("Down Enter", "intercept 1"),
        ("Enter", "argument 1"),
        ("f l l", "argument 3"),
        ("0", "argument 1"),
        ("3 Escape", "home"),
        ("3 BSpace", "home"),
        ("9", "home"),
        // Inside a case, digits choose the stage the stepper shows with that number.
        ("4 2", "casablanca 2"),
        ("3 6", "leyenda 6"),
        ("3 6 4", "leyenda 4"),
        ("3 9", "leyenda 1"),
        // In the argument, digits choose its sections.
        ("f 5", "argument 5"),
        ("f 7", "argument 1"),
        // The argument opened from a case returns to it.
        ("3 l f", "leyenda 2 > argument 1"),
        ("3 l f Escape", "leyenda 2"),
        ("d", "questions"),
        ("3 d Escape", "leyenda 1"),
    ])
    func keysLeadTo(keys: String, place: String) {
        let e = explorer(Self.size, keys: keys)
        #expect(e.place == place, "after \(keys)")
        #expect(e.state.exitCode == nil)
    }

    @Test func backFromACaseSelectsItOnHome() {
        #expect(explorer(Self.size, keys: "4 Escape").home?.selection == 4)
        #expect(explorer(Self.size, keys: "4 ] Escape").home?.selection == 5)
        #expect(explorer(Self.size, keys: "j j Enter Escape").home?.selection == 2)
    }

    @Test func quitAndInterruptSetExitCodes() {
        #expect(explorer(Self.size, keys: "q").state.exitCode == 0)
        #expect(explorer(Self.size, keys: "3 l q").state.exitCode == 0)
        #expect(explorer(Self.size, keys: "3 C-c").state.exitCode == 130)
    }

    @Test func helpOpensAndClosesWithoutLosingThePlace() {
        let e = explorer(Self.size, keys: "3 l j j ?")
        #expect(e.place == "leyenda 2 > help")
        e.press(.escape)
        #expect(e.place == "leyenda 2")
        #expect(e.reading?.mainScroll == 2)
        e.press(.char("?"))
        e.press(.char("q"))
        #expect(e.place == "leyenda 2")
        #expect(e.state.exitCode == nil)
    }

    /// Help opened from a note box closes back to the note, and the note to the page.
    @Test func escapeClosesOnlyTheTopBox() {
        let e = explorer(Self.size, keys: "3 . Enter ?")
        #expect(e.place == "leyenda 1 > note > help")
        e.press(.escape)
        #expect(e.place == "leyenda 1 > note")
        e.press(.escape)
        #expect(e.place == "leyenda 1")
    }

    @Test func tabMovesFocusAndScrollKeysFollowIt() {
        let e = explorer(Self.size, keys: "3 Tab")
        #expect(e.reading?.focus == .side)
        e.press(.down)
        #expect(e.reading?.sideSelection == 1)
        #expect(e.reading?.mainScroll == 0)
        e.press(.tab)
        #expect(e.reading?.focus == .main)
    }

    @Test func enterOnASideItemOpensItAndEscReturnsToTheSameLine() throws {
        let e = explorer(Self.size, keys: "3 Tab j")
        let page = try #require(e.page)
        let reading = try #require(e.reading)
        e.press(.enter)
        switch page.sideItems[reading.sideSelection].target {
        case .note: #expect(e.place == "leyenda 1 > note")
        case .quotation: #expect(e.place == "leyenda 1 > quotation")
        }
        e.press(.escape)
        #expect(e.reading == reading)
    }

    @Test func enterOnAMarkerOpensItsNote() throws {
        let e = explorer(Self.size, keys: "3 .")
        let page = try #require(e.page)
        let index = try #require(e.reading?.markerSelection)
        e.press(.enter)
        guard let note = (e.state.top).model(as: NoteModel.self) else {
            Issue.record("no note box: \(e.place)")
            return
        }
        #expect(note.note == page.markers[index].note)
    }

    @Test func markerKeysWalkThroughTheMarkers() throws {
        let e = explorer(Self.size, keys: "3")
        let count = try #require(e.page).markers.count
        #expect(count >= 3)
        for _ in 0..<(count + 2) { e.press(.char(".")) }
        #expect(e.reading?.markerSelection == count - 1)
        e.press(.char(","))
        #expect(e.reading?.markerSelection == count - 2)
    }

    @Test func changingStageResetsScrollAndKeepsFocusOnCaseSwitch() {
        let e = explorer(Self.size, keys: "3 j j Tab j")
        e.press(.char("]"))
        #expect(e.reading?.mainScroll == 0)
        #expect(e.reading?.sideSelection == 0)
        #expect(e.reading?.focus == .side)
    }

    @Test func homeSelectionIsBounded() {
        #expect(explorer(Self.size, keys: "Up Up").home?.selection == 0)
        #expect(explorer(Self.size, keys: "G Down Down").home?.selection == 5)
        #expect(explorer(Self.size, keys: "j j k").home?.selection == 1)
    }

    /// No key is silent: one that does nothing on this screen says so in the footer, until the next key.
    @Test func aKeyThatDoesNothingSaysSo() {
        let e = explorer(Self.size, keys: "3 x")
        #expect(e.state.message == "x does nothing here; ? shows the keys")
        #expect(e.frame().text.split(separator: "\n").last?.hasPrefix(" x does nothing here; ? shows the keys") == true)
        e.press(.char("j"))
        #expect(e.state.message == nil)
        #expect(explorer(Self.size, keys: "9").state.message == "No case 9; the cases are 1–5, and 0 is the argument")
        #expect(explorer(Self.size, keys: "3 9").state.message == "No stage 9; the stages are 1–7")
        #expect(explorer(Self.size, keys: "Escape").state.message == "Esc does nothing here; ? shows the keys")
    }

    /// In the argument, the footer offers only what works there: no case keys.
    @Test func theArgumentsFooterOffersNoCaseKeys() {
        let footer = screen(100, 30, keys: "f").split(separator: "\n").last ?? ""
        #expect(!footer.contains("[]"))
        #expect(footer.contains("←→ stage"))
        let caseFooter = screen(100, 30, keys: "3").split(separator: "\n").last ?? ""
        #expect(caseFooter.contains("[] case"))
    }

    @Test func everyTmuxKeyNameParses() {
        for name in ["Enter", "Escape", "Tab", "BTab", "Up", "Down", "Left", "Right", "PPage", "NPage",
                     "Home", "End", "Space", "BSpace", "C-c", "q", "1", "]"] {
            #expect(Key(tmuxName: name) != nil, "\(name)")
        }
        #expect(Key(tmuxName: "Bogus") == nil)
    }
}
