/// How note markers read on screen: the article's footnote number, or a letter for notes of our own.
public struct NoteLabels: Sendable {
    private var labels: [String: String] = [:]

    /// Labels for the notes a case refers to, lettered in order of first reference.
    public init(case c: Case, in content: Content) {
        self.init(ids: Self.references(of: c), footnote: { content.note(id: $0)?.footnote })
    }

    /// The same labels, with the notes to look them up in given as a list (read whole: for a few
    /// cases; `init(case:in:)` looks each up in the content).
    public init(case c: Case, allNotes: [Note]) {
        var byID: [String: Note] = [:]
        for note in allNotes { byID[note.id] = note }
        self.init(ids: Self.references(of: c), footnote: { byID[$0]?.footnote })
    }

    /// The notes a case refers to, in reading order: its stages, then its events.
    static func references(of c: Case) -> [String] {
        var ids: [String] = []
        for part in c.stages.flatMap(\.parts) {
            ids += MarkedText.markers(in: part.summary)
            ids += part.quotations.flatMap(\.notes)
            ids += part.figures.flatMap(\.notes)
        }
        ids += c.events.flatMap { MarkedText.markers(in: $0.text) + $0.notes }
        return ids
    }

    /// Labels for the argument's notes, lettered in the order its sections are read.
    public init(argumentOf content: Content) {
        var ids: [String] = []
        for section in ArgumentSection.allCases {
            let parts = section.parts(in: content)
            ids += parts.texts.flatMap { MarkedText.markers(in: $0) }
            ids += parts.quotations.flatMap(\.notes)
        }
        self.init(ids: ids, footnote: { content.note(id: $0)?.footnote })
    }

    /// Labels for one stage read across every case: each note as its own case labels it, so
    /// "note k" of Leyenda is [k] here too, as on Leyenda's own pages and in its handout.
    public init(stage id: String, acrossCasesOf content: Content) {
        for c in content.cases {
            guard let stage = c.stage(id) else { continue }
            let own = NoteLabels(case: c, in: content)
            for part in stage.parts {
                let ids = MarkedText.markers(in: part.summary) + part.quotations.flatMap(\.notes) + part.figures.flatMap(\.notes)
                for note in ids where labels[note] == nil { labels[note] = own[note] }
            }
        }
    }

    /// Labels for `ids` in order: a note's footnote number, else the next letter.
    init(ids: [String], footnote: (String) -> Int?) {
        var letter = 0
        for id in ids where labels[id] == nil {
            if let n = footnote(id) {
                labels[id] = String(n)
            } else {
                labels[id] = NoteLabels.letters(letter)
                letter += 1
            }
        }
    }

    /// The label for a note id ("19", "a"); "?" for a note this context never refers to.
    public subscript(id: String) -> String { labels[id] ?? "?" }

    /// How a marker for the note reads: "[19]", "[a]".
    public func marker(_ id: String) -> String { "[\(self[id])]" }

    /// a, b, …, z, aa, ab, …
    static func letters(_ n: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        return n < 26 ? String(alphabet[n]) : letters(n / 26 - 1) + String(alphabet[n % 26])
    }

    /// The text with each `[^id]` marker replaced by `[label]`.
    public func render(_ text: String) -> String {
        MarkedText(text).segments.map { segment in
            switch segment {
            case .text(let t): return t
            case .marker(let id): return marker(id)
            }
        }.joined()
    }
}
