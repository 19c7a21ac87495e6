import Foundation
import Testing
import InfluenceContent
@testable import InfluenceUI

/// Presenter mode: a case revealed a step at a time for a projector, with a timer.
@Suite struct PresenterTests {
    static let size = Size(width: 80, height: 24)

    func presenter(_ e: Explorer) -> PresenterModel? {
        if let m = (e.state.top).model(as: PresenterModel.self) { return m }
        return nil
    }

    @Test func opensOnTheCurrentCaseAndStageAndPLeavesItThere() throws {
        let e = explorer(Self.size, keys: "3 4 p")
        let p = try #require(presenter(e))
        #expect(p.caseID == CaseID("leyenda") && p.slide == 3 && p.revealed == 0)
        let text = e.frame().text
        #expect(text.hasPrefix(" Leyenda › ◆ Institutionalization"))
        #expect(text.contains("Case 3 · 4/7 · 0:00"))
        #expect(text.contains("Which formal agreements, bodies and rules came out of it?"), "the stage's question is the prompt")
        e.press(.char("p"))
        #expect(e.place == "leyenda 4")
    }

    /// Space reveals one unit at a time, then moves on; ← hides, then goes back a stage fully shown.
    @Test func spaceRevealsAndArrowsStep() throws {
        let e = explorer(Self.size, keys: "1 p")
        let units = try #require(presenter(e).flatMap { p in p.deck(env: e.env, area: e.state.area)?.slides[0].units.count })
        #expect(units >= 3)
        for n in 1...units {
            e.press(.char(" "))
            #expect(presenter(e)?.revealed == n)
        }
        e.press(.right)
        #expect(presenter(e)?.slide == 1 && presenter(e)?.revealed == 0)
        e.press(.left)
        #expect(presenter(e)?.slide == 0 && presenter(e)?.revealed == units)
        e.press(.backspace)
        #expect(presenter(e)?.revealed == units - 1)
    }

    /// After the outcome come the case's questions one at a time, then its line of the grid.
    @Test func afterTheOutcomeTheQuestionsThenTheGridLine() throws {
        let e = explorer(Self.size, keys: "1 p 7")
        let deck = try #require(presenter(e)?.deck(env: e.env, area: e.state.area))
        let intercept = try #require(shippedContent.case(CaseID("intercept")))
        #expect(deck.slides.count == intercept.stages.count + 2)
        #expect(deck.slides[7].units.count == intercept.questions.count)
        #expect(deck.slides[8].progress == "grid")
        for _ in 0...(deck.slides[6].units.count) { e.press(.char(" ")) }
        #expect(e.frame().text.contains("Case 1 · questions"))
        for _ in 0...(deck.slides[7].units.count) { e.press(.char(" ")) }
        e.press(.char(" "))
        let grid = e.frame().text
        #expect(grid.contains("Intercept in the comparison grid"))
        #expect(grid.contains("Seizures surge; both satisfied"))
    }

    /// At 80x24 every unit of every stage fits the screen with its prompt: nothing is cut.
    @Test func everyUnitFitsAt80x24() throws {
        let e = explorer(Self.size)
        let area = e.state.area
        let text = PresenterModel.textArea(area)
        for c in shippedContent.cases {
            let deck = PresenterDeck(case: c, env: e.env, width: text.width, height: text.height)
            for slide in deck.slides {
                for unit in slide.units {
                    #expect(slide.prompt.count + 1 + unit.count <= text.height,
                            "\(c.id) \(slide.title): a unit of \(unit.count) lines: \(unit.map(\.text).joined(separator: "|"))")
                }
            }
        }
        // And a long paragraph is split between sentences, never inside one.
        let sentences = PresenterDeck.sentences(of: "One sentence. Another “quoted.” Third one?[^n1] Yes.")
        #expect(sentences == ["One sentence.", "Another “quoted.”", "Third one?[^n1]", "Yes."])
    }

    @Test func aNoteMarkerShownOpensItsNote() {
        let e = explorer(Self.size, keys: "1 p Space . Enter")
        #expect(e.place == "intercept 1 > presenter > note")
        e.press(.escape)
        #expect(e.place == "intercept 1 > presenter")
    }

    /// The timer starts with the first key, redraws each second, pauses and resumes with t.
    @Test func theTimer() {
        let terminal = HeadlessTerminal(size: Self.size, script: [
            .key(.char("1")), .key(.char("p")), .wait(5), .key(.char(" ")), .wait(1), .wait(1),
            .key(.char("t")), .wait(30), .key(.char("t")), .wait(60), .key(.char("T")), .wait(2),
        ])
        _ = Explorer(content: shippedContent, size: Self.size).run(on: terminal)
        let headers = terminal.frames.map { $0.text.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(headers.contains { $0.hasSuffix("Case 1 · 1/7 · 0:02") }, "\(headers)")
        #expect(headers.contains { $0.hasSuffix("0:02 paused") })
        #expect(headers.contains { $0.hasSuffix("1:02") })
        #expect(headers.last?.hasSuffix("0:02") == true)
        // No redraws every second before the timer runs (the 5 s wait came before the first key).
        #expect(!headers.contains { $0.hasSuffix("0:05") })
    }

    /// A follower with another window size shows as far as the presenter has revealed: the reveal
    /// travels as where the last unit starts in the text, not as a count of units (a small window
    /// splits long paragraphs, a large one does not).
    @Test func aRevealMeansTheSameTextAtAnySize() throws {
        let small = explorer(Size(width: 60, height: 16), keys: "1 p Space Space Space")
        let shown = try #require(presenter(small))
        let deck = try #require(shown.deck(env: small.env, area: small.state.area))
        #expect(deck.slides[0].units.count > explorer(Size(width: 160, height: 48), keys: "1 p").state.top.presenterUnits(env: small.env),
                "the small window splits the stage into more units")
        let lastUnit = deck.slides[0].units[shown.revealed - 1].map(\.text).joined(separator: " ")
        let firstWords = String(lastUnit.split(separator: " ").prefix(4).joined(separator: " "))
        let position = small.state.position(env: small.env)
        let large = explorer(Size(width: 160, height: 48))
        var state = large.state
        state.go(to: position, env: large.env)
        let text = state.render(env: large.env).buffer.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(text.contains(firstWords), "the follower shows the presenter's last words: \(firstWords)")
        // ... and no further: nothing of the next paragraph, quotation or figure.
        let lastSource = deck.slides[0].origins[shown.revealed - 1] / 1000
        let next = try #require(deck.slides[0].origins.firstIndex { $0 / 1000 > lastSource })
        let nextWords = deck.slides[0].units[next].map(\.text).joined(separator: " ").split(separator: " ").prefix(5).joined(separator: " ")
        #expect(!text.contains(nextWords), "the follower is ahead of the presenter: \(nextWords)")
        // And back at the same size it is exactly the same place.
        var again = small.state
        again.go(to: position, env: small.env)
        if let p = (again.top).model(as: PresenterModel.self) { #expect(p.revealed == shown.revealed) } else { Issue.record("not presenting") }
    }
}

extension Screen {
    /// How many units the first slide of a presenter screen has (0 for other screens).
    func presenterUnits(env: Environment) -> Int {
        guard let p = (self).model(as: PresenterModel.self) else { return 0 }
        return p.deck(env: env, area: Rect(x: 0, y: 0, width: 160, height: 47))?.slides[0].units.count ?? 0
    }
}
