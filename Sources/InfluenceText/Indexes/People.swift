import InfluenceContent

/// One person or body the cases name, once however many cases it acts in: its name, its side, and
/// its role in each case, in the cases' order.
public struct Person: Equatable, Sendable {
    /// The name as its first case writes it.
    public var name: String
    public var side: Side
    /// Each case the person acts in, with the role there.
    public var roles: [(caseID: CaseID, caseNumber: Int, caseTitle: String, role: String)]

    public static func == (a: Person, b: Person) -> Bool {
        a.name == b.name && a.side == b.side
            && a.roles.elementsEqual(b.roles) { $0.caseID == $1.caseID && $0.role == $1.role }
    }
}

/// The people of the content, gathered from every case's actors: each once (names that differ only
/// in case or accents are the same person), grouped by side (the United States, Mexico, others),
/// by name within a side.
public enum People {
    /// The sides in the order they are listed, each with its heading.
    public static let sides: [(side: Side, heading: String)] = [
        (.us, "United States"), (.mexico, "Mexico"), (.other, "Others"),
    ]

    /// Everyone, grouped by side in `sides`' order, by name (folded) within a side.
    public static func everyone(_ content: Content) -> [Person] {
        var people: [Person] = []
        var index: [String: Int] = [:]
        for c in content.cases {
            for actor in c.actors {
                let key = "\(actor.side.rawValue) \(TextFolding.foldedString(actor.name))"
                let role = (caseID: c.caseID, caseNumber: c.number, caseTitle: c.shortTitle, role: actor.role)
                if let at = index[key] {
                    // Named twice in one case: both roles stand, as the case gives them.
                    people[at].roles.append(role)
                } else {
                    index[key] = people.count
                    people.append(Person(name: actor.name, side: actor.side, roles: [role]))
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: sides.enumerated().map { ($0.element.side, $0.offset) })
        return people.enumerated().sorted { a, b in
            let (sa, sb) = (order[a.element.side] ?? 0, order[b.element.side] ?? 0)
            if sa != sb { return sa < sb }
            let (na, nb) = (TextFolding.foldedString(a.element.name), TextFolding.foldedString(b.element.name))
            return na != nb ? na < nb : a.offset < b.offset
        }.map(\.element)
    }

    /// The people whose name or role in some case contains `filter` (any case, any accents), in
    /// `everyone`'s order; with `caseID`, only those who act in that case. Names that begin with
    /// the filter do not come first: the list stays grouped by side.
    public static func matching(_ people: [Person], filter: String, caseID: CaseID? = nil) -> [Int] {
        let query = TextFolding.foldedString(filter)
        return people.indices.filter { i in
            let person = people[i]
            if let caseID, !person.roles.contains(where: { $0.caseID == caseID }) { return false }
            guard !query.isEmpty else { return true }
            return TextTools.contains(TextFolding.foldedString(person.name), query)
                || person.roles.contains { TextTools.contains(TextFolding.foldedString($0.role), query) }
        }
    }
}
