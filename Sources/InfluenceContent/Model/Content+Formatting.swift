/// Words for citations, attributions and notes, shared by the screen and plain-text output.
extension Content {
    /// "Craig, 1980b, p. 567", or "cited in Hinojosa, 2007" for a second-hand quotation.
    public func describe(_ citation: Citation) -> String {
        var text = source(id: citation.source)?.shortCitation ?? citation.source
        if let pages = citation.pages {
            text += TextTools.contains(pages, "–") ? ", pp. \(pages)" : ", p. \(pages)"
        }
        return citation.citedIn ? "cited in \(text)" : text
    }

    /// Several citations joined as the article joins them: "Kosmetatos, 1998, p. 1083; Zaid, 1997".
    public func describe(_ citations: [Citation]) -> String {
        citations.map(describe).joined(separator: "; ")
    }

    /// Who said the words, once and briefly: "Richard Nixon, president of the United States, September
    /// 1969. Source: note [9]." A role that repeats the name and a date that only says "the article"
    /// are left out; an author quoted from the work cited ("Author of the work the article cites…") is just
    /// the citation: "Walker, 1992."
    public func attribution(of quote: Quotation, labels: NoteLabels) -> String {
        var sources: [String] = []
        if !quote.cites.isEmpty { sources.append(describe(quote.cites)) }
        sources += quote.notes.map { "note " + labels.marker($0) }
        let role = quote.role.lowercased()
        let scholarsOwnWork = (role.hasPrefix("author") || role.hasPrefix("scholar")) && TextTools.contains(role, "the article cites")
            && quote.cites.count == 1 && quote.cites.contains { citation in
                guard let source = source(id: citation.source), !citation.citedIn else { return false }
                return (quote.by == source.author || quote.by.hasSuffix(" " + source.author)) && quote.when == source.year
            }
        if scholarsOwnWork { return sources.joined(separator: "; ") + "." }
        var head = [quote.by]
        if !Self.repeats(quote.role, quote.by) { head.append(Self.lowercasingFirstWord(quote.role)) }
        let when = quote.when.lowercased()
        if when != "the article", !when.hasPrefix("the article gives no") { head.append(quote.when) }
        var text = head.joined(separator: ", ") + "."
        if !sources.isEmpty {
            text += " Source: \(sources.joined(separator: "; "))."
        } else if !TextTools.contains(quote.by.lowercased(), "article") {
            text += " No source given."
        }
        return text
    }

    /// Whether `role` only says again what `name` says ("authors of the article" for "The article's authors").
    static func repeats(_ role: String, _ name: String) -> Bool {
        let minor: Set<String> = ["the", "of", "a", "an", "and", "in", "on", "to", "by"]
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter }.map { $0.hasSuffix("s") && $0.count > 3 ? String($0.dropLast()) : String($0) }
                .filter { !minor.contains($0) && $0 != "s" })
        }
        let roleWords = words(role), nameWords = words(name)
        return !roleWords.isEmpty && roleWords.isSubset(of: nameWords)
    }

    /// "Head of the DEA" → "head of the DEA", "A passage" → "a passage", to follow a comma; a first
    /// word in capitals (US) or a people's name (Mexican) stays as it is.
    static func lowercasingFirstWord(_ text: String) -> String {
        guard let end = text.firstIndex(of: " ") else { return text }
        let word = text[..<end]
        let keep: Set<Substring> = ["Mexican", "American", "Mexico", "Washington"]
        guard let first = word.first, first.isUppercase, word.dropFirst().allSatisfy(\.isLowercase),
              !keep.contains(word) else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// A note in full: footnote label, our context, labelled background, and its sources.
    public func describe(_ note: Note) -> String {
        var parts: [String] = []
        if let label = note.footnoteLabel { parts.append(label.prefix(1).uppercased() + label.dropFirst() + ".") }
        parts.append(note.context)
        if let background = note.background { parts.append(Background.labelled(background)) }
        if !note.cites.isEmpty { parts.append("Sources: \(describe(note.cites)).") }
        return parts.joined(separator: " ")
    }

    /// "$17 million: value of the Huey helicopters … (1990; Hinojosa, 2007, p. 27)".
    public func describe(_ figure: Figure, labels: NoteLabels) -> String {
        var tail = figure.when
        var sources: [String] = []
        if !figure.cites.isEmpty { sources.append(describe(figure.cites)) }
        sources += figure.notes.map { "note " + labels.marker($0) }
        if !sources.isEmpty { tail += (tail.isEmpty ? "" : "; ") + sources.joined(separator: "; ") }
        return "\(figure.amount): \(figure.measures)" + (tail.isEmpty ? "" : " (\(tail))")
    }

    /// The notes a stage part refers to, in order of first reference, each once.
    public func notes(for part: StagePart) -> [Note] {
        var ids: [String] = []
        for id in MarkedText.markers(in: part.summary) + part.quotations.flatMap(\.notes) + part.figures.flatMap(\.notes)
        where !ids.contains(id) { ids.append(id) }
        return ids.compactMap { note(id: $0) }
    }
}

extension Figure {
    /// The number with its unit, unless the article's wording or what the figure measures says it
    /// already: "175 kilograms", "three banks", but "$1.5 billion", "eight days", "up to 70 per cent",
    /// and "250" for "American and Mexican officials involved in Operation Alliance".
    public var amount: String {
        let shown = display.lowercased(), measured = measures.lowercased()
        if TextTools.contains(unit.lowercased(), "dollar") && TextTools.contains(shown, "$") { return display }
        let minor: Set<String> = ["per", "of", "us", "the", "a"]
        let unitWords = unit.lowercased().split(separator: " ").filter { $0.count >= 3 && !minor.contains(String($0)) }
        if unitWords.contains(where: { TextTools.contains(shown, String($0.prefix(4))) }) { return display }
        if !unitWords.isEmpty, unitWords.allSatisfy({ TextTools.contains(measured, String($0.prefix(4))) }) { return display }
        return "\(display) \(unit)"
    }

    /// When: the year and the period the content gives, "1986" or "first 18 months of Operation Alliance".
    public var when: String {
        [year.map(String.init), period].compactMap { $0 }.joined(separator: ", ")
    }
}
