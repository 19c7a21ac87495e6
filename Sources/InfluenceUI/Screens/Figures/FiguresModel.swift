import InfluenceContent
import InfluenceText

/// The article's figures as horizontal bar charts, like compared with like: a class sees US money
/// for Mexico grow from $1 million to $1.5 billion. The chosen figure is written out in full below
/// the charts, with its sources; Enter opens its case at its stage.
public struct FiguresModel: ScreenModel {
    /// The chosen bar, counted across all charts in the order shown.
    public var selection = 0
    /// The first line of the charts shown.
    public var scroll = 0
    /// The content's figures in their charts, sorted once when the view opens.
    let charts: [FigureChart]

    public init(content: Content) {
        charts = FigureCharts.make(content)
    }

    /// Rows under the charts for the chosen figure: a rule naming its place, then its description.
    static func detailHeight(_ area: Rect) -> Int { area.height >= 40 ? 5 : 4 }

    /// Where the charts are drawn: below the title row and a blank row, above the chosen figure.
    static func listArea(_ area: Rect) -> Rect {
        let (_, below) = area.splitTop(2)
        return below.splitBottom(detailHeight(area)).rest
    }

    /// The charts laid out for the list's width (the charts come from the content, which does not
    /// change, so the width is all a layout depends on).
    func layout(env: Environment, area: Rect) -> FiguresLayout {
        let width = Self.listArea(area).width
        return env.layout(for: width) { FiguresLayout(charts: charts, glyphs: env.glyphs, width: width) }
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let layout = layout(env: env, area: area)
        guard !layout.bars.isEmpty else { return action == .activate ? .message("The content has no figures") : nil }
        let height = max(1, Self.listArea(area).height)
        let last = layout.bars.count - 1
        selection = min(selection, last)
        switch action {
        case .down: selection = min(last, selection + 1)
        case .up: selection = max(0, selection - 1)
        case .top: selection = 0
        case .bottom: selection = last
        case .pageDown, .pageUp, .scroll:
            scroll = Scrolling.offset(scroll, action, lines: layout.lineCount, height: height)
            // The choice follows the page: the first bar wholly in view.
            if let first = layout.bars.firstIndex(where: { $0.firstLine >= scroll && $0.firstLine + $0.lineCount <= scroll + height }) {
                selection = first
            }
            return nil
        case .focusNext:
            let chart = layout.bars[selection].chart
            guard chart + 1 < layout.charts.count else { return .message("This is the last chart") }
            selection = layout.charts[chart + 1].firstBar
        case .focusPrevious:
            let chart = layout.bars[selection].chart
            guard chart > 0 else { return .message("This is the first chart") }
            selection = layout.charts[chart - 1].firstBar
        case .number(let n):
            guard let first = layout.bars.firstIndex(where: { charts[$0.chart].bars[$0.bar].caseNumber == n }) else {
                return .message("No figures of case \(n); the cases are 1\(env.glyphs.rangeDash)\(env.content.cases.count)")
            }
            selection = first
        case .select(let index):
            guard layout.bars.indices.contains(index) else { return nil }
            if index == selection { return open(layout: layout, env: env, area: area) }
            selection = index
        case .activate:
            return open(layout: layout, env: env, area: area)
        default:
            return nil
        }
        keepInView(layout, height: height)
        return nil
    }

    /// The chosen bar's figure, and its chart.
    static func chosen(_ charts: [FigureChart], _ layout: FiguresLayout, selection: Int) -> (chart: FigureChart, bar: ChartBar)? {
        guard layout.bars.indices.contains(selection) else { return nil }
        let place = layout.bars[selection]
        let chart = charts[place.chart]
        return (chart, chart.bars[place.bar])
    }

    func open(layout: FiguresLayout, env: Environment, area: Rect) -> Navigation? {
        guard let bar = Self.chosen(charts, layout, selection: selection)?.bar else { return nil }
        return .go(.reading(case: bar.caseID, step: bar.stageIndex))
    }

    /// Shows the chosen bar: its whole chart when the chart fits, else the bar with as much of its
    /// chart above it as fits.
    /// Chooses a bar (counted across all charts), kept in range and in view.
    mutating func select(_ index: Int, env: Environment, area: Rect) {
        let layout = layout(env: env, area: area)
        guard !layout.bars.isEmpty else { return }
        selection = min(max(0, index), layout.bars.count - 1)
        keepInView(layout, height: max(1, Self.listArea(area).height))
    }

    mutating func keepInView(_ layout: FiguresLayout, height: Int) {
        guard layout.bars.indices.contains(selection) else { return }
        let bar = layout.bars[selection]
        let chart = layout.charts[bar.chart]
        let barEnd = bar.firstLine + bar.lineCount
        if chart.lastLine + 1 - chart.firstLine <= height {
            if chart.firstLine < scroll { scroll = chart.firstLine }
            if chart.lastLine + 1 > scroll + height { scroll = chart.lastLine + 1 - height }
        } else {
            if bar.firstLine < scroll { scroll = max(chart.firstLine, barEnd - height) }
            if barEnd > scroll + height { scroll = barEnd - height }
            if bar.bar == 0 { scroll = min(scroll, chart.firstLine) }
        }
        scroll = min(max(0, scroll), max(0, layout.lineCount - height))
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        let layout = layout(env: env, area: new)
        scroll = 0
        keepInView(layout, height: max(1, Self.listArea(new).height))
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let list = Self.listArea(area)
        let layout = layout(env: env, area: area)
        let x = area.x + FiguresLayout.gutter
        let position = Scrolling.position(offset: scroll, height: list.height, total: layout.lineCount, glyphs: g)
        let positionX = area.maxX - 2 - TextWidth.columns(of: position)
        let after = frame.buffer.write("Figures as charts", x: x, y: area.y, role: .title, limit: positionX - 1)
        let counts = "  \(layout.bars.count) figures in \(charts.count) charts, like compared with like"
        if after + TextWidth.columns(of: counts) < positionX - 1 {
            frame.buffer.write(counts, x: after, y: area.y, role: .dim)
        }
        if !position.isEmpty { frame.buffer.write(position, x: positionX, y: area.y, role: .dim) }
        frame.hit(list, .pane(.main))
        // Only the lines in view are made (charts and bars are in line order: those in view are
        // found by halving).
        let firstChart = Scrolling.firstIndex(layout.charts) { $0.lastLine >= scroll }
        for index in firstChart..<layout.charts.count {
            let place = layout.charts[index]
            guard place.firstLine < scroll + list.height else { break }
            let top = max(0, scroll - place.firstLine)
            let y = list.y + place.firstLine + top - scroll
            let shown = Rect(x: list.x, y: y, width: list.width, height: list.maxY - y)
            let lines = layout.lines(of: charts[index], at: index, selection: selection, in: top..<(top + shown.height))
            LinesView.render(lines, offset: 0, in: shown, into: &frame)
        }
        let firstBar = Scrolling.firstIndex(layout.bars) { $0.firstLine + $0.lineCount > scroll }
        for index in firstBar..<layout.bars.count {
            let place = layout.bars[index]
            guard place.firstLine < scroll + list.height else { break }
            let top = max(place.firstLine, scroll), bottom = min(place.firstLine + place.lineCount, scroll + list.height)
            guard top < bottom else { continue }
            frame.hit(Rect(x: list.x, y: list.y + top - scroll, width: list.width, height: bottom - top), .action(.select(index)))
        }
        renderChosen(charts, layout, env: env, area: area, into: &frame)
    }

    /// The chosen figure in full under the charts: a rule naming its place, then the figure with its
    /// sources, as the case's own page gives it.
    func renderChosen(_ charts: [FigureChart], _ layout: FiguresLayout, env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let height = Self.detailHeight(area)
        let box = area.splitBottom(height).bottom
        guard !box.isEmpty, let (_, bar) = Self.chosen(charts, layout, selection: selection) else { return }
        let rule = String(repeating: g.horizontal, count: max(0, box.width))
        frame.buffer.write(rule, x: box.x, y: box.y, role: .border)
        var place = "Case \(bar.caseNumber)/\(env.content.cases.count) \(g.dot) \(bar.caseName)"
        if let c = env.content.case(bar.caseID), c.stages.indices.contains(bar.stageIndex),
           let stage = env.content.stage(id: c.stages[bar.stageIndex].stage) {
            place += " \(g.crumb) \(stage.number)/\(env.content.stages.count) \(stage.title)"
        }
        // " place " from the third column, " Enter opens it " one before the edge, if both fit.
        let hint = " Enter opens it "
        let hintWidth = TextWidth.columns(of: hint)
        let fitsBoth = TextWidth.columns(of: place) + 2 + hintWidth + 6 <= box.width
        let placeRoom = box.width - 6 - (fitsBoth ? hintWidth : 0)
        frame.buffer.write(" \(TextWidth.truncate(place, to: placeRoom, ellipsis: g.ellipsis)) ", x: box.x + 2, y: box.y,
                           role: .breadcrumb)
        if fitsBoth { frame.buffer.write(hint, x: box.maxX - 1 - hintWidth, y: box.y, role: .dim) }
        let text = env.content.describe(bar.figure, labels: env.labels(for: .case(bar.caseID)))
        let amount = bar.figure.amount
        let spans = text.hasPrefix(amount)
            ? [Span(amount, .title), Span(String(text.dropFirst(amount.count)))] : [Span(text)]
        let inner = box.inset(dx: FiguresLayout.gutter).splitTop(1).rest
        var lines = StyledWrap.wrap(spans, width: max(1, inner.width))
        if lines.count > inner.height, inner.height > 0 {
            lines = Array(lines.prefix(inner.height))
            var lastLine = lines[inner.height - 1]
            let cut = TextWidth.truncate(lastLine.text + " " + g.ellipsis, to: inner.width, ellipsis: g.ellipsis)
            lastLine = StyledLine(cut)
            lines[inner.height - 1] = lastLine
        }
        LinesView.render(lines, offset: 0, in: inner, into: &frame)
    }
}
