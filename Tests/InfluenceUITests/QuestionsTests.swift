import Testing
import InfluenceContent
import InfluenceExport
@testable import InfluenceUI

/// The discussion questions: chosen by keys or the mouse, opened at their case's outcome.
@Suite struct QuestionsTests {
    func chosen(_ e: Explorer) -> Int? {
        if let m = (e.state.top).model(as: QuestionsModel.self) { return m.selection }
        return nil
    }

    @Test func aClickChoosesAQuestionAndASecondOpensItsCase() throws {
        let e = explorer(Size(width: 100, height: 30), keys: "d")
        let rows = e.frame().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let second = try #require(shippedContent.cases.first?.questions.dropFirst().first)
        let y = try #require(rows.firstIndex { $0.contains("2. " + second.prefix(20)) }, "\(rows)")
        e.mouse(MouseEvent(.click, x: 10, y: y))
        #expect(chosen(e) == 1)
        #expect(e.frame().text.split(separator: "\n")[y].hasPrefix("  ▌"))
        e.mouse(MouseEvent(.click, x: 10, y: y))
        let outcome = try #require(shippedContent.cases[0].stages.firstIndex { $0.stage == "outcome" })
        #expect(e.place == "questions > \(shippedContent.cases[0].id) \(outcome + 1)")
    }
}

/// Polls stand beside the questions: every case has one, each listed with its options lettered,
/// in the explorer, in print and in the handouts; which option the article supports is not shown.
@Suite struct PollsShownTests {
    @Test func everyCaseHasAPollThatAClassWouldVoteOn() {
        for c in shippedContent.cases { #expect(!c.polls.isEmpty, "\(c.id)") }
    }

    @Test func theQuestionsScreenListsEachPollWithItsOptions() throws {
        let leyenda = try #require(shippedContent.findCase("3")?.polls.first)
        let e = explorer(Size(width: 100, height: 30), keys: "d 3")
        for _ in 0..<shippedContent.cases[2].questions.count { e.press(.char("j")) }
        let text = e.frame().text
        #expect(text.contains("Discussion questions and polls"))
        #expect(text.contains("Poll: " + leyenda.prompt))
        for (j, option) in leyenda.options.enumerated() { #expect(text.contains("\(Poll.letter(j))) \(option)"), "\(option)") }
        // A poll is chosen like a question, and Enter opens its case at the outcome.
        e.press(.enter)
        #expect(e.place.hasPrefix("questions > leyenda 7"), "\(e.place)")
    }

    @Test func printAndTheHandoutsListThePollsButNotTheArticlesAnswer() throws {
        let casablanca = try #require(shippedContent.findCase("4"))
        let poll = try #require(casablanca.polls.first)
        let printed = PlainTextDocument(content: shippedContent, width: 200).questions()
        #expect(printed.contains("  Poll: " + poll.prompt))
        #expect(printed.contains("    b) " + poll.options[1]))
        let markdown = MarkdownDocument(Handout(content: shippedContent, subject: .case(casablanca))).text
        #expect(markdown.contains("**Poll:** " + poll.prompt))
        #expect(markdown.contains("- a) " + poll.options[0]))
        for text in [printed, markdown] { #expect(!text.contains(poll.why ?? "—"), "the article's answer is kept for the reveal") }
    }
}
