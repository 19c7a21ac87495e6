import InfluenceContent

/// What every screen reads: the content, the symbols to draw with, and caches of laid-out pages and
/// note labels. One per explorer, used from one thread.
public final class Environment {
    public let content: Content
    public let glyphs: Glyphs
    private let pages = PageCache()
    private var labels: [ReadingSubject: NoteLabels] = [:]

    public init(content: Content, glyphs: Glyphs) {
        self.content = content
        self.glyphs = glyphs
    }

    /// The note labels of a case or of the argument, worked out once.
    public func labels(for subject: ReadingSubject) -> NoteLabels {
        if let known = labels[subject] { return known }
        let made: NoteLabels
        switch subject {
        case .argument:
            made = NoteLabels(argumentOf: content)
        case .case(let id):
            made = content.case(id).map { NoteLabels(case: $0, allNotes: content.allNotes) }
                ?? NoteLabels(argumentOf: content)
        }
        labels[subject] = made
        return made
    }

    /// The page for a case at a stage (or a section of the argument) laid out in `area`; nil for a
    /// case the content does not have.
    public func page(_ subject: ReadingSubject, step: Int, area: Rect) -> Page? {
        pages.page(subject, step: step, size: area.size) {
            PageBuilder(env: self, layout: ReadingLayout(area: Rect(area.size)))
                .page(for: subject, step: step, labels: labels(for: subject))
        }
    }
}

/// What a reading screen shows: one case, or the article's argument.
public enum ReadingSubject: Hashable, Sendable {
    case argument
    case `case`(CaseID)
}
