import InfluenceContent
import InfluenceText

extension People {
    /// Where a person first acts: their first case, at the first stage whose text or quotations
    /// name them (by any of their names), with that line brought into view; else the case's first stage.
    static func firstPlace(of person: Person, content: Content) -> Place? {
        guard let first = person.roles.first, let c = content.case(first.caseID) else { return nil }
        let names = TextFolding.names(in: person.name)
            .map { TextFolding.foldedString($0).split(separator: " ").joined(separator: " ") }
            .filter { $0.count >= 3 }
        for (step, stage) in c.stages.enumerated() {
            for part in stage.parts {
                let texts = [part.summary] + part.quotations.map(\.text)
                for text in texts {
                    let folded = TextFolding.foldedString(text)
                    if let name = names.first(where: { TextTools.contains(folded, $0) }) {
                        return Place(subject: .case(c.caseID), step: step, focus: .words(name))
                    }
                }
            }
        }
        return Place(subject: .case(c.caseID), step: 0)
    }
}
