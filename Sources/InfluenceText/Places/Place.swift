import InfluenceContent

/// A place in the article a view opens: a case at a stage or a section of the argument, and what to
/// bring into view there (a note's marker, selected, or the first line that uses some words).
public struct Place: Hashable, Sendable {
    /// What to show at the place.
    public enum Focus: Hashable, Sendable {
        /// The note's marker in the text, selected (or, if only a quotation refers to it, the note
        /// in the side pane).
        case note(NoteID)
        /// The first line of the text that contains these words (folded, see `TextFolding`), or else
        /// the first quotation or note beside it that does, selected.
        case words(String)
    }

    public var subject: ReadingSubject
    /// The stage or section, 0-based.
    public var step: Int
    public var focus: Focus?

    public init(subject: ReadingSubject, step: Int, focus: Focus? = nil) {
        self.subject = subject
        self.step = step
        self.focus = focus
    }
}
