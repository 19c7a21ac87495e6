import InfluenceContent

/// A handout as Markdown (CommonMark, with GitHub's tables and footnotes, which pandoc also reads):
/// headings, block quotes with their attribution, figures as lists, the grid line as a table, the
/// questions as a numbered list, and notes as footnotes at the end of each part.
public struct MarkdownDocument {
    public let handout: Handout

    public init(_ handout: Handout) {
        self.handout = handout
    }

    /// The whole document, ending in a newline.
    public var text: String {
        var blocks: [String] = []
        blocks.append("# " + Self.escape(handout.title))
        blocks.append("*" + Self.block(Self.escape(handout.publication)) + "*")
        let prefixed = handout.parts.count > 1
        for part in handout.parts {
            blocks += self.part(part, footnotePrefix: prefixed ? part.key + "-" : "")
        }
        // What the text we have is, as a note on the source at the end, not before the first page.
        let credit = Handout.paragraphs(handout.credit)
        if !credit.isEmpty {
            blocks.append("## " + Handout.sourceHeading)
            blocks += credit.map { Self.block(Self.escape($0)) }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    func part(_ part: Handout.Part, footnotePrefix: String) -> [String] {
        let ids = Self.footnoteIDs(part, prefix: footnotePrefix)
        var blocks: [String] = ["## " + Self.escape(part.heading)]
        blocks += part.lead.map { Self.block(run($0, ids)) }
        for division in part.divisions {
            blocks.append("### " + Self.escape(division.heading))
            if let question = division.question { blocks.append("*" + Self.block(Self.escape(question)) + "*") }
            for block in division.blocks {
                switch block {
                case .subheading(let text):
                    blocks.append("#### " + Self.escape(text))
                case .paragraph(let inlines):
                    blocks.append(Self.block(run(inlines, ids)))
                case .quotation(let paragraphs, let attribution):
                    // Verbatim paragraphs, then the attribution as the quote's last paragraph.
                    let lines = paragraphs.map { Self.block(Self.escape($0)) } + ["— " + Self.block(run(attribution, ids))]
                    blocks.append(lines.map { "> " + $0 }.joined(separator: "\n>\n"))
                case .figures(let figures):
                    blocks.append("*Figures*")
                    blocks.append(figures.map { figure in
                        let amount = figure.amount.isEmpty ? "" : "**" + Self.escape(figure.amount) + "**"
                        return "- " + Self.block(amount + run(figure.rest, ids))
                    }.joined(separator: "\n"))
                case .terms(let entries):
                    blocks.append(entries.map { entry in
                        let rest = entry.paragraphs.map { "  " + Self.block(Self.escape($0)) }.joined(separator: "\n\n")
                        return "- **" + Self.escape(entry.term) + "**" + (rest.isEmpty ? "" : "\n\n" + rest)
                    }.joined(separator: "\n\n"))
                }
            }
        }
        if !part.grid.isEmpty {
            blocks.append("### In the comparison grid")
            var table = ["| Stage | " + Self.escape(part.heading) + " |", "|---|---|"]
            table += part.grid.map { "| " + Self.escape($0.stage) + " | " + Self.escape($0.phrase) + " |" }
            blocks.append(table.joined(separator: "\n"))
        }
        if !part.questions.isEmpty {
            blocks.append("### Discussion questions")
            blocks.append(part.questions.enumerated().map { i, question in
                "\(i + 1). " + Self.block(Self.escape(question))
            }.joined(separator: "\n"))
        }
        for poll in part.polls {
            blocks.append("**Poll:** " + Self.block(Self.escape(poll.prompt)))
            blocks.append(poll.options.enumerated().map { j, option in
                "- \(Poll.letter(j))) " + Self.block(Self.escape(option))
            }.joined(separator: "\n"))
        }
        for (footnote, id) in zip(part.footnotes, ids) {
            // A footnote's further paragraphs are indented to stay inside it.
            let paragraphs = Handout.paragraphs(footnote.text).map { Self.block(Self.escape($0)) }
            blocks.append("[^\(id)]: " + paragraphs.joined(separator: "\n\n    "))
        }
        return blocks
    }

    /// The part's footnote ids: the labels as the screen shows them ("20", "k"), after the part's
    /// key when the handout has several parts (footnotes are named across a whole Markdown file).
    static func footnoteIDs(_ part: Handout.Part, prefix: String) -> [String] {
        var ids: [String] = []
        for (i, footnote) in part.footnotes.enumerated() {
            var id = prefix + Handout.anchorName(footnote.label)
            if ids.contains(id) { id += "-\(i + 1)" }
            ids.append(id)
        }
        return ids
    }

    /// A run as Markdown text, references as footnote references.
    func run(_ inlines: Handout.Run, _ ids: [String]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return Self.escape(text)
            case .strong(let text): return "**" + Self.escape(text) + "**"
            case .ref(let index, _): return index < ids.count ? "[^\(ids[index])]" : ""
            }
        }.joined()
    }

    /// Text made literal in Markdown: controls and invisible characters removed (as on screen),
    /// line breaks made spaces, and every character that could start markup backslash-escaped
    /// (`<script>` stays text, `*` is not emphasis, `$` is not mathematics).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in Sanitizer.clean(text, keepNewlines: false).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$", "#":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An escaped line made safe at the start of a block: no leading or trailing spaces (a code
    /// block, a hard break), and a list or heading marker at its start (`-`, `+`, `=`, `1985.`) escaped.
    static func block(_ escaped: String) -> String {
        var line = Substring(escaped)
        while line.first == " " { line = line.dropFirst() }
        while line.last == " " { line = line.dropLast() }
        guard let first = line.first else { return "" }
        if first == "-" || first == "+" || first == "=" { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = line.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return String(line)
    }
}
