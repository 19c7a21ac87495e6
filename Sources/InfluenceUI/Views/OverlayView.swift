import InfluenceContent

/// A box over the screen: the help (from the key map), a note in full, or a quotation in full.
public enum OverlayView {
    /// Title and body lines of the overlay the state shows, wrapped for its box.
    static func contents(for state: ExplorerState, content: Content, pages: PageCache) -> (title: String, lines: [StyledLine]) {
        let width = boxWidth(for: state.size) - 4
        switch state.overlay {
        case .help?:
            var lines: [StyledLine] = []
            for context in KeyContext.allCases {
                if !lines.isEmpty { lines.append(StyledLine()) }
                lines.append(StyledLine(context.rawValue, .heading))
                for binding in KeyMap.bindings where binding.context == context {
                    let keyWidth = 14
                    let keys = TextWidth.truncate(binding.label, to: keyWidth)
                    let pad = String(repeating: " ", count: max(1, keyWidth + 1 - TextWidth.columns(of: keys)))
                    lines += StyledWrap.wrap([Span(binding.help)], width: width,
                                             first: [Span(keys, .statusKey), Span(pad)],
                                             rest: [Span(String(repeating: " ", count: keyWidth + 1))])
                }
            }
            return ("Keys", lines)
        case .note(let id)?:
            guard let note = content.note(id: id) else { return ("Note", [StyledLine("This note does not exist.", .error)]) }
            let label = pages.labels(for: state.screen, content: content)[id]
            var lines = StyledWrap.wrap([Span(note.context)], width: width)
            if let background = note.background {
                lines.append(StyledLine())
                lines += StyledWrap.wrap([Span("\(Background.label): ", .accent), Span(background)], width: width)
            }
            if !note.cites.isEmpty {
                lines.append(StyledLine())
                lines += StyledWrap.wrap([Span("Sources: ", .accent), Span(content.describe(note.cites))], width: width)
            }
            let title = "Note [\(label)]" + (note.footnoteLabel.map { " · \($0)" } ?? " · a note of ours")
            if note.footnote != nil {
                lines.append(StyledLine())
                lines += StyledWrap.wrap([Span("The article's footnote texts are not available; this note says what the footnote is attached to.", .dim)], width: width)
            }
            return (title, lines)
        case .quotation(let index)?:
            guard let page = state.page(content: content, pages: pages), page.sideItems.indices.contains(index),
                  case .quotation(let text, let attribution) = page.sideItems[index].target else {
                return ("Quotation", [])
            }
            var lines = StyledWrap.wrap([Span("\u{201C}\(text)\u{201D}", .quote)], width: width)
            lines.append(StyledLine())
            lines += StyledWrap.wrap([Span(attribution, .attribution)], width: width, first: [Span("— ", .attribution)], rest: [Span("  ")])
            return ("Quotation", lines)
        case nil:
            return ("", [])
        }
    }

    static func boxWidth(for size: Size) -> Int { min(size.width - 4, 76) }

    /// Rows the body can show in a window of this size.
    static func bodyHeight(for size: Size, lines: Int) -> Int {
        max(1, min(lines, size.height - 6))
    }

    static func lineCount(for state: ExplorerState, content: Content, pages: PageCache) -> Int {
        contents(for: state, content: content, pages: pages).lines.count
    }

    static func draw(_ state: ExplorerState, content: Content, pages: PageCache, into buffer: inout CellBuffer) {
        let (title, lines) = contents(for: state, content: content, pages: pages)
        let width = boxWidth(for: state.size)
        let bodyHeight = bodyHeight(for: state.size, lines: lines.count)
        let height = bodyHeight + 2
        let x = (buffer.width - width) / 2
        let y = max(1, (buffer.height - 1 - height) / 2)
        let box = Rect(x: x, y: y, width: width, height: height)
        buffer.fill(box, with: Cell(" "))
        // Frame.
        for cx in box.x..<box.maxX {
            buffer.write("─", x: cx, y: box.y, role: .focusBorder)
            buffer.write("─", x: cx, y: box.maxY - 1, role: .focusBorder)
        }
        for cy in box.y..<box.maxY {
            buffer.write("│", x: box.x, y: cy, role: .focusBorder)
            buffer.write("│", x: box.maxX - 1, y: cy, role: .focusBorder)
        }
        buffer.write("┌", x: box.x, y: box.y, role: .focusBorder)
        buffer.write("┐", x: box.maxX - 1, y: box.y, role: .focusBorder)
        buffer.write("└", x: box.x, y: box.maxY - 1, role: .focusBorder)
        buffer.write("┘", x: box.maxX - 1, y: box.maxY - 1, role: .focusBorder)
        buffer.write(" \(TextWidth.truncate(title, to: width - 6)) ", x: box.x + 2, y: box.y, role: .title, limit: box.maxX - 1)
        let position = ExplorerView.position(offset: state.overlayScroll, height: bodyHeight, total: lines.count)
        let footer = position.isEmpty ? " Esc close " : " \(position) · Esc close "
        let footerWidth = TextWidth.columns(of: footer)
        if footerWidth < width - 4 {
            buffer.write(footer, x: box.maxX - 2 - footerWidth, y: box.maxY - 1, role: .border)
        }
        let body = Rect(x: box.x + 2, y: box.y + 1, width: width - 4, height: bodyHeight)
        ExplorerView.drawLines(lines, offset: state.overlayScroll, in: body, into: &buffer)
    }
}
