import InfluenceContent

/// One place where the article cites a source: where it is, the pages, how (in a quotation, a
/// figure or a note) and what opens it.
public struct Citing: Hashable, Sendable {
    enum Via: Hashable, Sendable {
        case quotation, figure
        /// A note, by its marker as the place shows it: "[20]".
        case note(String)
    }

    /// What opening the place opens.
    public enum Target: Hashable, Sendable {
        /// A case at a stage, or a section of the argument.
        case place(Place)
        /// An event on the timeline (an index into `Timeline.entries`).
        case event(Int)
    }

    /// "Case 3 · Leyenda › 6 Resource transfer", "The argument › Influence".
    public var place: String
    var pages: String?
    public var citedIn: Bool
    var via: Via
    public var target: Target

    /// "p. 49", "pp. 49–50".
    public var pagesText: String? {
        pages.map { $0.contains("–") || $0.contains("-") ? "pp. \($0)" : "p. \($0)" }
    }

    /// "note [20]", "quotation", "figure".
    public var viaText: String {
        switch via {
        case .quotation: return "quotation"
        case .figure: return "figure"
        case .note(let marker): return "note \(marker)"
        }
    }

    /// The whole place in words: "Case 3 · Leyenda › 6 Resource transfer, p. 49 · note [20]",
    /// with "· cited in" when the article found the words in this work.
    public func text(glyphs: Glyphs) -> String {
        var text = place + (pagesText.map { ", " + $0 } ?? "") + " \(glyphs.dot) " + viaText
        if citedIn { text += " \(glyphs.dot) cited in" }
        return text
    }
}

/// A source and every place the article cites it.
public struct SourceEntry: Equatable, Sendable {
    public var source: Source
    public var places: [Citing]
}

/// Every source with its places, gathered from every citation in the content.
public enum SourceIndex {
    /// The sources by author, then year, each with its places in reading order: the argument's
    /// sections, then each case stage by stage, then its timeline. A note's citations stand
    /// wherever its marker does.
    public static func entries(_ content: Content, glyphs g: Glyphs) -> [SourceEntry] {
        var places: [String: [Citing]] = [:]
        // The places already given for each source: a source cited in every case has a place in each.
        var seen: [String: Set<Citing>] = [:]
        func add(_ cites: [Citation], at place: String, via: Citing.Via, target: Citing.Target) {
            for citation in cites {
                let citing = Citing(place: place, pages: citation.pages, citedIn: citation.citedIn, via: via, target: target)
                if seen[citation.source, default: []].insert(citing).inserted { places[citation.source, default: []].append(citing) }
            }
        }

        let argumentLabels = NoteLabels(argumentOf: content)
        for (step, section) in ArgumentSection.allCases.enumerated() {
            let place = "The argument \(g.crumb) \(section.shortTitle)"
            let parts = section.parts(in: content)
            for quote in parts.quotations {
                add(quote.cites, at: place, via: .quotation, target: .place(Place(subject: .argument, step: step)))
            }
            for id in unique(parts.texts.flatMap { MarkedText.markers(in: $0) } + parts.quotations.flatMap(\.notes)) {
                guard let note = content.note(id: id) else { continue }
                add(note.cites, at: place, via: .note(argumentLabels.marker(id)),
                    target: .place(Place(subject: .argument, step: step, focus: .note(NoteID(id)))))
            }
        }

        // Each case's events with their places on the timeline, in timeline order.
        var events: [[(index: Int, entry: TimelineEntry)]] = Array(repeating: [], count: content.cases.count)
        for (index, entry) in Timeline.entries(content).enumerated() { events[entry.caseIndex].append((index, entry)) }
        for (caseIndex, c) in content.cases.enumerated() {
            let labels = NoteLabels(case: c, in: content)
            let caseName = "Case \(c.number) \(g.dot) \(c.shortTitle)"
            for (step, caseStage) in c.stages.enumerated() {
                let stage = content.stage(id: caseStage.stage)
                let place = caseName + " \(g.crumb) " + (stage.map { "\($0.number) \($0.title)" } ?? caseStage.stage)
                let here = Place(subject: .case(c.caseID), step: step)
                for part in caseStage.parts {
                    for quote in part.quotations { add(quote.cites, at: place, via: .quotation, target: .place(here)) }
                    for figure in part.figures {
                        var at = here
                        at.focus = .words(TextFolding.foldedString(figure.amount))
                        add(figure.cites, at: place, via: .figure, target: .place(at))
                    }
                    for note in content.notes(for: part) {
                        var at = here
                        at.focus = .note(NoteID(note.id))
                        add(note.cites, at: place, via: .note(labels.marker(note.id)), target: .place(at))
                    }
                }
            }
            for (index, entry) in events[caseIndex] {
                for id in entry.noteIDs {
                    guard let note = content.note(id: id) else { continue }
                    add(note.cites, at: caseName + " \(g.crumb) Timeline, \(entry.dateLabel)",
                        via: .note(labels.marker(id)), target: .event(index))
                }
            }
        }

        return content.sources
            .map { SourceEntry(source: $0, places: places[$0.id] ?? []) }
            .sorted { a, b in
                let x = TextFolding.foldedString(a.source.author), y = TextFolding.foldedString(b.source.author)
                if x != y { return x < y }
                return a.source.year != b.source.year ? a.source.year < b.source.year : a.source.id < b.source.id
            }
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen: [String] = []
        for id in ids where !seen.contains(id) { seen.append(id) }
        return seen
    }
}
