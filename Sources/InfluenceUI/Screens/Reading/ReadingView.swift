import InfluenceText

/// Draws a reading screen: breadcrumb, stepper, text pane and side pane, in the area given.
enum ReadingView {
    static func render(_ page: Page, model: ReadingModel, env: Environment, area: Rect, into frame: inout Frame) {
        let layout = ReadingLayout(area: area)
        let g = env.glyphs
        frame.buffer.write(TextWidth.truncate(page.breadcrumb, to: area.width - 1, ellipsis: g.ellipsis),
                           x: layout.breadcrumb.x, y: layout.breadcrumb.y, role: .breadcrumb)
        renderStepper(page, in: layout.stepper, glyphs: g, into: &frame)

        // Pane titles, the focused one bold.
        let mainFocused = model.focus == .main
        renderTitle(page.mainTitle + (page.mainTitleIsCondition ? " \(g.condition) condition" : ""),
                    position: Scrolling.position(offset: model.mainScroll, height: layout.main.height,
                                                 total: page.main.count, glyphs: g),
                    in: layout.mainTitle, focused: mainFocused, glyphs: g, into: &frame)
        let counts = page.sideCounts
        renderTitle("Quotations \(counts.quotations) \(g.dot) Notes \(counts.notes)",
                    position: Scrolling.position(offset: model.sideScroll, height: layout.side.height,
                                                 total: page.side.count, glyphs: g),
                    in: layout.sideTitle, focused: !mainFocused, glyphs: g, into: &frame)
        if let divider = layout.divider {
            for y in divider.y..<divider.maxY { frame.buffer.write(g.vertical, x: divider.x, y: y, role: .border) }
        }

        let highlight = model.markerSelection.flatMap { index in
            page.markers.indices.contains(index) ? (page.markers[index].line, page.markers[index].note) : nil
        }
        let matches = model.search.map { TextFolding.foldedString($0.query) }
        LinesView.render(page.main, offset: model.mainScroll, in: layout.main, into: &frame,
                         highlight: mainFocused ? highlight : nil, matches: matches)
        LinesView.render(page.side, offset: model.sideScroll, in: layout.sideText, into: &frame, matches: matches)
        if !mainFocused, page.sideItems.indices.contains(model.sideSelection) {
            let item = page.sideItems[model.sideSelection]
            for line in item.firstLine..<(item.firstLine + item.lineCount) {
                let row = line - model.sideScroll
                guard row >= 0, row < layout.side.height else { continue }
                frame.buffer.write(g.gutter, x: layout.side.x, y: layout.side.y + row, role: .accent)
            }
        }
        frame.hit(layout.main, .pane(.main))
        frame.hit(layout.side, .pane(.side))
    }

    static func renderTitle(_ title: String, position: String, in rect: Rect, focused: Bool, glyphs: Glyphs,
                            into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        frame.buffer.fill(rect, with: Cell(glyphs.horizontal, role: .border))
        let posWidth = TextWidth.columns(of: position)
        let shown = TextWidth.truncate(title, to: max(1, rect.width - posWidth - 5), ellipsis: glyphs.ellipsis)
        frame.buffer.write(" \(shown) ", x: rect.x + 1, y: rect.y, role: focused ? .focusBorder : .border, limit: rect.maxX)
        if !position.isEmpty, rect.width > posWidth + 3 {
            frame.buffer.write(" \(position) ", x: rect.maxX - posWidth - 3, y: rect.y, role: .border, limit: rect.maxX)
        }
    }

    /// All stages in one line: full short titles when they fit, otherwise numbers with the current one
    /// named. Each stage answers a click as typing its number would.
    static func renderStepper(_ page: Page, in rect: Rect, glyphs: Glyphs, into frame: inout Frame) {
        func label(_ step: Page.Step, full: Bool) -> String {
            (step.isCondition ? glyphs.condition : "") + "\(step.number)" + (full ? " \(step.short)" : "")
        }
        let separator = " \(glyphs.dot) "
        let full = page.steps.map { label($0, full: true) }
        let fullWidth = full.reduce(0) { $0 + TextWidth.columns(of: $1) }
            + TextWidth.columns(of: separator) * max(0, full.count - 1) + 2
        let useFull = fullWidth <= rect.width
        var x = rect.x + 1
        for (i, step) in page.steps.enumerated() {
            if i > 0 { x = frame.buffer.write(separator, x: x, y: rect.y, role: .dim, limit: rect.maxX) }
            let current = i == page.current
            let text = current && !useFull ? label(step, full: false) + " " + step.title : label(step, full: useFull || current)
            let role: StyleRole = current ? .currentStage : (step.isCondition ? .condition : .normal)
            let start = x
            x = frame.buffer.write(current ? " \(text) " : text, x: x, y: rect.y, role: role, limit: rect.maxX)
            frame.hit(Rect(x: start, y: rect.y, width: x - start, height: 1), .number(step.number))
        }
    }
}
