import Testing
@testable import InfluenceUI

/// Key sequences and the state they lead to.
@Suite struct KeyTests {
    static let size = Size(width: 100, height: 30)

    @Test(arguments: [
        ("", ExplorerState.Screen.home, 0),
        ("3", .reading(caseIndex: 2), 0),
        ("3 Right Right Right", .reading(caseIndex: 2), 3),
        ("3 l l l h", .reading(caseIndex: 2), 2),
        ("3 n n p", .reading(caseIndex: 2), 1),
        ("1 End Right", .reading(caseIndex: 0), 1),
        ("3 Right Right Right ]", .reading(caseIndex: 3), 3),
        ("3 Right Right Right [ [", .reading(caseIndex: 0), 3),
        ("5 ]", .reading(caseIndex: 4), 0),
        ("1 [", .reading(caseIndex: 0), 0),
        ("1 Left", .reading(caseIndex: 0), 0),
        ("2 Left", .reading(caseIndex: 0), 6),
        ("1 l l l l l l l", .reading(caseIndex: 1), 0),
        ("5 l l l l l l l", .reading(caseIndex: 4), 6),
        ("Down Enter", .reading(caseIndex: 0), 0),
        ("Enter", .framework, 0),
        ("f l l", .framework, 2),
        ("0", .framework, 0),
        ("3 Escape", .home, 0),
        ("3 BSpace", .home, 0),
        ("4 2", .reading(caseIndex: 1), 0),
        ("9", .home, 0),
    ])
    func keysLeadToState(keys: String, screen: ExplorerState.Screen, step: Int) {
        let state = explorer(Self.size, keys: keys).state
        #expect(state.screen == screen)
        #expect(state.step == step)
        #expect(state.exitCode == nil)
    }

    @Test func backFromACaseSelectsItOnHome() {
        #expect(explorer(Self.size, keys: "4 Escape").state.homeSelection == 4)
    }

    @Test func quitAndInterruptSetExitCodes() {
        #expect(explorer(Self.size, keys: "q").state.exitCode == 0)
        #expect(explorer(Self.size, keys: "3 l q").state.exitCode == 0)
        #expect(explorer(Self.size, keys: "3 C-c").state.exitCode == 130)
    }

    @Test func helpOpensAndClosesWithoutLosingThePlace() {
        let e = explorer(Self.size, keys: "3 l j j ?")
        #expect(e.state.overlay == .help)
        e.press(.escape)
        #expect(e.state.overlay == nil)
        #expect(e.state.screen == .reading(caseIndex: 2))
        #expect(e.state.step == 1)
        #expect(e.state.mainScroll == 2)
        e.press(.char("?"))
        e.press(.char("q"))
        #expect(e.state.overlay == nil)
        #expect(e.state.exitCode == nil)
    }

    @Test func tabMovesFocusAndScrollKeysFollowIt() {
        let e = explorer(Self.size, keys: "3 Tab")
        #expect(e.state.focus == .side)
        e.press(.down)
        #expect(e.state.sideSelection == 1)
        #expect(e.state.mainScroll == 0)
        e.press(.tab)
        #expect(e.state.focus == .main)
    }

    @Test func enterOnASideNoteOpensItAndEscReturnsToTheSameLine() throws {
        let e = explorer(Self.size, keys: "3 Tab j")
        let page = try #require(e.state.page(content: shippedContent))
        let item = page.sideItems[e.state.sideSelection]
        let scroll = e.state.sideScroll
        e.press(.enter)
        switch item.target {
        case .note(let id): #expect(e.state.overlay == .note(id))
        case .quotation: #expect(e.state.overlay == .quotation(e.state.sideSelection))
        }
        e.press(.escape)
        #expect(e.state.overlay == nil)
        #expect(e.state.sideScroll == scroll)
        #expect(e.state.focus == .side)
    }

    @Test func enterOnAMarkerOpensItsNote() throws {
        let e = explorer(Self.size, keys: "3 .")
        let page = try #require(e.state.page(content: shippedContent))
        let index = try #require(e.state.markerSelection)
        e.press(.enter)
        #expect(e.state.overlay == .note(page.markers[index].note))
    }

    @Test func markerKeysWalkThroughTheMarkers() throws {
        let e = explorer(Self.size, keys: "3")
        let count = try #require(e.state.page(content: shippedContent)).markers.count
        #expect(count >= 3)
        for _ in 0..<(count + 2) { e.press(.char(".")) }
        #expect(e.state.markerSelection == count - 1)
        e.press(.char(","))
        #expect(e.state.markerSelection == count - 2)
    }

    @Test func changingStageResetsScrollAndKeepsFocusOnCaseSwitch() {
        let e = explorer(Self.size, keys: "3 j j Tab j")
        e.press(.char("]"))
        #expect(e.state.mainScroll == 0)
        #expect(e.state.sideSelection == 0)
        #expect(e.state.focus == .side)
    }

    @Test func homeSelectionIsBounded() {
        #expect(explorer(Self.size, keys: "Up Up").state.homeSelection == 0)
        #expect(explorer(Self.size, keys: "G Down Down").state.homeSelection == 5)
        #expect(explorer(Self.size, keys: "j j k").state.homeSelection == 1)
    }

    @Test func everyTmuxKeyNameParses() {
        for name in ["Enter", "Escape", "Tab", "BTab", "Up", "Down", "Left", "Right", "PPage", "NPage",
                     "Home", "End", "Space", "BSpace", "C-c", "q", "1", "]"] {
            #expect(Key(tmuxName: name) != nil, "\(name)")
        }
        #expect(Key(tmuxName: "Bogus") == nil)
    }
}
