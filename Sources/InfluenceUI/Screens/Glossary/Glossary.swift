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
    static func searchWords(_ term: Term) -> [String] {
        var names: [String] = []
        for name in term.term.split(separator: "/") {
            var outside = "", inside = ""
            var depth = 0
            for ch in name {
                if ch == "(" { depth += 1; continue }
                if ch == ")" { depth = max(0, depth - 1); continue }
                if depth > 0 { inside.append(ch) } else { outside.append(ch) }
            }
            names.append(outside)
            // A bracketed name, not a bracketed year.
            if inside.contains(where: \.isLetter) { names.append(inside) }
        }
        if let expansion = term.expansion { names.append(expansion) }
        return names.map { TextFolding.foldedString($0).split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
    }

    /// The first place that uses the term as whole words (a plural too): in the cases, case by case
    /// and stage by stage, each stage's summaries, quotations, figures and notes; then in the
    /// argument, section by section. Each of the term's names is tried everywhere before its
    /// expansion. Nil when nothing uses it.
    static func firstMention(of term: Term, content: Content) -> Place? {
        var texts: [(place: Place, text: String)] = []
        for c in content.cases {
            for (step, stage) in c.stages.enumerated() {
                let place = Place(subject: .case(c.caseID), step: step)
                for part in stage.parts {
                    var words = [plain(part.summary)]
                    words += part.quotations.map(\.text) + part.figures.map(\.measures)
                    words += content.notes(for: part).map(\.context)
                    texts += words.map { (place, $0) }
                }
            }
        }
        for (step, section) in ArgumentSection.allCases.enumerated() {
            let parts = section.parts(in: content)
            var words = parts.texts.map(plain) + parts.quotations.map(\.text)
            if section == .rivals { words += content.article.rivals.map(\.name) }
            texts += words.map { (Place(subject: .argument, step: step), $0) }
        }
        let folded = texts.map { TextFolding.foldedString($0.text) }
        for words in searchWords(term) {
            if let found = folded.indices.first(where: { Glossary.containsWords(folded[$0], words) }) {
                var place = texts[found].place
                place.focus = .words(words)
                return place
            }
        }
        return nil
    }

    /// Whether folded `query` stands in folded `text` as whole words, or as their plural: "dea" in
    /// "the dea's agents", "dto" in "dtos", not "dea" in "ideas". Both must be folded already.
    public static func containsWords(_ text: String, _ query: String) -> Bool {
        guard !query.isEmpty else { return false }
        let haystack = Array(text), needle = Array(query)
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            guard haystack[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            let before = start == 0 ? nil : haystack[start - 1]
            var end = start + needle.count
            if end < haystack.count, haystack[end] == "s" { end += 1 }
            let after = end < haystack.count ? haystack[end] : nil
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
        }
        return false
    }

    static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }

    /// Text without its note markers.
    static func plain(_ marked: String) -> String {
        MarkedText(marked).segments.map { segment -> String in
            if case .text(let t) = segment { return t }
            return ""
        }.joined()
    }
}
