import InfluenceContent

/// A handout as one self-contained, printable HTML page: inline CSS (with print rules: a page break
/// before each part, none inside a quotation or a list of figures, a serif at 11pt), no scripts and
/// nothing fetched. The markup is also well-formed XML (XHTML-compatible: every element closed,
/// attributes quoted, only the five XML entities), and every piece of content is escaped.
public struct HTMLDocument {
    public let handout: Handout
    /// The program that wrote it, for the page's `generator` (e.g. "influence 0.1.0").
    public let generator: String

    public init(_ handout: Handout, generator: String) {
        self.handout = handout
        self.generator = generator
    }

    /// The whole page, ending in a newline.
    public var text: String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\" />")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
        out.append("<meta name=\"generator\" content=\"\(Self.escape(generator))\" />")
        out.append("<title>\(Self.escape(handout.scope)) — \(Self.escape(handout.title))</title>")
        out.append("<style>")
        out.append(HTMLDocument.style)
        out.append("</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<header class=\"front\">")
        out.append("<h1>\(Self.escape(handout.title))</h1>")
        out.append("<p class=\"publication\">\(Self.escape(handout.publication))</p>")
        out.append("</header>")
        for part in handout.parts { out += self.part(part) }
        // What the text we have is, as a note on the source at the end, not before the first page.
        let credit = Handout.paragraphs(handout.credit)
        if !credit.isEmpty {
            out.append("<section class=\"source\" id=\"about-the-source\">")
            out.append("<h2>\(Self.escape(Handout.sourceHeading))</h2>")
            out += credit.map { "<p class=\"credit\">\(Self.escape($0))</p>" }
            out.append("</section>")
        }
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    func part(_ part: Handout.Part) -> [String] {
        var refs = References(key: part.key, count: part.footnotes.count)
        var out: [String] = []
        out.append("<section class=\"part \(part.kind.rawValue)\" id=\"\(part.key)\">")
        out.append("<h2>\(Self.escape(part.heading))</h2>")
        out += part.lead.map { "<p class=\"lead\">\(run($0, part, &refs))</p>" }
        for (i, division) in part.divisions.enumerated() {
            out.append("<section class=\"division\" id=\"\(part.key)-\(i + 1)\">")
            out.append("<h3>\(Self.escape(division.heading))</h3>")
            if let question = division.question { out.append("<p class=\"question\">\(Self.escape(question))</p>") }
            for block in division.blocks {
                switch block {
                case .subheading(let text):
                    out.append("<h4>\(Self.escape(text))</h4>")
                case .paragraph(let inlines):
                    out.append("<p>\(run(inlines, part, &refs))</p>")
                case .quotation(let paragraphs, let attribution):
                    out.append("<figure class=\"quotation\">")
                    out.append("<blockquote>")
                    out += paragraphs.map { "<p>\(Self.escape($0))</p>" }
                    out.append("</blockquote>")
                    out.append("<figcaption>— \(run(attribution, part, &refs))</figcaption>")
                    out.append("</figure>")
                case .figures(let figures):
                    out.append("<div class=\"figures\">")
                    out.append("<p class=\"label\">Figures</p>")
                    out.append("<ul>")
                    for figure in figures {
                        let amount = figure.amount.isEmpty ? "" : "<strong>\(Self.escape(figure.amount))</strong>"
                        out.append("<li>\(amount)\(run(figure.rest, part, &refs))</li>")
                    }
                    out.append("</ul>")
                    out.append("</div>")
                case .terms(let entries):
                    out.append("<dl class=\"terms\">")
                    for entry in entries {
                        out.append("<dt>\(Self.escape(entry.term))</dt>")
                        out.append("<dd>" + entry.paragraphs.map { "<p>\(Self.escape($0))</p>" }.joined() + "</dd>")
                    }
                    out.append("</dl>")
                }
            }
            out.append("</section>")
        }
        if !part.grid.isEmpty {
            out.append("<section class=\"grid\">")
            out.append("<h3>In the comparison grid</h3>")
            out.append("<table>")
            out.append("<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\">\(Self.escape(part.heading))</th></tr></thead>")
            out.append("<tbody>")
            for row in part.grid {
                out.append("<tr><th scope=\"row\">\(Self.escape(row.stage))</th><td>\(Self.escape(row.phrase))</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
            out.append("</section>")
        }
        if !part.questions.isEmpty {
            out.append("<section class=\"questions\">")
            out.append("<h3>Discussion questions</h3>")
            out.append("<ol>")
            out += part.questions.map { "<li>\(Self.escape($0))</li>" }
            out.append("</ol>")
            out.append("</section>")
        }
        for poll in part.polls {
            out.append("<section class=\"questions\">")
            out.append("<p><strong>Poll:</strong> \(Self.escape(poll.prompt))</p>")
            out.append("<ol type=\"a\">")
            out += poll.options.map { "<li>\(Self.escape($0))</li>" }
            out.append("</ol>")
            out.append("</section>")
        }
        if !part.footnotes.isEmpty {
            out.append("<section class=\"notes\">")
            out.append("<h3>Notes</h3>")
            out.append("<ol class=\"footnotes\">")
            for (i, footnote) in part.footnotes.enumerated() {
                let backs = refs.made[i].enumerated().map { k, id in
                    "<a class=\"back\" href=\"#\(id)\" title=\"Back to the text\">↩" + (k == 0 ? "" : "<sup>\(k + 1)</sup>") + "</a>"
                }
                let text = Handout.paragraphs(footnote.text).map(Self.escape).joined(separator: "<br />")
                out.append("<li id=\"\(References.noteID(part.key, i))\"><span class=\"label\">[\(Self.escape(footnote.label))]</span> \(text)"
                           + (backs.isEmpty ? "" : " " + backs.joined(separator: " ")) + "</li>")
            }
            out.append("</ol>")
            out.append("</section>")
        }
        out.append("</section>")
        return out
    }

    /// The ids given to each footnote's references so far, for the back-links.
    struct References {
        let key: String
        var made: [[String]]

        init(key: String, count: Int) {
            self.key = key
            made = Array(repeating: [], count: count)
        }

        static func noteID(_ key: String, _ index: Int) -> String { "\(key)-note-\(index + 1)" }

        /// The id for a new reference to footnote `index`.
        mutating func next(_ index: Int) -> String {
            let id = "\(key)-ref-\(index + 1)-\(made[index].count + 1)"
            made[index].append(id)
            return id
        }
    }

    /// A run as HTML: a note marker in the text as a superscript link, "[20]" after "note" as a link.
    func run(_ inlines: Handout.Run, _ part: Handout.Part, _ refs: inout References) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text): out += Self.escape(text)
            case .strong(let text): out += "<strong>\(Self.escape(text))</strong>"
            case .ref(let index, let inText):
                guard index < part.footnotes.count else { continue }
                let label = Self.escape(part.footnotes[index].label)
                let link = "<a id=\"\(refs.next(index))\" href=\"#\(References.noteID(part.key, index))\""
                out += inText ? "<sup class=\"marker\">\(link)>\(label)</a></sup>" : "\(link) class=\"note-ref\">[\(label)]</a>"
            }
        }
        return out
    }

    /// Text as HTML and XML both read it: `& < > "` as references, and controls (which XML
    /// forbids) and invisible characters removed, as on screen; line breaks become spaces. (An
    /// apostrophe needs no reference: attribute values are written in double quotes.)
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in Sanitizer.clean(text, keepNewlines: false).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // U+FFFE and U+FFFF are not characters XML allows.
            case "\u{FFFE}", "\u{FFFF}": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
