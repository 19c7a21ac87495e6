import Foundation
import Testing
@testable import InfluenceContent

/// Polls: a prompt and two to six options beside a case's questions, checked by `validate`.
@Suite struct PollValidationTests {
    static func fixture(_ polls: String) -> ContentFixture {
        var f = ContentFixture.minimal()
        f.replace("cases/1-alpha.yaml", "events:\n", with: "polls:\n\(polls)events:\n")
        return f
    }

    @Test func aPollWithItsOptionsAndTheArticlesAnswerLoads() throws {
        let f = Self.fixture("""
          - id: power
            prompt: Which did Mexico rely on most here?
            options: [Material power, Social power]
            supported: 2
            why: The article says Mexico leaned on social power.

        """)
        #expect(try f.problems() == [])
        let content = try ContentLoader.loadValidated(directory: try f.write(), displayPath: "F").get()
        let poll = try #require(content.cases.first?.polls.first)
        #expect(poll.options == ["Material power", "Social power"] && poll.supportedOption == "Social power")
        #expect(Poll.letter(0) == "a" && Poll.letter(5) == "f")
    }

    @Test(arguments: [
        ("options: [Only one]", "a poll needs 2 to 6 options, not 1"),
        ("options: [a, b, c, d, e, f, g]", "a poll needs 2 to 6 options, not 7"),
        ("options: [Yes, yes]", "the option \"yes\" is given twice in this poll"),
        ("options: [Yes, No]\n    supported: 3\n    why: Because.", "\"supported\" is 3, but this poll has 2 options; give the number of the option the article supports (1–2)"),
        ("options: [Yes, No]\n    why: Because.", "\"why\" says why the article supports an option: give that option's number in \"supported\""),
        ("options: [Yes, No]\n    supported: 1", "a poll that names the option the article supports says why in \"why\", from the article"),
    ])
    func aBrokenPollSaysWhatIsWrongAndWhere(body: String, message: String) throws {
        let f = Self.fixture("  - id: p\n    prompt: Which?\n    \(body)\n")
        let problems = try f.problems()
        #expect(problems.count == 1 && problems[0].hasPrefix("F/cases/1-alpha.yaml:") && problems[0].hasSuffix("error: " + message), "\(problems)")
    }

    @Test func twoPollsOfACaseCannotShareAnID() throws {
        let f = Self.fixture("  - id: p\n    prompt: One?\n    options: [Yes, No]\n  - id: p\n    prompt: Two?\n    options: [Yes, No]\n")
        let at = f.position(of: "p\n    prompt: Two?", in: "cases/1-alpha.yaml")
        #expect(try f.problems() == ["F/cases/1-alpha.yaml:\(at.line):\(at.column): error: the poll id \"p\" is used twice in this case"])
    }
}
