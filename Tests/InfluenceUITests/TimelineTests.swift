import Testing
import InfluenceContent
import InfluenceText
@testable import InfluenceUI

extension Explorer {
    /// The timeline on top, if it is shown.
    var timeline: TimelineModel? {
        if let m = (state.top).model(as: TimelineModel.self) { return m }
        return nil
    }
}

/// The timeline: every event of every case, in date order on one axis, and where Enter leads.
@Suite struct TimelineTests {
    /// Every event of the content, in the order the timeline must show them, worked out here from
    /// the content's own date strings: year, then month, then day (a missing part counts as 0, so
    /// "1998" comes before "1998-05"), then case order, then the event's place in its case.
    static let expectedOrder: [(c: Case, event: TimelineEvent)] = {
        var all: [(key: [Int], c: Case, event: TimelineEvent)] = []
        for (ci, c) in shippedContent.cases.enumerated() {
            for (ei, event) in c.events.enumerated() {
                var parts = event.date.split(separator: "-").compactMap { Int($0) }
                while parts.count < 3 { parts.append(0) }
                all.append((parts + [ci, ei], c, event))
            }
        }
        return all.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.c, $0.event) }
    }()

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Sep 1969" for "1969-09", as the timeline writes dates.
    static func label(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        switch parts.count {
        case 3: return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
        case 2: return "\(months[parts[1] - 1]) \(parts[0])"
        default: return date
        }
    }

    func rows(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The whole list on one tall screen: its rows below the ruler.
    func wholeList() -> [String] {
        let e = explorer(Size(width: 160, height: 200), keys: "t")
        let all = rows(e.frame().text)
        return Array(all.dropFirst(e.timelineListTop).dropLast())
    }

    @Test func theContentHasEventsToShow() {
        #expect(Self.expectedOrder.count >= 40)
        #expect(Set(Self.expectedOrder.map(\.c.id)).count == shippedContent.cases.count)
    }

    /// Reading down the screen, the events come in date order: each event's row starts with its
    /// date and its case, and its text follows, event after event, the whole sequence.
    @Test func theScreenShowsEveryEventInDateOrder() {
        let list = wholeList()
        let starts = list.enumerated().filter { _, row in
            let trimmed = row.drop { $0 == " " || $0 == "▌" }
            return !trimmed.isEmpty && !trimmed.hasPrefix("┊") && row.dropFirst(4).first != " "
        }
        #expect(starts.count == Self.expectedOrder.count)
        for (i, (c, event)) in Self.expectedOrder.enumerated() where i < starts.count {
            let row = starts[i].element
            let fields = row.dropFirst(4)
            #expect(fields.hasPrefix(Self.label(event.date) + " "), "event \(i): \(row)")
            #expect(row.contains(" \(c.number) \(c.shortTitle) "), "event \(i): \(row)")
            let words = NoteLabels(case: c, allNotes: shippedContent.allNotes).render(event.text).split(separator: " ")
            #expect(row.contains(words.prefix(3).joined(separator: " ")), "event \(i): \(row)")
        }
    }

    /// Between two neighbouring events more than a year apart, a row names the years without events.
    @Test func gapsBetweenEventsAreShown() throws {
        let list = wholeList()
        var gaps = 0
        for i in 1..<Self.expectedOrder.count {
            let before = try #require(Int(Self.expectedOrder[i - 1].event.date.prefix(4)))
            let after = try #require(Int(Self.expectedOrder[i].event.date.prefix(4)))
            guard after - before > 1 else { continue }
            gaps += 1
            let words = after - before == 2 ? "┊ \(before + 1): no events"
                : "┊ \(before + 1)–\(after - 1): \(after - before - 1) years without events"
            let gapRow = try #require(list.firstIndex { $0.contains(words) }, "no gap row \(words)")
            let next = list[gapRow + 1]
            #expect(next.contains(Self.label(Self.expectedOrder[i].event.date)), "\(next)")
        }
        #expect(gaps >= 5)
        #expect(list.contains { $0.contains("┊ 1982–1984: 3 years without events") })
    }

    /// On the ruler each case's years are a run of bars of their own, with the years between the
    /// cases left open: five separate episodes.
    @Test(arguments: [(80, 24), (160, 48)])
    func theRulerShowsEachCaseAsItsOwnEpisode(width: Int, height: Int) {
        let buffer = explorer(Size(width: width, height: height), keys: "t").frame()
        var runs: [StyleRole] = []
        for y in 0..<buffer.height {
            var previous: String?
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.text == "█", previous != "█" { runs.append(cell.role) }
                previous = cell.text
            }
        }
        #expect(runs == shippedContent.cases.indices.map { StyleRole.caseMark($0) })
    }

    /// The arrow under the ruler follows the chosen event's date.
    @Test func theRulerPointsAtTheChosenEvent() {
        let text = screen(80, 24, keys: "t 3 j")
        #expect(text.contains("↑ Mar 1986"))
    }

    @Test(arguments: [
        // Aug 1986 refers to footnote 20, which the resource transfer stage tells.
        ("t 3 j j Enter", "leyenda 6", "fn20"),
        // Mar 1986: footnote 19, told in the US move.
        ("t 3 j Enter", "leyenda 1", "fn19"),
        // Feb 1985 has no note: the case's first stage.
        ("t 3 Enter", "leyenda 1", nil),
    ])
    func enterOpensTheStageThatTellsTheEvent(keys: String, place: String, note: String?) throws {
        let e = explorer(Size(width: 100, height: 30), keys: keys)
        #expect(e.place == "timeline > \(place)")
        if let note {
            let page = try #require(e.page)
            let index = try #require(e.reading?.markerSelection)
            #expect(page.markers[index].note == NoteID(note))
            #expect(page.markers[index].line >= (e.reading?.mainScroll ?? 0))
        }
        e.press(.escape)
        #expect(e.place == "timeline")
    }

    /// Every event opens a stage of its own case, and when it shares a note with a stage, that stage.
    @Test func everyEventOpensItsOwnCase() {
        let entries = Timeline.entries(shippedContent)
        for (i, entry) in entries.enumerated() {
            let e = explorer(Size(width: 100, height: 30), keys: "t")
            for _ in 0..<i { e.press(.down) }
            e.press(.enter)
            guard let reading = (e.state.top).model(as: ReadingModel.self), case .case(let id) = reading.subject else {
                Issue.record("event \(i) opened \(e.place)")
                continue
            }
            #expect(id == entry.caseID)
            let c = shippedContent.case(id)
            let stageNotes = c.map { $0.stages[reading.step].parts.flatMap { shippedContent.notes(for: $0).map(\.id) } } ?? []
            if reading.step > 0 { #expect(entry.noteIDs.contains { stageNotes.contains($0) }, "event \(i)") }
        }
    }

    @Test func aMarkerOpensItsNoteAndEscReturnsToTheSamePlace() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "t 3 j j .")
        let before = try #require(e.timeline)
        #expect(before.marker == 0)
        e.press(.enter)
        guard let note = (e.state.top).model(as: NoteModel.self) else {
            Issue.record("no note box: \(e.place)")
            return
        }
        #expect(note.note == NoteID("fn20"))
        #expect(note.label == "20")
        #expect(e.frame().text.contains("Note [20]"))
        e.press(.escape)
        #expect(e.timeline == before)
    }

    /// `.` walks the markers of the chosen event, then of the events after it; `,` walks back.
    @Test func markerKeysWalkThroughEvents() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "t")
        #expect(e.timeline?.marker == nil)
        e.press(.char("."))
        // The first two events (Sep and Oct 1969) have no marker: the next one that has is chosen.
        let first = try #require(e.timeline)
        #expect(first.selection == 2 && first.marker == 0)
        e.press(.char("."))
        #expect(e.timeline?.selection == 3)
        e.press(.char(","))
        #expect(e.timeline?.selection == 2 && e.timeline?.marker == 0)
        e.press(.char(","))
        #expect(e.state.message == "No note marker before this one")
        e.press(.down)
        #expect(e.timeline?.marker == nil)
    }

    @Test func digitsJumpToACasesFirstEvent() throws {
        let entries = Timeline.entries(shippedContent)
        for c in shippedContent.cases {
            let e = explorer(Size(width: 80, height: 24), keys: "t \(c.number)")
            let selection = try #require(e.timeline?.selection)
            #expect(entries[selection].caseID == c.caseID)
            #expect(!entries[..<selection].contains { $0.caseID == c.caseID })
            #expect(e.frame().text.contains("▌ \(Self.label(entries[selection].event.date))"))
        }
        #expect(explorer(Size(width: 80, height: 24), keys: "t 8").state.message == "No case 8; the cases are 1–5")
    }

    @Test func fromACaseTheTimelineStartsAtItsFirstEvent() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "4 l t")
        let selection = try #require(e.timeline?.selection)
        #expect(Timeline.entries(shippedContent)[selection].caseID == CaseID("casablanca"))
        #expect(e.frame().text.contains("▌ 1992"))
        #expect(explorer(Size(width: 80, height: 24), keys: "t").timeline?.selection == 0)
    }

    @Test func resizeKeepsTheChosenEventInView() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "t 4 j j j")
        let selection = try #require(e.timeline?.selection)
        let date = Self.label(Timeline.entries(shippedContent)[selection].event.date)
        for size in [Size(width: 160, height: 48), Size(width: 60, height: 16), Size(width: 120, height: 30)] {
            e.resize(to: size)
            #expect(e.timeline?.selection == selection)
            #expect(e.frame().text.contains("▌ \(date)"), "at \(size)")
        }
    }

    @Test func paging() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "t Space")
        let after = try #require(e.timeline)
        #expect(after.scroll > 0 && after.selection > 0)
        e.press(.end)
        #expect(e.timeline?.selection == Timeline.entries(shippedContent).count - 1)
        e.press(.char("g"))
        #expect(e.timeline?.selection == 0 && e.timeline?.scroll == 0)
    }

    @Test func aClickChoosesAnEventAndASecondOpensIt() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "t")
        let rows = self.rows(e.frame().text)
        let y = try #require(rows.firstIndex { $0.contains("Oct 1969") })
        e.mouse(MouseEvent(.click, x: 20, y: y))
        #expect(e.timeline?.selection == 1)
        e.mouse(MouseEvent(.click, x: 20, y: y))
        #expect(e.place.hasPrefix("timeline > intercept"))
    }

    @Test func theWheelScrollsTheList() {
        let e = explorer(Size(width: 80, height: 24), keys: "t")
        _ = e.frame()
        e.mouse(MouseEvent(.wheelDown, x: 20, y: 12))
        #expect(e.timeline?.scroll == 3)
        e.mouse(MouseEvent(.wheelUp, x: 20, y: 12))
        #expect(e.timeline?.scroll == 0)
    }

    /// A click on a case in the legend goes to its first event, as its digit does.
    @Test func aClickOnTheLegendGoesToTheCase() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "t")
        let legend = rows(e.frame().text)[1]
        let x = try #require(legend.range(of: "3 Leyenda")).lowerBound.utf16Offset(in: legend)
        e.mouse(MouseEvent(.click, x: x + 1, y: 1))
        #expect(e.timeline?.selection == explorer(Size(width: 80, height: 24), keys: "t 3").timeline?.selection)
    }

    @Test(arguments: [(60, 16), (80, 24), (100, 30), (160, 48), (61, 17), (200, 60)])
    func nothingIsDrawnPastTheEdge(width: Int, height: Int) {
        for keys in ["t", "t G", "t 3 j .", "t Space Space"] {
            for glyphs in [Glyphs.unicode, .ascii] {
                let text = screen(width, height, keys: keys, glyphs: glyphs)
                #expect(text.split(separator: "\n").allSatisfy { TextWidth.columns(of: $0) <= width })
                if glyphs == .ascii { #expect(!text.contains("█") && !text.contains("┊") && !text.contains("↑")) }
            }
        }
    }

    @Test func datesSortLessPreciseFirst() throws {
        let year = try #require(EventDate("1998")), month = try #require(EventDate("1998-05"))
        let day = try #require(EventDate("1998-05-03")), before = try #require(EventDate("1997-12-31"))
        #expect(before < year && year < month && month < day)
        #expect(day.label == "3 May 1998" && month.label == "May 1998" && year.label == "1998")
        #expect(EventDate("1998-13") == nil)
    }
}

extension Explorer {
    /// The first row of the timeline's list on screen.
    var timelineListTop: Int {
        TimelineModel.layout(env: env, area: state.area).listRect.y
    }
}
