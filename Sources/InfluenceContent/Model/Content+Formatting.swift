/// Words for citations, attributions and notes, shared by the screen and plain-text output.
extension Content {
    /// "Craig, 1980b, p. 567", or "cited in Hinojosa, 2007" for a second-hand quotation.
    public func describe(_ citation: Citation) -> String {
        var text = source(id: citation.source)?.shortCitation ?? citation.source
        if let pages = citation.pages {
            text += pages.contains("–") ? ", pp. \(pages)" : ", p. \(pages)"
        }
        return citation.citedIn ? "cited in \(text)" : text
    }

    /// Several citations joined as the article joins them: "Kosmetatos, 1998, p. 1083; Zaid, 1997".
    public func describe(_ citations: [Citation]) -> String {
        citations.map(describe).joined(separator: "; ")
    }

    /// "Walker (Scholar whose work the article cites), 1992. Source: Walker, 1992."
    public func attribution(of quote: Quotation, labels: NoteLabels) -> String {
        var text = "\(quote.by) (\(quote.role)), \(quote.when)."
        var sources: [String] = []
        if !quote.cites.isEmpty { sources.append(describe(quote.cites)) }
        sources += quote.notes.map { "note [\(labels[$0])]" }
        text += sources.isEmpty ? " The article gives no source." : " Source: \(sources.joined(separator: "; "))."
        return text
    }

    /// The note with this id, wherever it is defined.
    public func note(id: String) -> Note? {
        // Searched in place: `allNotes` would build a new array on every lookup.
        if let note = article.notes.first(where: { $0.id == id }) { return note }
        for c in cases {
            if let note = c.notes.first(where: { $0.id == id }) { return note }
        }
        return nil
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
        var when: [String] = []
        if let year = figure.year { when.append(String(year)) }
        if let period = figure.period { when.append(period) }
        var sources: [String] = []
        if !figure.cites.isEmpty { sources.append(describe(figure.cites)) }
        sources += figure.notes.map { "note [\(labels[$0])]" }
        var tail = when.joined(separator: ", ")
        if !sources.isEmpty { tail += (tail.isEmpty ? "" : "; ") + sources.joined(separator: "; ") }
        return "\(figure.display): \(figure.measures)" + (tail.isEmpty ? "" : " (\(tail))")
    }

    /// The notes a stage part refers to, in order of first reference, each once.
    public func notes(for part: StagePart) -> [Note] {
        var ids: [String] = []
        for id in MarkedText(part.summary).markers + part.quotations.flatMap(\.notes) + part.figures.flatMap(\.notes)
        where !ids.contains(id) { ids.append(id) }
        return ids.compactMap { note(id: $0) }
    }
}
