/// A case at a stage (or a section of the argument): breadcrumb, stepper, text pane and side pane.
enum ReadingView {
    static func draw(_ page: Page, state: ExplorerState, into buffer: inout CellBuffer) {
        let layout = ReadingLayout(size: state.size)
        buffer.write(TextWidth.truncate(page.breadcrumb, to: buffer.width - 1), x: 0, y: 0, role: .breadcrumb)
        drawStepper(page, in: layout.stepper, into: &buffer)

        // Pane titles, the focused one bold.
        let mainFocused = state.focus == .main
        drawTitle(page.mainTitle + (page.mainTitleIsCondition ? " ◆ condition" : ""),
                  position: ExplorerView.position(offset: state.mainScroll, height: layout.main.height, total: page.main.count),
                  in: layout.mainTitle, focused: mainFocused, into: &buffer)
        let quotes = page.sideItems.filter { if case .quotation = $0.target { return true } else { return false } }.count
        let notes = page.sideItems.count - quotes
        drawTitle("Quotations \(quotes) · Notes \(notes)",
                  position: ExplorerView.position(offset: state.sideScroll, height: layout.side.height, total: page.side.count),
                  in: layout.sideTitle, focused: !mainFocused, into: &buffer)
        if let divider = layout.divider {
            for y in divider.y..<divider.maxY { buffer.write("│", x: divider.x, y: y, role: .border) }
        }

        let markers = page.markers
        let highlight = state.markerSelection.flatMap { markers.indices.contains($0) ? (markers[$0].line, markers[$0].note) : nil }
        ExplorerView.drawLines(page.main, offset: state.mainScroll, in: layout.main, into: &buffer,
                               highlight: mainFocused ? highlight : nil)

        let gutter = ReadingLayout.gutter
        let text = Rect(x: layout.side.x + gutter, y: layout.side.y, width: layout.side.width - gutter, height: layout.side.height)
        ExplorerView.drawLines(page.side, offset: state.sideScroll, in: text, into: &buffer)
        if !mainFocused, page.sideItems.indices.contains(state.sideSelection) {
            let item = page.sideItems[state.sideSelection]
            for line in item.firstLine..<(item.firstLine + item.lineCount) {
                let row = line - state.sideScroll
                guard row >= 0, row < layout.side.height else { continue }
                buffer.write("▌", x: layout.side.x, y: layout.side.y + row, role: .accent)
            }
        }
    }

    static func drawTitle(_ title: String, position: String, in rect: Rect, focused: Bool, into buffer: inout CellBuffer) {
        guard !rect.isEmpty else { return }
        let role: StyleRole = focused ? .focusBorder : .border
        buffer.fill(rect, with: Cell("─", role: .border))
        let posWidth = TextWidth.columns(of: position)
        let room = rect.width - posWidth - 5
        let shown = TextWidth.truncate(title, to: max(1, room))
        buffer.write(" \(shown) ", x: rect.x + 1, y: rect.y, role: role, limit: rect.maxX)
        if !position.isEmpty, rect.width > posWidth + 3 {
            buffer.write(" \(position) ", x: rect.maxX - posWidth - 3, y: rect.y, role: .border, limit: rect.maxX)
        }
    }

    /// All stages in one line: full short titles when they fit, otherwise numbers with the current one named.
    static func drawStepper(_ page: Page, in rect: Rect, into buffer: inout CellBuffer) {
        func label(_ step: Page.Step, full: Bool) -> String {
            (step.isCondition ? "◆" : "") + "\(step.number)" + (full ? " \(step.short)" : "")
        }
        let separator = " · "
        let full = page.steps.map { label($0, full: true) }
        let fullWidth = full.reduce(0) { $0 + TextWidth.columns(of: $1) } + TextWidth.columns(of: separator) * max(0, full.count - 1) + 2
        let useFull = fullWidth <= rect.width
        var x = rect.x + 1
        for (i, step) in page.steps.enumerated() {
            if i > 0 { x = buffer.write(separator, x: x, y: rect.y, role: .dim, limit: rect.maxX) }
            let current = i == page.current
            let text = current && !useFull ? label(step, full: false) + " " + step.title : label(step, full: useFull || current)
            let role: StyleRole = current ? .currentStage : (step.isCondition ? .condition : .normal)
            x = buffer.write(current ? " \(text) " : text, x: x, y: rect.y, role: role, limit: rect.maxX)
        }
    }
}
