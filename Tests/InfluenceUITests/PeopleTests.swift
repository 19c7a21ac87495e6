import Testing
import InfluenceContent
import InfluenceText
import InfluenceExport
@testable import InfluenceUI

extension Explorer {
    /// The people on top, if they are shown.
    var people: PeopleModel? { state.top.model(as: PeopleModel.self) }
}

/// The people: everyone the cases name, once, by side; narrowed by typing or to a case; Enter opens
/// where the chosen one first acts.
@Suite struct PeopleTests {
    static let size = Size(width: 100, height: 30)

    func rows(_ e: Explorer) -> [String] { e.frame().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func everyActorIsListedOnceWithEachOfTheirRoles() {
        let everyone = People.everyone(shippedContent)
        let actors = shippedContent.cases.flatMap(\.actors)
        // Each actor's role stands under exactly one person, in the cases' order.
        #expect(everyone.reduce(0) { $0 + $1.roles.count } == actors.count)
        #expect(Set(everyone.map { "\($0.side) \(TextFolding.foldedString($0.name))" }).count == everyone.count)
        let dea = everyone.first { $0.name == "Drug Enforcement Administration (DEA)" }
        #expect(dea?.roles.map(\.caseNumber) == [1, 2, 3, 5])
        #expect(dea?.side == .us)
        // "Mexican Attorney General's Office" (Condor) and "…office" (Casablanca) are one body.
        let office = everyone.filter { TextFolding.foldedString($0.name) == "mexican attorney general's office" }
        #expect(office.count == 1 && office.first?.roles.map(\.caseNumber) == [2, 4])
        #expect(everyone.count < actors.count)
    }

    @Test func theListIsGroupedBySideAndSortedByName() {
        let everyone = People.everyone(shippedContent)
        let sides = everyone.map(\.side)
        #expect(sides == sides.sorted { ($0 == .us ? 0 : $0 == .mexico ? 1 : 2) < ($1 == .us ? 0 : $1 == .mexico ? 1 : 2) })
        for side in [Side.us, .mexico, .other] {
            let names = everyone.filter { $0.side == side }.map { TextFolding.foldedString($0.name) }
            #expect(names == names.sorted(), "\(side)")
        }
    }

    @Test func theScreenShowsEachSideUnderItsHeadingWithTheChosenNameSelected() throws {
        let e = explorer(Self.size, keys: "P")
        let text = rows(e)
        #expect(text[0].hasPrefix("  People  Enter opens where they first act"))
        #expect(text[1].hasPrefix("  Filter:") && text[1].hasSuffix("\(People.everyone(shippedContent).count) people"))
        let heading = try #require(text.firstIndex { $0.hasPrefix("    United States") })
        let buffer = e.frame()
        #expect(buffer[4, heading].role == .heading)
        let first = heading + 1
        #expect(text[first].hasPrefix("  \(Glyphs.unicode.gutter) American Task Force on Interdiction \(Glyphs.unicode.dot) case 2"))
        #expect(buffer[2, first].role == .accent)
        #expect(buffer[4, first].role == .selection)
        #expect(text[first + 1].contains("2 Condor — US task force"))
        // Mexico and the others follow, in that order, further down.
        let all = rows(explorer(Size(width: 100, height: 400), keys: "P"))
        let us = all.firstIndex { $0 == "    United States" }, mexico = all.firstIndex { $0 == "    Mexico" }
        let others = all.firstIndex { $0 == "    Others" }
        #expect(us != nil && mexico != nil && others != nil)
        #expect((us ?? 0) < (mexico ?? 0) && (mexico ?? 0) < (others ?? 0))
    }

    @Test func typingNarrowsByNameOrRoleAndErasingKeepsTheChoice() {
        let e = explorer(Self.size, keys: "P c a m a r e n a")
        #expect(e.people?.filter == "camarena")
        let text = rows(e)
        let total = People.everyone(shippedContent).count
        let matching = People.matching(People.everyone(shippedContent), filter: "camarena")
        #expect(text[1].hasSuffix("\(matching.count) of \(total)"))
        // Enrique Camarena by name; the others by a role that names him.
        #expect(matching.count > 1)
        #expect(text.contains { $0.contains("Enrique Camarena") })
        e.press(.down)
        let chosen = e.people.flatMap { $0.chosenPerson(env: e.env, area: e.state.area) }
        for _ in 0..<8 { e.press(.backspace) }
        #expect(e.people?.filter == "")
        #expect(e.people.flatMap { $0.chosenPerson(env: e.env, area: e.state.area) } == chosen)
        e.press(.escape)
        #expect(e.place == "home")
    }

    @Test func nobodyMatchingIsSaid() {
        let e = explorer(Self.size, keys: "P x y z z y")
        #expect(rows(e)[3].contains("Nobody matches \u{201C}xyzzy\u{201D}. Backspace erases; Esc clears the filter."))
        e.press(.enter)
        #expect(e.frame().text.contains("Nobody matches; Backspace erases, Esc clears the filter"))
    }

    @Test func fromACaseItsPeopleAndTabForEveryone() throws {
        let e = explorer(Self.size, keys: "3 P")
        let leyenda = try #require(shippedContent.findCase("3"))
        let text = rows(e)
        #expect(text[0].hasPrefix("  People of Case 3 · Leyenda  Tab: everyone"))
        #expect(text[1].hasSuffix("\(People.matching(People.everyone(shippedContent), filter: "", caseID: leyenda.caseID).count) people"))
        // Only Leyenda's roles are shown, even for the DEA, who acts in four cases.
        #expect(text.contains { $0.contains("3 Leyenda — US agency whose agents worked in Mexico") })
        #expect(!text.contains { $0.contains("1 Intercept —") })
        e.press(.down)
        let chosen = e.people.flatMap { $0.chosenPerson(env: e.env, area: e.state.area) }
        e.press(.tab)
        #expect(rows(e)[0].hasPrefix("  People  Tab: this case only"))
        #expect(e.people.flatMap { $0.chosenPerson(env: e.env, area: e.state.area) } == chosen)
        e.press(.tab)
        #expect(rows(e)[0].hasPrefix("  People of Case 3"))
        // Opened from anywhere else, Tab says what it is for.
        let elsewhere = explorer(Self.size, keys: "P Tab")
        #expect(elsewhere.frame().text.contains("Opened from a case, Tab shows only that case's people"))
    }

    @Test func enterOpensTheCaseWhereTheChosenOneFirstActsAtTheLineThatNamesThem() throws {
        let e = explorer(Self.size, keys: "P E n r i q u e Enter")
        #expect(e.place == "people > leyenda 1")
        let reading = try #require(e.reading)
        let page = try #require(reading.page(env: e.env, area: e.state.area))
        let shown = page.main[reading.mainScroll...].prefix(ReadingLayout(area: e.state.area).main.height)
        #expect(shown.contains { TextFolding.foldedString($0.text).contains("camarena") })
        // Esc comes back to the people as they were.
        e.press(.escape)
        #expect(e.people?.filter == "Enrique")
    }

    @Test func aPlaceAmongThePeopleIsSavedAndRestored() throws {
        let e = explorer(Self.size, keys: "3 P Down Down Tab")
        let position = e.position
        #expect(position.view == .people && position.caseID?.rawValue == "leyenda" && position.step == 0)
        let (read, problems) = Position.read(Array(position.record.utf8))
        #expect(problems.isEmpty && read == position)
        let again = explorer(Self.size)
        again.go(to: try #require(read))
        #expect(again.people?.chosenPerson(env: again.env, area: again.state.area)
                == e.people?.chosenPerson(env: e.env, area: e.state.area))
        #expect(again.people?.onlyThatCase == false && again.people?.fromCase?.rawValue == "leyenda")
        // A position beyond the end says so and shows the last.
        again.go(to: Position(view: .people, item: 9999))
        #expect(again.frame().text.contains("The place saved is beyond the end; showing the last"))
    }

    @Test func presenterModeAndTheGridOpenOnTheChosenPersonsCase() {
        // Letters type into the filter, so the grid is opened from the case the people were opened from.
        let e = explorer(Self.size, keys: "4 P Escape c")
        #expect(e.place.hasSuffix("grid"))
        let people = explorer(Self.size, keys: "4 P")
        #expect(people.state.top.chosen(env: people.env).caseID?.rawValue == "casablanca")
    }
}

/// The people in print and in the handouts.
@Suite struct PeopleExportTests {
    @Test func printListsEveryoneBySideWithTheirRoles() {
        let text = PlainTextDocument(content: shippedContent, width: 80).people()
        let everyone = People.everyone(shippedContent)
        #expect(text.hasPrefix("PEOPLE: \(everyone.count), BY SIDE"))
        #expect(text.contains("\n\nUNITED STATES\n") && text.contains("\n\nMEXICO\n") && text.contains("\n\nOTHERS\n"))
        #expect(text.contains("Drug Enforcement Administration (DEA) · cases 1, 2, 3, 5"))
        for person in everyone {
            for role in person.roles {
                #expect(text.contains("Case \(role.caseNumber), \(role.caseTitle): \(role.role.prefix(30))"), "\(person.name)")
            }
        }
        #expect(!text.split(separator: "\n").contains { TextWidth.columns(of: $0) > 80 })
    }

    @Test func aWholeHandoutEndsWithEveryoneAndACaseHandoutWithItsPeople() throws {
        let all = Handout(content: shippedContent, subject: .everything)
        let people = try #require(all.parts.last)
        #expect(people.kind == .people && people.heading == "People")
        #expect(people.divisions.map(\.heading) == ["United States", "Mexico", "Others"])
        let leyenda = try #require(shippedContent.findCase("3"))
        let one = Handout(content: shippedContent, subject: .case(leyenda))
        let theirs = try #require(one.parts.last)
        #expect(theirs.heading == "People of Case 3 · Leyenda" && theirs.key == "leyenda-people")
        guard case .terms(let entries)? = theirs.divisions.first?.blocks.first else { Issue.record("no entries"); return }
        let dea = entries.first { $0.term.hasPrefix("Drug Enforcement Administration") }
        // All four cases named, only Leyenda's role told.
        #expect(dea?.term.hasSuffix("cases 1, 2, 3, 5") == true)
        #expect(dea?.paragraphs.count == 1 && dea?.paragraphs.first?.hasPrefix("Case 3, Leyenda:") == true)
        // One stage of a case is not a place for the people.
        #expect(Handout(content: shippedContent, subject: .case(leyenda), stage: "outcome").parts.count == 1)
        let markdown = MarkdownDocument(all).text
        #expect(markdown.contains("## People") && markdown.contains("### Mexico"))
    }
}
