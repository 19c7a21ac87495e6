import InfluenceContent

/// The glossary's matching and look-ups, apart from how they are drawn.
public enum Glossary {
    /// The positions in `content.glossary` of the terms whose term, expansion or definition contains
    /// `filter`, ignoring case and accents ("merida" finds "Mérida"): first the terms whose name
    /// begins with it, then those whose name contains it, then those whose expansion does, then the
    /// rest, each group in the glossary's order. Every term, in order, for an empty filter.
    public static func matching(_ content: Content, filter: String) -> [Int] {
        let query = TextFolding.foldedString(filter)
        guard !query.isEmpty else { return Array(content.glossary.indices) }
        var groups: [[Int]] = [[], [], [], []]
        for (i, term) in content.glossary.enumerated() {
            let name = TextFolding.foldedString(term.term)
            if name.hasPrefix(query) {
                groups[0].append(i)
            } else if TextTools.contains(name, query) {
                groups[1].append(i)
            } else if TextTools.contains(TextFolding.foldedString(term.expansion ?? ""), query) {
                groups[2].append(i)
            } else if TextTools.contains(TextFolding.foldedString(term.definition), query) {
                groups[3].append(i)
            }
        }
        return groups.flatMap { $0 }
    }

    /// The words a term is found by in the text, folded: each name of the term ("certification /
    /// recertification" is two; "USAID (AID)" is USAID and AID; "Mérida Agreement (1999)" is
    /// "merida agreement"), then its expansion.
    public static func searchWords(_ term: Term) -> [String] {
        var names = term.term.split(separator: "/").flatMap { TextFolding.names(in: String($0)) }
        if let expansion = term.expansion { names.append(expansion) }
        return names.map { TextFolding.foldedString($0).split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
    }
}
