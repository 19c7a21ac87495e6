import InfluenceContent
import InfluenceText

/// A note in full, in a box over the page it was opened from.
public struct NoteModel: BoxModel {
    public var note: NoteID
    /// The note's label on the page beneath ("19", "a").
    public var label: String
    public var scroll = 0

    public init(note: NoteID, label: String) {
        self.note = note
        self.label = label
    }


    func title(env: Environment) -> String {
        let kind = env.content.note(note)?.footnoteLabel ?? "a note of ours"
        return "Note [\(label)] \(env.glyphs.dot) \(kind)"
    }

    func lines(env: Environment, width: Int) -> [StyledLine] {
        guard let note = env.content.note(note) else { return [StyledLine("This note does not exist.", .error)] }
        var lines = StyledWrap.wrap([Span(note.context)], width: width)
        if let background = note.background {
            lines.append(StyledLine())
            lines += StyledWrap.wrap([Span("\(Background.label): \(background)", .background)], width: width)
        }
        if !note.cites.isEmpty {
            lines.append(StyledLine())
            lines += StyledWrap.wrap([Span("Sources: ", .accent), Span(env.content.describe(note.cites))], width: width)
        }
        if note.footnote != nil {
            lines.append(StyledLine())
            lines += StyledWrap.wrap([Span("The article's footnote texts are not available; this note says what the footnote is attached to.", .dim)], width: width)
        }
        return lines
    }
}
