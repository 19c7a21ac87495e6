import Testing
import Foundation
import InfluenceContent
@testable import InfluenceUI

/// What broke a class in its first minutes, each fixed (the keys a teacher and students press).
@Suite struct ClassFixesTests {
    static let size = Size(width: 80, height: 24)

    /// A follower reading the help keeps reading when the presenter moves; looking never detaches.
    @Test func aFollowerReadingTheHelpStaysWithItAndWithThePresenter() {
        let e = explorer(Self.size)
        e.follow()
        e.lead(Position(view: .case, caseID: CaseID("leyenda"), step: 0))
        e.press(.char("?"))
        #expect(e.place == "leyenda 1 > help")
        e.press(.down)
        e.lead(Position(view: .case, caseID: CaseID("leyenda"), step: 1))
        #expect(e.place == "leyenda 2 > help", "the move is made beneath the box")
        #expect(e.frame().text.contains("The presenter moved — Esc to see"))
        #expect(e.state.following?.detached == false)
        e.press(.escape)
        #expect(e.place == "leyenda 2")
        #expect(e.state.following?.detached == false, "? then Esc is looking, not leaving")
        // A note box is looking too.
        e.press(.char("."))
        #expect(e.state.following?.detached == true, "choosing a marker is roaming")
    }

    @Test func qWhileFollowingOrLeadingAsksFirst() {
        let e = explorer(Self.size)
        e.follow()
        e.press(.char("q"))
        #expect(e.state.exitCode == nil)
        #expect(e.frame().text.contains("You follow a presenter: q again quits, any other key stays"))
        e.press(.char("j"))
        #expect(e.state.exitCode == nil && e.place == "home", "any other key stays, and does nothing else")
        e.press(.char("q"))
        e.press(.char("q"))
        #expect(e.state.exitCode == 0)
        let lead = explorer(Self.size, keys: "3")
        lead.asksBeforeQuitting = true
        lead.press(.char("q"))
        #expect(lead.state.exitCode == nil && lead.frame().text.contains("Your class follows you: q again quits, any other key stays"))
        lead.press(.ctrlC)
        #expect(lead.state.exitCode == 130, "Ctrl-C still quits at once")
        // Alone, q quits at once.
        let alone = explorer(Self.size, keys: "3 q")
        #expect(alone.state.exitCode == 0)
    }

    /// `influence present 3 --stage 4`, then Esc: the same case and stage, read as usual.
    @Test func escLeavesPresenterModeToTheSamePlace() {
        let e = explorer(Self.size)
        e.present(case: CaseID("leyenda"), step: 3)
        #expect(e.place == "presenter")
        e.press(.escape)
        #expect(e.place == "leyenda 4")
        let again = explorer(Self.size, keys: "3 l p 4 Escape")
        #expect(again.place == "leyenda 4")
    }

    /// p presents the case and stage of what is chosen, on every screen.
    @Test(arguments: [("3 2 t", "leyenda"), ("d j j j j j j", "condor"), ("# ]", nil)])
    func pPresentsWhatIsChosen(keys: String, expected: String?) throws {
        let e = explorer(Self.size, keys: keys)
        let chosen = e.state.top.chosen(env: e.env)
        if let expected { #expect(chosen.caseID?.rawValue == expected) }
        e.press(.char("p"))
        let presenter = try #require(e.state.top.model(as: PresenterModel.self))
        #expect(presenter.caseID == chosen.caseID)
        #expect(presenter.slide == chosen.stage ?? 0)
    }

    /// Help opens at the keys of the screen it is opened over; no key there means two things, and
    /// nothing is cut at 80 columns.
    @Test func helpIsForTheScreenYouAreOn() {
        let e = explorer(Self.size, keys: "3 p ?")
        let text = e.frame().text
        #expect(text.contains("Keys: Presenter mode"))
        let rows = text.split(separator: "\n").map(String.init)
        #expect(rows[2].contains("│ Presenter mode"))
        let all = explorer(Size(width: 80, height: 400), keys: "3 p ?").frame().text
        #expect(!all.contains("…"), "nothing cut")
        // In presenter mode t is the timer's: the help lists it once, for that.
        let everywhere = KeyMap.sections(for: .presenter, content: e.env.home, glyphs: .unicode).here
        let tees = everywhere.flatMap(\.rows).filter { $0.keys == "t" }
        #expect(tees.map(\.help) == ["Pause or resume the lesson's clock"])
    }

    /// A note box over presenter mode: t does not put the timeline on the projector.
    @Test func aBoxOpensNoViewOverThePresenter() {
        let e = explorer(Self.size, keys: "3 p Space Space . Enter")
        #expect(e.place == "leyenda 1 > presenter > note")
        #expect(!e.frame().text.contains("timeline"))
        e.press(.char("t"))
        #expect(e.place == "leyenda 1 > presenter > note")
        #expect(e.frame().text.contains("t opens a view: Esc closes the box first"))
    }

    /// A note's label is the same on the case's page and across the cases.
    @Test func aNoteHasOneLabelInEveryView() throws {
        let leyenda = try #require(shippedContent.findCase("3"))
        let own = NoteLabels(case: leyenda, in: shippedContent)
        for stage in shippedContent.stages {
            let across = NoteLabels(stage: stage.id, acrossCasesOf: shippedContent)
            for part in leyenda.stage(stage.id)?.parts ?? [] {
                for id in MarkedText.markers(in: part.summary) { #expect(across[id] == own[id], "\(id) at \(stage.id)") }
            }
        }
        #expect(screen(120, 34, keys: "3 6").contains("years.[k] In answer to these efforts"))
        #expect(screen(120, 34, keys: "3 6 a ] ]").contains("years.[k] In answer"))
    }

    /// Across the cases, the side pane shows the quotations and notes of the case in view.
    @Test func theAcrossSidePaneFollowsTheCaseInView() {
        let rows = screen(120, 34, keys: "3 6 a ] ]").split(separator: "\n").map(String.init)
        #expect(rows[3].contains("Case 3 · Leyenda: the Camarena case"))
        #expect(rows[2...6].contains { $0.hasSuffix("Case 3 · Leyenda") || $0.contains("│  Case 3 · Leyenda") })
    }
}

/// A follower waiting for its presenter says for how long, for which room, and which others there are.
@Suite struct WaitingFollowerTests {
    @Test func theStatusNamesTheRoomTheWaitAndTheOtherRooms() {
        var follow = Following(room: "mathh", otherRooms: ["class", "math"], since: 100)
        #expect(follow.status(.unicode, now: 112) == "Waiting for the presenter… 12 s in mathh; also here: class, math")
        #expect(follow.status(.ascii, now: 100 + 3 * 3600 + 300) == "Waiting for the presenter... 3 h 5 min in mathh; also here: class, math")
        follow.otherRooms = []
        #expect(follow.status(.unicode, now: 220) == "Waiting for the presenter… 2 min in mathh; no other room here")
        follow.latest = Position(view: .home)
        #expect(follow.status(.unicode, now: 220) == "Following the presenter")
    }

    @Test func aPresenterWhoLeavesIsSaidToBeGoneSinceThen() {
        let e = explorer(Size(width: 100, height: 30))
        e.follow(room: "class", otherRooms: [])
        e.setTime(10)
        e.lead(Position(view: .case, caseID: CaseID("leyenda"), step: 0))
        e.setTime(40)
        e.lead(nil)
        e.setTime(100)
        #expect(e.state.following?.status(.unicode, now: e.env.now) == "Waiting for the presenter… gone 1 min in class; no other room here")
        #expect(e.frame().text.contains("Waiting for the presenter… gone 1 min in class"))
    }
}

/// Followers see what the teacher shows, at their own window size.
@Suite struct FollowersSeeWhatTheTeacherShowsTests {
    @Test func aSmallFollowerHasTheTeachersHighlightedMarkerInView() throws {
        let teacher = explorer(Size(width: 120, height: 34), keys: "3 4 . . . . . . . . . . . .")
        let chosen = try #require(teacher.reading?.markerSelection)
        let record = teacher.position.record
        #expect(record.contains("marker \(chosen)\n"))
        let (position, problems) = Position.read(Array(record.utf8))
        #expect(problems.isEmpty)
        let student = explorer(Size(width: 80, height: 24))
        student.follow()
        let read: Position = try #require(position)
        student.lead(read)
        let reading = try #require(student.reading)
        #expect(reading.markerSelection == chosen)
        let page = try #require(reading.page(env: student.env, area: student.state.area))
        let line = page.markers[chosen].line
        let height = ReadingLayout(area: student.state.area).main.height
        #expect(line >= reading.mainScroll && line < reading.mainScroll + height, "the highlighted line is in view")
        #expect(page.markers[chosen].note == teacher.reading.flatMap { r in
            r.page(env: teacher.env, area: teacher.state.area)?.markers[chosen].note
        })
    }

    @Test func aNoteTheTeacherOpensOpensForTheClassAndStaysClosedOnceClosed() throws {
        let teacher = explorer(Size(width: 120, height: 34), keys: "3 4 . Enter")
        #expect(teacher.place == "leyenda 4 > note")
        let position = teacher.position
        #expect(position.note != nil)
        let student = explorer(Size(width: 80, height: 24))
        student.follow()
        student.lead(position)
        #expect(student.place == "leyenda 4 > note")
        student.press(.escape)
        #expect(student.place == "leyenda 4")
        #expect(student.state.following?.detached == false)
        // The teacher's next key that moves nothing republishes the same record: the note stays closed.
        student.lead(position)
        #expect(student.place == "leyenda 4")
        // Presenter mode too: the note and the marker.
        let presenter = explorer(Size(width: 120, height: 34), keys: "3 p Space Space . Enter")
        let shown = presenter.position
        #expect(shown.view == .presenter && shown.marker == 0 && shown.note != nil)
        let follower = explorer(Size(width: 80, height: 24))
        follower.follow()
        follower.lead(shown)
        #expect(follower.place == "presenter > note")
    }
}

/// One clock for the lesson: it survives p p and a restart, reaches followers, counts down, and
/// keeps the time per stage for the teacher.
@Suite struct LessonClockTests {
    static let size = Size(width: 80, height: 24)

    func header(_ e: Explorer) -> String { e.frame().text.split(separator: "\n").first.map(String.init) ?? "" }

    @Test func theClockRunsOnWhenPresenterModeIsLeftAndEnteredAgain() {
        let e = explorer(Self.size)
        e.setTime(0)
        for key in ["3", "p"] { e.press(.char(Character(key))) }
        e.setTime(10)
        e.press(.char(" "))   // the first move starts the clock
        e.setTime(70)
        #expect(header(e).hasSuffix("Case 3 · 1/7 · 1:00"))
        e.press(.char("p"))
        #expect(e.place == "leyenda 1")
        e.setTime(130)
        e.press(.char("p"))
        #expect(header(e).hasSuffix("2:00"), "\(header(e))")
        // Counting down: + five minutes at a time, - back; over time says so.
        e.press(.char("+"))
        e.press(.char("+"))
        #expect(header(e).hasSuffix("8:00 left"))
        e.press(.char("-"))
        #expect(header(e).hasSuffix("3:00 left"))
        e.setTime(430)
        #expect(header(e).hasSuffix("2:00 over"))
        e.press(.char("t"))
        #expect(header(e).hasSuffix("2:00 over paused"))
    }

    @Test func theClockTravelsToFollowersAndIntoTheSavedPlace() throws {
        let teacher = explorer(Self.size)
        teacher.setTime(0)
        teacher.present(case: CaseID("condor"), step: 0)
        teacher.countDown(minutes: 50)
        teacher.press(.char(" "))
        teacher.setTime(125)
        let record = teacher.position.record
        #expect(record.contains("clock 125 1 50\n"))
        let (read, problems) = Position.read(Array(record.utf8))
        #expect(problems.isEmpty)
        let position: Position = try #require(read)
        // A follower shows the teacher's clock, running on.
        let student = explorer(Self.size)
        student.setTime(1000)
        student.follow()
        student.lead(position)
        student.setTime(1010)
        #expect(header(student).hasSuffix("47:45 left"), "\(header(student))")
        // A restart at the saved place: the same clock.
        let again = explorer(Self.size)
        again.setTime(5)
        again.go(to: position)
        #expect(header(again).hasSuffix("47:55 left"))
        // A record from elsewhere with a clock out of range is left out, and said.
        #expect(Position.read(Array("influence-position 1\nview home\nclock 5 2 0\n".utf8)).problems == ["a clock out of range"])
    }

    @Test func theTeacherIsToldTheTimeEachStageTook() {
        let e = explorer(Self.size)
        e.setTime(0)
        e.present(case: CaseID("leyenda"), step: 0)
        e.press(.char(" "))
        e.setTime(90)
        e.press(.char("2"))
        e.setTime(150)
        e.press(.char("4"))
        e.setTime(400)
        let summary = e.lessonSummary() ?? ""
        #expect(summary.hasPrefix("The lesson: 6:40 on the clock"), "\(summary)")
        #expect(summary.contains("  1:30  Case 3 Leyenda, 1 The US move"))
        #expect(summary.contains("  1:00  Case 3 Leyenda, 2 Mexico's response"))
        #expect(summary.contains("  4:10  Case 3 Leyenda, 4 Institutionalization"))
        // Nothing for a lesson that never started, nor for a follower.
        #expect(explorer(Self.size, keys: "3").lessonSummary() == nil)
    }
}

/// The comparison grid: no phrase cut; all seven stages of all five cases from 100x30.
@Suite struct GridOnOneScreenTests {
    @Test(arguments: [(80, 24, 4), (100, 30, 7), (120, 34, 7), (160, 48, 7)])
    func asManyStagesAsFitWholeWordsAndNoPhraseCut(width: Int, height: Int, stages: Int) throws {
        let e = explorer(Size(width: width, height: height), keys: "c")
        let layout = GridModel.layout(env: e.env, area: e.state.area)
        #expect(layout.visibleColumns == stages, "\(width)x\(height)")
        let lines = e.frame().text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0)) }
        // Fewer than seven stages says so, and which.
        #expect(String(lines[0]).contains(stages < 7 ? "stages 1–\(stages) of 7 →" : "stage by stage"))
        // Every case's row is on the screen, and every cell holds its whole phrase: read back
        // from the screen, column by column, line by line.
        let heights = layout.heights(columns: 0..<stages)
        #expect(layout.rowsShown(from: 0, heights: heights) == 5, "all five cases at \(width)x\(height)")
        let ruled = layout.ruled(heights)
        var top = layout.body.y
        for (r, c) in shippedContent.cases.enumerated() {
            #expect(String(lines[top]).hasPrefix(" \(c.shortTitle) "))
            for (col, stage) in shippedContent.stages.prefix(stages).enumerated() {
                let x = layout.columnX(col, first: 0), w = layout.columnWidths[col]
                let cell = lines[top..<(top + heights[r])].map { line in
                    String(line[min(line.count, x)..<min(line.count, x + w)]).trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty }.joined(separator: " ").replacingOccurrences(of: "- ", with: "-")
                #expect(cell == c.stage(stage.id)?.grid, "\(c.id) \(stage.id) at \(width)x\(height)")
            }
            top += heights[r] + (ruled ? 1 : 0)
        }
        // The headings are whole too, on up to two lines.
        let headings = (layout.header.y...(layout.header.y + 1)).map { String(lines[$0]) }.joined(separator: " ")
        for stage in shippedContent.stages.prefix(stages) { #expect(headings.contains(stage.shortTitle)) }
        #expect(!headings.contains("…"))
        // No word is broken but at a hyphen; a lone word may take the space that parts the columns.
        #expect(GridModel.wrap("money-laundering sting", width: 10) == ["money-", "laundering", "sting"])
        #expect(GridModel.wrap("big extraditions", width: 11, longest: 12) == ["big", "extraditions"])
    }

    @Test func theRowsScrollToTheCursorAndSaySo() {
        let e = explorer(Size(width: 80, height: 18), keys: "c G")
        let text = e.frame().text
        #expect(text.contains(" Mérida "))
        #expect(text.contains("of 5"))
        #expect(text.contains("↑ "))
    }
}

/// The argument can be presented too, a section at a time.
@Suite struct PresentingTheArgumentTests {
    @Test func pFromTheArgumentPresentsItsSection() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "f l l p")
        let presenter = try #require(e.state.top.model(as: PresenterModel.self))
        #expect(presenter.caseID == nil && presenter.slide == 2)
        let header = e.frame().text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix(" Argument › ") && header.contains("The argument · 3/6"))
        e.press(.char(" "))
        #expect(e.frame().text.split(separator: "\n").count > 3)
        // Digits choose sections; ] says the argument is not a case; Esc leaves at the section shown.
        e.press(.char("5"))
        #expect(e.state.top.model(as: PresenterModel.self)?.slide == 4)
        e.press(.char("]"))
        #expect(e.frame().text.contains("The argument is not a case: its sections are 1–6"))
        e.press(.escape)
        #expect(e.place == "argument 5")
    }

    @Test func theArgumentsPresenterIsAPlaceLikeAnyOther() throws {
        let e = explorer(Size(width: 100, height: 30))
        e.present(case: nil, step: 1)
        let position = e.position
        #expect(position.view == .presenter && position.caseID == nil && position.step == 1)
        let (read, problems) = Position.read(Array(position.record.utf8))
        #expect(problems.isEmpty)
        let follower = explorer(Size(width: 80, height: 24))
        follower.follow()
        follower.lead(try #require(read as Position?))
        #expect(follower.state.top.model(as: PresenterModel.self)?.caseID == nil)
        #expect(follower.frame().text.contains("The argument · 2/6"))
    }
}

/// The grid from presenter mode: revealed a case, or a stage, at a time, for the end of the lesson.
@Suite struct GridRevealTests {
    @Test func fromPresenterModeTheGridIsRevealedACaseAtATime() throws {
        let e = explorer(Size(width: 160, height: 48), keys: "3 p c")
        var grid = try #require(e.state.top.model(as: GridModel.self))
        #expect(grid.reveal == GridModel.Reveal(byCases: true, shown: 0))
        #expect(!e.frame().text.contains("2000 agents"))
        e.press(.char(" "))
        #expect(e.frame().text.contains("2000 agents"))
        #expect(!e.frame().text.contains("Border curbs"))
        e.press(.char(" "))
        #expect(e.frame().text.contains("Border curbs"))
        e.press(.char("u"))
        #expect(!e.frame().text.contains("Border curbs"))
        // By stages instead: the first column of every case.
        e.press(.char("R"))
        e.press(.char(" "))
        grid = try #require(e.state.top.model(as: GridModel.self))
        #expect(grid.reveal == GridModel.Reveal(byCases: false, shown: 1))
        let text = e.frame().text
        #expect(text.contains("Border curbs") && !text.contains("Rejected as"))
        // The class sees the same: the reveal travels in the position.
        let position = e.position
        let student = explorer(Size(width: 120, height: 34))
        student.follow()
        student.lead(position)
        #expect(student.state.top.model(as: GridModel.self)?.reveal == grid.reveal)
        // Told how far it is shown, not invited to press Space.
        #expect(student.frame().text.contains("1 of 7 stages shown"))
        #expect(!student.frame().text.contains("Space reveals"))
        // Opened from anywhere else, the grid shows every cell, and Space says why it does nothing.
        let plain = explorer(Size(width: 160, height: 48), keys: "c Space")
        #expect(plain.state.top.model(as: GridModel.self)?.reveal == nil)
        #expect(plain.frame().text.contains("The grid is revealed a case or a stage at a time from presenter mode"))
    }
}

/// The speaker's view: the presenter's own terminal shows, beside the slide, what comes next, the
/// question, the class and the clock; the projector, following, shows the slide alone.
@Suite struct SpeakersViewTests {
    @Test func besideTheSlideWhatComesNextTheQuestionTheClassAndTheClock() {
        let e = explorer(Size(width: 140, height: 34))
        e.present(case: CaseID("leyenda"), step: 0, speaker: true)
        e.followers = 12
        e.press(.char(" "))
        let text = e.frame().text
        for heading in ["Speaker's view", "Next", "The question", "The class", "12 students following", "The clock"] {
            #expect(text.contains(heading), "\(heading)")
        }
        #expect(text.contains("The United States had worried for a long time"), "the next paragraph, before it is shown")
        // The record carries nothing of it: the projector shows the slide alone.
        let projector = explorer(Size(width: 100, height: 30))
        projector.follow()
        projector.lead(e.position)
        #expect(!projector.frame().text.contains("Speaker's view"))
        // v turns it off and on; not counted, it says so.
        e.press(.char("v"))
        #expect(!e.frame().text.contains("Speaker's view"))
        e.followers = nil
        e.press(.char("v"))
        #expect(e.frame().text.contains("followers not counted here"))
    }
}

/// A quotation open in a box, and a search hit in its place, reach the class too.
@Suite struct FollowersSeeQuotationsAndHitsTests {
    @Test func aQuotationBoxTheTeacherOpensOpensForTheClass() throws {
        let teacher = explorer(Size(width: 120, height: 34), keys: "3 Tab Enter")
        #expect(teacher.place == "leyenda 1 > quotation")
        let position = teacher.position
        #expect(position.quote && position.side == 0)
        let student = explorer(Size(width: 80, height: 24))
        student.follow()
        student.lead(position)
        #expect(student.place == "leyenda 1 > quotation")
        #expect(student.frame().text.contains("chose to ignore"))
    }

    @Test func aSearchHitTheTeacherOpensIsHighlightedForTheClass() throws {
        let teacher = explorer(Size(width: 120, height: 34), keys: "/ m l a t Enter")
        let hit = try #require(teacher.reading?.search)
        let position = teacher.position
        #expect(position.hit?.words == "mlat")
        let (read, problems) = Position.read(Array(position.record.utf8))
        #expect(problems.isEmpty)
        let student = explorer(Size(width: 80, height: 24))
        student.follow()
        student.lead(try #require(read as Position?))
        let reading = try #require(student.reading)
        #expect(reading.search?.part == hit.part && reading.search?.ordinal == hit.ordinal)
        // The hit's line is in the student's view, highlighted.
        #expect(student.frame().text.lowercased().contains("mlat"))
        // A hit of anything but plain words is refused, and said.
        #expect(Position.read(Array("influence-position 1\nview home\nhit main 1 0 \u{1B}[31m\n".utf8)).problems == ["a search hit that cannot be one"])
    }
}
