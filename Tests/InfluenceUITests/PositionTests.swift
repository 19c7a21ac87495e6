import Testing
import InfluenceContent
@testable import InfluenceUI

/// Positions (what resume and followers use) and marks.
@Suite struct PositionTests {
    static let size = Size(width: 100, height: 30)

    @Test(arguments: ["", "3 l l j j j j", "f 3", "a 6", "c j j l", "d j j j", "1 p Space Space", "t j j j j",
                      "w Down Down", "s j j j", "# j j j"])
    func aPositionRecordRestoresTheSamePlace(keys: String) throws {
        let e = explorer(Self.size, keys: keys)
        let record = e.state.position(env: e.env).record
        let (read, problems) = Position.read(Array(record.utf8))
        #expect(problems.isEmpty)
        let position = try #require(read)
        let restored = explorer(Self.size)
        var state = restored.state
        state.go(to: position, env: restored.env)
        #expect(state.position(env: restored.env) == position)
        // Pages come back exactly as they were; lists come back on the same item, scrolled to show it.
        let isList = ["t", "w", "s", "#"].contains(keys.prefix(1))
        if !isList, !keys.isEmpty { #expect(state.render(env: restored.env).buffer.text == e.frame().text, "\(keys)") }
    }

    /// A position made at one size shows the same text at the top at another.
    @Test func aPositionKeepsTheTextAtTheTopAcrossSizes() throws {
        let wide = explorer(Size(width: 160, height: 48), keys: "3 6 j j j j j j")
        let position = wide.state.position(env: wide.env)
        let narrow = explorer(Size(width: 80, height: 24))
        var state = narrow.state
        state.go(to: position, env: narrow.env)
        guard let model = (state.top).model(as: ReadingModel.self), let page = model.page(env: narrow.env, area: state.area),
              let anchor = position.anchor else {
            Issue.record("no reading screen")
            return
        }
        #expect(page.main[model.mainScroll].anchor <= anchor)
        #expect(model.mainScroll + 1 >= page.main.count || page.main[model.mainScroll + 1].anchor > anchor)
    }

    @Test(arguments: [
        ("", "not a position record"),
        ("influence-position 2\nview home\n", "a newer format (influence-position 2)"),
        ("influence-position 1\nview nowhere\n", "an unknown view"),
        ("influence-position 1\n", "no view"),
    ])
    func recordsThatAreNotPositions(text: String, problem: String) {
        let (position, problems) = Position.read(Array(text.utf8))
        #expect(position == nil)
        #expect(problems.contains(problem), "\(problems)")
    }

    @Test func hostileRecordsAreReadSafely() {
        #expect(Position.read(Array(repeating: 65, count: 5000)).problems == ["too long (5000 bytes)"])
        #expect(Position.read([0xFF, 0xFE]).problems == ["not UTF-8"])
        let (position, problems) = Position.read(Array("""
            influence-position 1
            view case
            case \u{1B}]0;pwned\u{07}
            step 99999999999999999999
            reveal -1
            anchor 1
            colour red

            """.utf8))
        #expect(position?.view == .case)
        #expect(position?.caseID == nil && position?.step == nil && position?.reveal == nil && position?.anchor == nil)
        #expect(problems.count == 5, "\(problems)")
    }

    @Test func aPlaceThatNoLongerExistsFallsBack() {
        let e = explorer(Self.size)
        var state = e.state
        state.go(to: Position(view: .case, caseID: CaseID("gone"), step: 3), env: e.env)
        #expect(state.message == "There is no case “gone” now; showing the first")
        guard let m = (state.top).model(as: ReadingModel.self) else { Issue.record("not reading"); return }
        #expect(m.subject == .case(CaseID("intercept")) && m.step == 3)
        state.go(to: Position(view: .case, caseID: CaseID("leyenda"), step: 40), env: e.env)
        #expect(state.message == "The place saved is beyond the end; showing the last")
    }

    @Test func marksAsInLess() throws {
        let e = explorer(Self.size, keys: "3 6 j j j")
        let scroll = try #require(e.reading?.mainScroll)
        #expect(scroll == 3)
        for key in ["m", "a", "f", "4"] { e.press(.char(Character(key))) }
        e.press(.char("'"))
        e.press(.char("a"))
        #expect(e.place == "leyenda 6 > argument 4 > leyenda 6")
        #expect(e.reading?.mainScroll == scroll)
        #expect(e.state.message == "Mark a")
        e.press(.char("'"))
        e.press(.char("z"))
        #expect(e.state.message == "No mark z; m and a letter set one")
        e.press(.char("m"))
        e.press(.char("1"))
        #expect(e.state.message == "Marks are letters, a to z")
    }
}

/// A student's explorer following the presenter's.
@Suite struct FollowingTests {
    static let size = Size(width: 100, height: 30)

    @Test func aFollowerGoesWhereThePresenterGoesUntilItMovesOnItsOwn() throws {
        let e = explorer(Self.size)
        var state = e.state
        state.follow()
        #expect(state.render(env: e.env).buffer.text.contains("Waiting for the presenter…"))
        state.lead(Position(view: .presenter, caseID: CaseID("condor"), step: 2, reveal: 1), env: e.env)
        guard let p = (state.top).model(as: PresenterModel.self) else { Issue.record("not presenting"); return }
        #expect(p.caseID == CaseID("condor") && p.slide == 2 && p.revealed == 1)
        #expect(state.render(env: e.env).buffer.text.contains("Following the presenter"))
        // A key of one's own detaches; the presenter's moves are then only remembered.
        state.apply(key: .char("d"), env: e.env)
        #expect(state.following?.detached == true)
        state.lead(Position(view: .presenter, caseID: CaseID("condor"), step: 3), env: e.env)
        if state.top.kind != .questions { Issue.record("moved while detached") }
        #expect(state.render(env: e.env).buffer.text.contains("Detached from the presenter — press F to follow"))
        // F rejoins at the presenter's latest place; help does not detach.
        state.apply(key: .char("F"), env: e.env)
        guard let back = (state.top).model(as: PresenterModel.self) else { Issue.record("not back"); return }
        #expect(back.slide == 3)
        state.apply(key: .char("?"), env: e.env)
        #expect(state.following?.detached == false)
    }

    @Test func thePresenterGoingAwayIsSaidAndFIsHarmless() {
        let e = explorer(Self.size)
        var state = e.state
        state.apply(key: .char("F"), env: e.env)
        #expect(state.message == "Not following a presenter (influence --follow ROOM follows one)")
        state.follow()
        state.lead(Position(view: .grid, caseID: CaseID("leyenda"), step: 4), env: e.env)
        state.lead(nil, env: e.env)
        // Gone since the last record, on the explorer's clock (0 here).
        #expect(state.following?.status(.unicode) == "Waiting for the presenter… gone 0 s")
        #expect(state.following?.status(.ascii) == "Waiting for the presenter... gone 0 s")
        #expect(state.following?.status(.unicode, now: 150) == "Waiting for the presenter… gone 2 min")
        if state.top.kind != .grid { Issue.record("the last place stays") }
        state.lead(Position(view: .home), problems: ["an unknown line"], env: e.env)
        #expect(state.message == "The presenter's record had an unknown line; left out")
    }
}
