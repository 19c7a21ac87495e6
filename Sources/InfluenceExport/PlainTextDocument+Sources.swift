import InfluenceContent
import InfluenceText

extension PlainTextDocument {
    /// Every source the article cites, by author, each with every place it is cited: case and
    /// stage (or section of the argument, or an event of a case's timeline), pages, and whether in
    /// a quotation, a figure or a note.
    public func sources() -> String {
        let entries = SourceIndex.entries(content, glyphs: .unicode)
        var out = wrap("SOURCES: \(entries.count) WORKS THE ARTICLE CITES, BY AUTHOR")
        out += wrap("The article's reference list is not available: each work is named as the article cites it.")
        for entry in entries {
            out.append("")
            out += wrap(entry.source.shortCitation)
            if let note = entry.source.note { out += wrap(note, first: "  ", rest: "  ") }
            if entry.places.isEmpty { out += wrap("Cited nowhere in this content.", first: "  ", rest: "  ") }
            for citing in entry.places {
                out += wrap(citing.text(glyphs: .unicode), first: "  * ", rest: "    ")
            }
        }
        return out.joined(separator: "\n")
    }
}
