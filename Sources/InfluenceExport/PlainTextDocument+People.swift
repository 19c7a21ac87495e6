import InfluenceContent
import InfluenceText

extension PlainTextDocument {
    /// Everyone the cases name, once, by side: each with the cases they act in and their role in each.
    public func people() -> String {
        let everyone = People.everyone(content)
        var out = wrap("PEOPLE: \(everyone.count), BY SIDE")
        for side in People.sides {
            let shown = everyone.filter { $0.side == side.side }
            guard !shown.isEmpty else { continue }
            out += ["", ""] + wrap(side.heading.uppercased())
            for person in shown {
                let cases = person.roles.map { String($0.caseNumber) }
                out.append("")
                out += wrap("\(person.name) · \(cases.count == 1 ? "case" : "cases") \(cases.joined(separator: ", "))")
                for role in person.roles {
                    out += wrap("Case \(role.caseNumber), \(role.caseTitle): \(role.role)", first: "  ", rest: "    ")
                }
            }
        }
        return out.joined(separator: "\n")
    }
}
