import InfluenceContent
import InfluenceText

/// Where a piece of searchable text is shown, and so what opens to show a hit in it.
public enum SearchPlace: Hashable, Sendable {
    /// A reading page: a block of text in the main pane (its anchor's block), or an item of the side
    /// pane (a quotation or a note).
    case page(ReadingSubject, step: Int, pane: Pane, part: Int)
    /// A dated event of a case, by its position in the case's events.
    case event(CaseID, Int)
    /// A glossary term, by id.
    case term(String)
    /// A source the article cites, by id.
    case source(String)
}

/// One place's text, as shown, and folded for matching.
struct SearchEntry: Sendable {
    var place: SearchPlace
    /// Where it is, in words: "Leyenda › 6 Resource transfer · note".
    var label: String
    var text: String
    /// `text` folded (`TextFolding`), as UTF-8 bytes.
    var folded: [UInt8]

    init(place: SearchPlace, label: String, text: String) {
        self.place = place
        self.label = label
        self.text = text
        folded = TextFolding.foldedBytes(text)
    }
}

/// A match: which entry, where in its folded text (bytes), and which match it is within the entry.
public struct SearchHit: Equatable, Sendable {
    var entry: Int
    var offset: Int
    var byteCount: Int
    var ordinal: Int
}

/// Everything a user can read, once, folded for case- and accent-insensitive search: every reading
/// page's text, quotations (with who said them), notes and figures as the pages show them, and the
/// timeline's events, the glossary and the sources.
final class SearchIndex: Sendable {
    let entries: [SearchEntry]

    init(env: Environment) {
        var entries: [SearchEntry] = []
        let content = env.content, g = env.glyphs
        // Pages laid out so wide that a block is one line per paragraph.
        let layout = ReadingLayout(area: Rect(x: 0, y: 0, width: 100_000, height: 100))
        let builder = PageBuilder(env: env, layout: layout)
        var subjects: [(ReadingSubject, String)] = [(.argument, "The argument")]
        subjects += content.cases.map { (.case($0.caseID), "Case \($0.number) \($0.shortTitle)") }
        for (subject, name) in subjects {
            for step in 0..<PageBuilder.stepCount(for: subject, content: content) {
                guard let page = builder.page(for: subject, step: step, labels: env.labels(for: subject, step: step)),
                      page.steps.indices.contains(step) else { continue }
                let where_ = "\(name) \(g.crumb) \(page.steps[step].number) \(page.steps[step].title)"
                var blocks: [Int: [String]] = [:]
                var order: [Int] = []
                for line in page.main where !line.spans.isEmpty {
                    if blocks[line.anchor.block] == nil { order.append(line.anchor.block) }
                    blocks[line.anchor.block, default: []].append(line.text)
                }
                for block in order {
                    let text = (blocks[block] ?? []).joined(separator: " ")
                    entries.append(SearchEntry(place: .page(subject, step: step, pane: .main, part: block),
                                               label: where_, text: text))
                }
                for (i, item) in page.sideItems.enumerated() {
                    let text = page.side[item.firstLine..<(item.firstLine + item.lineCount)].map(\.text).joined(separator: " ")
                    let kind: String
                    switch item.target {
                    case .quotation: kind = "quotation"
                    case .note: kind = "note"
                    }
                    entries.append(SearchEntry(place: .page(subject, step: step, pane: .side, part: i),
                                               label: "\(where_) \(g.dot) \(kind)", text: text))
                }
            }
        }
        for c in content.cases {
            let labels = env.labels(for: .case(c.caseID))
            for (i, event) in c.events.enumerated() {
                let text = "\(event.date) \(labels.render(event.text))"
                entries.append(SearchEntry(place: .event(c.caseID, i), label: "Timeline \(g.dot) \(c.shortTitle)", text: text))
            }
        }
        for term in content.glossary {
            var text = term.term + (term.expansion.map { " (\($0))" } ?? "") + ": " + term.definition
            if let background = term.background { text += " " + Background.labelled(background) }
            entries.append(SearchEntry(place: .term(term.id), label: "Glossary", text: text))
        }
        for source in content.sources {
            let text = source.shortCitation + (source.note.map { ". " + $0 } ?? "")
            entries.append(SearchEntry(place: .source(source.id), label: "Sources", text: text))
        }
        self.entries = entries
    }

    /// Every match of `query` (folded), in reading order, at most `limit`. A query that starts or
    /// ends with a digit matches whole numbers only there: "footnote 2" does not find "footnote 20".
    func hits(for query: String, limit: Int = 5000) -> [SearchHit] {
        let needle = TextFolding.fold(query).bytes
        guard let first = needle.first else { return [] }
        let isDigit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
        let digitStart = isDigit(first), digitEnd = needle.last.map(isDigit) ?? false
        var hits: [SearchHit] = []
        for (e, entry) in entries.enumerated() {
            let bytes = entry.folded
            guard bytes.count >= needle.count else { continue }
            var ordinal = 0
            var i = 0
            let last = bytes.count - needle.count
            while i <= last {
                if bytes[i] == first, matches(needle, in: bytes, at: i),
                   !(digitStart && i > 0 && isDigit(bytes[i - 1])),
                   !(digitEnd && i + needle.count < bytes.count && isDigit(bytes[i + needle.count])) {
                    hits.append(SearchHit(entry: e, offset: i, byteCount: needle.count, ordinal: ordinal))
                    ordinal += 1
                    if hits.count >= limit { return hits }
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return hits
    }

    /// The characters of its entry's text a hit covers.
    func characters(of hit: SearchHit) -> Range<Int> {
        let index = TextFolding.fold(entries[hit.entry].text).characterIndex
        guard index.indices.contains(hit.offset), index.indices.contains(hit.offset + hit.byteCount - 1) else { return 0..<0 }
        return index[hit.offset]..<(index[hit.offset + hit.byteCount - 1] + 1)
    }

    private func matches(_ needle: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        var k = 1
        while k < needle.count {
            if bytes[start + k] != needle[k] { return false }
            k += 1
        }
        return true
    }
}
