import InfluenceContent
import InfluenceText

extension PlainTextDocument {
    /// Every case's discussion questions, case by case.
    public func questions() -> String {
        var out = wrap("DISCUSSION QUESTIONS")
        for c in content.cases where !c.questions.isEmpty || !c.polls.isEmpty {
            out.append("")
            out += wrap("CASE \(c.number) · \(c.title.uppercased()) (\(c.years))")
            out += questionLines(c, heading: false)
        }
        return out.joined(separator: "\n")
    }

    /// One case's questions, numbered, under a heading unless `heading` is false.
    public func questionLines(_ c: Case, heading: Bool = true) -> [String] {
        var out = heading ? wrap("Discussion questions") : []
        for (i, question) in c.questions.enumerated() {
            let number = "  \(i + 1). "
            out += wrap(question, first: number, rest: String(repeating: " ", count: TextWidth.columns(of: number)))
        }
        for poll in c.polls {
            out += wrap(poll.prompt, first: "  Poll: ", rest: "        ")
            for (j, option) in poll.options.enumerated() {
                out += wrap(option, first: "    \(Poll.letter(j))) ", rest: "       ")
            }
        }
        return out
    }
}
