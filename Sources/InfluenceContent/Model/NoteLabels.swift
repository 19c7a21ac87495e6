/// How note markers read on screen: the article's footnote number, or a letter for notes of our own.
public struct NoteLabels: Sendable {
    private var labels: [String: String] = [:]

    /// Labels for the notes a case refers to, lettered in order of first reference.
    public init(case c: Case, allNotes: [Note]) {
        var ids: [String] = []
        for part in c.stages.flatMap(\.parts) {
            ids += MarkedText(part.summary).markers
            ids += part.quotations.flatMap(\.notes)
            ids += part.figures.flatMap(\.notes)
        }
        ids += c.events.flatMap { MarkedText($0.text).markers + $0.notes }
        self.init(ids: ids, allNotes: allNotes)
    }

    /// Labels for the framework's notes.
    public init(article: Article, stages: [Stage], allNotes: [Note]) {
        var ids: [String] = []
        for section in article.sections {
            ids += MarkedText(section.text).markers
            ids += section.quotations.flatMap(\.notes)
        }
        ids += stages.flatMap { MarkedText($0.description).markers }
        self.init(ids: ids, allNotes: allNotes)
    }

    init(ids: [String], allNotes: [Note]) {
        var byID: [String: Note] = [:]
        for note in allNotes { byID[note.id] = note }
        var letter = 0
        for id in ids where labels[id] == nil {
            if let n = byID[id]?.footnote {
                labels[id] = String(n)
            } else {
                labels[id] = NoteLabels.letters(letter)
                letter += 1
            }
        }
    }

    /// The label for a note id ("19", "a"); "?" for a note this context never refers to.
    public subscript(id: String) -> String { labels[id] ?? "?" }

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
            case .marker(let id): return "[\(self[id])]"
            }
        }.joined()
    }
}
