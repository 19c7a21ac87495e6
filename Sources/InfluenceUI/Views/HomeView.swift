import InfluenceContent

/// The first screen: the article's question, the framework entry and the five cases.
enum HomeView {
    static func draw(_ state: ExplorerState, content: Content, into buffer: inout CellBuffer) {
        let width = buffer.width
        let margin = width >= 100 ? 4 : 2
        let inner = width - 2 * margin
        var y = 1
        buffer.write("Influence Explorer", x: margin, y: y, role: .title)
        let subtitle = "\(content.article.title) · \(content.article.publication)"
        buffer.write(TextWidth.truncate(subtitle, to: inner - 20), x: margin + 20, y: y, role: .dim, limit: width - margin)
        y += 2
        for line in WordWrap.lines(content.article.question, width: inner).prefix(2) {
            buffer.write(line, x: margin, y: y, role: .heading)
            y += 1
        }
        y += 1
        // Each entry: a title line and a gist line; the list scrolls when the window is short.
        var entries: [(number: String, title: String, years: String, gist: String)] = [
            ("0", "The argument: power versus influence", "", "Why the usual explanations fail, and the cycle every case follows."),
        ]
        for c in content.cases {
            entries.append((String(c.number), c.title, c.years, c.gist))
        }
        let available = max(1, buffer.height - 1 - y)
        let perEntry = available >= entries.count * 3 ? 3 : 2
        let visible = max(1, available / perEntry)
        let first = min(max(0, state.homeSelection - visible + 1), max(0, entries.count - visible))
        for (i, entry) in entries.enumerated() where i >= first && i < first + visible {
            let selected = i == state.homeSelection
            let role: StyleRole = selected ? .selection : .normal
            let line = Rect(x: margin, y: y, width: inner, height: 1)
            if selected { buffer.fill(line, with: Cell(" ", role: .selection)) }
            buffer.write(selected ? "▶" : " ", x: margin, y: y, role: selected ? .selection : .accent)
            var x = buffer.write(entry.number, x: margin + 2, y: y, role: selected ? .selection : .accent)
            x += 2
            let yearsWidth = TextWidth.columns(of: entry.years)
            buffer.write(TextWidth.truncate(entry.title, to: max(1, margin + inner - x - yearsWidth - 2)), x: x, y: y, role: role)
            if !entry.years.isEmpty {
                buffer.write(entry.years, x: margin + inner - yearsWidth, y: y, role: selected ? .selection : .dim)
            }
            // The chosen entry's gist shows in full, on the spacer line too when it needs it.
            let gistLines = WordWrap.lines(entry.gist, width: max(1, inner - 5))
            if selected && perEntry == 3 && gistLines.count > 1 {
                buffer.write(gistLines[0], x: margin + 5, y: y + 1, role: .normal)
                let rest = gistLines.dropFirst().joined(separator: " ")
                buffer.write(TextWidth.truncate(rest, to: inner - 5), x: margin + 5, y: y + 2, role: .normal)
            } else {
                buffer.write(TextWidth.truncate(entry.gist, to: inner - 5), x: margin + 5, y: y + 1,
                             role: selected ? .normal : .dim)
            }
            y += perEntry
        }
    }
}
