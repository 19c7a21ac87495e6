import Yams

/// Readers for the small values shared by every file: quotations, citations, figures, notes.
extension ContentLoader {
    static func readCitation(_ node: Node, _ r: YAMLReader) -> Citation? {
        guard let f = r.fields(node, "a citation", allowed: ["source", "pages", "cited_in"]) else { return nil }
        guard let source = f.text("source", keepNewlines: false) else { return nil }
        if let n = f.valueNode("source") { r.index.use(.source, source, at: r.location(n)) }
        return Citation(source: source, pages: f.text("pages", required: false, keepNewlines: false),
                        citedIn: f.bool("cited_in", default: false))
    }

    static func readQuotation(_ node: Node, _ r: YAMLReader) -> Quotation? {
        guard let f = r.fields(node, "a quotation", allowed: ["text", "by", "role", "when", "cites", "notes"]) else {
            return nil
        }
        let text = f.text("text")
        let by = f.text("by", keepNewlines: false)
        let role = f.text("role", keepNewlines: false)
        let when = f.text("when", keepNewlines: false)
        let cites = f.list("cites") { readCitation($0, r) }
        let notes = f.noteIDs()
        guard let text, let by, let role, let when else { return nil }
        return Quotation(text: text, by: by, role: role, when: when, cites: cites, notes: notes)
    }

    static func readFigure(_ node: Node, _ r: YAMLReader) -> Figure? {
        guard let f = r.fields(node, "a figure", allowed: [
            "value", "display", "unit", "year", "period", "measures", "cites", "notes",
        ]) else { return nil }
        let value = f.double("value")
        let display = f.text("display", keepNewlines: false)
        let unit = f.text("unit", keepNewlines: false)
        let year = f.int("year", required: false)
        let period = f.text("period", required: false, keepNewlines: false)
        let measures = f.text("measures")
        let cites = f.list("cites") { readCitation($0, r) }
        let notes = f.noteIDs()
        if year == nil, period == nil, !f.has("year"), !f.has("period") {
            r.error(node, "a figure needs \"year\" or \"period\" so it can be placed in time")
        }
        guard let value, let display, let unit, let measures else { return nil }
        return Figure(value: value, display: display, unit: unit, year: year, period: period,
                      measures: measures, cites: cites, notes: notes)
    }

    static func readNote(_ node: Node, _ r: YAMLReader) -> Note? {
        guard let f = r.fields(node, "a note", allowed: ["id", "footnote", "context", "background", "cites"]) else {
            return nil
        }
        let id = f.text("id", keepNewlines: false)
        if let id, let n = f.valueNode("id") { r.index.define(.note, id, at: r.location(n)) }
        let footnote = f.int("footnote", required: false)
        if let footnote, !(1...ContentValidator.footnoteCount).contains(footnote), let n = f.valueNode("footnote") {
            r.error(n, "the article's footnotes run from 1 to \(ContentValidator.footnoteCount); there is no footnote \(footnote)")
        }
        let context = f.text("context")
        let background = f.text("background", required: false)
        let cites = f.list("cites") { readCitation($0, r) }
        guard let id, let context else { return nil }
        return Note(id: id, footnote: footnote, context: context, background: background, cites: cites)
    }

    static func readSection(_ node: Node, id: String, _ r: YAMLReader) -> Section? {
        guard let f = r.fields(node, "the \"\(id)\" section", allowed: ["title", "text", "quotations"]) else {
            return nil
        }
        let title = f.text("title", keepNewlines: false)
        let text = f.markedText("text")
        let quotations = f.list("quotations") { readQuotation($0, r) }
        guard let title, let text else { return nil }
        return Section(id: id, title: title, text: text, quotations: quotations)
    }

    /// The single top-level list a file like stages.yaml holds under `key`.
    static func topList<T>(_ root: Node, key: String, what: String, _ r: YAMLReader, _ read: (Node) -> T?) -> [T]? {
        guard let f = r.fields(root, "this file", allowed: [key]) else { return nil }
        guard f.has(key) else {
            r.error(root, "this file should start with \"\(key):\" followed by a list of \(what)")
            return nil
        }
        return f.list(key, read)
    }
}
