/// The charts laid out for a width: the lines to draw, and where each chart and bar stands in them.
///
/// Narrow (under `wideWidth` columns), each bar's label stands above it and the bar takes the full
/// width; wide, the label stands left (the amount, year and case on one line, what it measures under
/// it) and the bar right.
struct FiguresLayout {
    static let wideWidth = 110
    static let gutter = 2

    /// One bar's place: its chart, its index there, and its lines.
    struct BarPlace: Equatable {
        var chart: Int
        var bar: Int
        var firstLine: Int
        var lineCount: Int
    }

    /// One chart's place: its lines from title to axis, and the index of its first bar in `bars`.
    struct ChartPlace: Equatable {
        var firstLine: Int
        var lastLine: Int
        var firstBar: Int
    }

    var lines: [StyledLine] = []
    /// Every bar of every chart, in the order shown: the order the selection moves in.
    var bars: [BarPlace] = []
    var charts: [ChartPlace] = []
    var wide: Bool
    /// Where the bars start, and how many cells the longest takes.
    var barX: Int
    var barWidth: Int
    var labelWidth: Int

    init(charts: [FigureChart], glyphs: Glyphs, width: Int, selection: Int) {
        let width = max(20, width)
        wide = width >= Self.wideWidth
        if wide {
            labelWidth = min(72, (width - Self.gutter) * 45 / 100)
            barX = Self.gutter + labelWidth + 2
        } else {
            labelWidth = width - Self.gutter - 1
            barX = Self.gutter
        }
        barWidth = max(8, width - barX - 1)
        for (c, chart) in charts.enumerated() {
            if c > 0 { lines.append(StyledLine()) }
            let first = lines.count
            addTitle(chart, glyphs: glyphs, width: width)
            let firstBar = bars.count
            for (b, bar) in chart.bars.enumerated() {
                let selected = bars.count == selection
                let start = lines.count
                addBar(bar, of: chart, selected: selected, glyphs: glyphs)
                bars.append(BarPlace(chart: c, bar: b, firstLine: start, lineCount: lines.count - start))
            }
            addAxis(chart, glyphs: glyphs)
            self.charts.append(ChartPlace(firstLine: first, lastLine: lines.count - 1, firstBar: firstBar))
        }
    }

    /// The chart's title and how to read its scale: on one line when both fit, else on two.
    mutating func addTitle(_ chart: FigureChart, glyphs: Glyphs, width: Int) {
        let note = chart.scaleNote(glyphs: glyphs)
        var line = LineBuilder()
        line.pad(to: Self.gutter)
        if wide {
            line.add(TextWidth.truncate(chart.title, to: labelWidth, ellipsis: glyphs.ellipsis), .heading)
            line.pad(to: barX)
            line.add(TextWidth.truncate(note, to: barWidth, ellipsis: glyphs.ellipsis), .dim)
            lines.append(line.line)
            return
        }
        let room = width - Self.gutter
        if TextWidth.columns(of: chart.title) + 3 + TextWidth.columns(of: note) <= room {
            line.add(chart.title, .heading)
            line.pad(to: width - TextWidth.columns(of: note))
            line.add(note, .dim)
            lines.append(line.line)
        } else {
            line.add(TextWidth.truncate(chart.title, to: room, ellipsis: glyphs.ellipsis), .heading)
            lines.append(line.line)
            var second = LineBuilder()
            second.pad(to: Self.gutter)
            second.add(TextWidth.truncate(note, to: room, ellipsis: glyphs.ellipsis), .dim)
            lines.append(second.line)
        }
    }

    /// What a bar's label says about the figure beyond the chart's title: for a chart named after
    /// what its figures measure, only the rest ("three years later"), or nothing.
    static func measures(_ bar: ChartBar, in chart: FigureChart) -> String {
        let text = bar.shortMeasures
        guard text.lowercased().hasPrefix(chart.title.lowercased()) else { return text }
        var rest = Substring(text.dropFirst(chart.title.count))
        while let c = rest.first, c == "," || c == " " { rest = rest.dropFirst() }
        return String(rest)
    }

    /// A bar: label and bar, drawn chosen when `selected`.
    mutating func addBar(_ bar: ChartBar, of chart: FigureChart, selected: Bool, glyphs: Glyphs) {
        let mark = selected ? Span(glyphs.gutter, .accent) : Span(" ")
        let amount = Span(bar.figure.amount, selected ? .selection : .title)
        let place = [Span(bar.when), Span(" \(glyphs.dot) ", .dim), Span(bar.caseName, .breadcrumb)]
        let measures = Self.measures(bar, in: chart)
        // Year or period, then case, at the label's right; a long period gives way first.
        let caseWidth = TextWidth.columns(of: bar.caseName) + 2 + TextWidth.columns(of: glyphs.dot)
        let amountColumns = TextWidth.columns(of: amount.text)
        // Wide, the place has the line beside the amount; narrow, it leaves what it measures 16 columns.
        let whenRoom = wide ? max(4, labelWidth - min(amountColumns, labelWidth / 2) - caseWidth - 2)
                            : max(4, min(36, labelWidth - amountColumns - caseWidth - 20))
        var placeSpans = place
        placeSpans[0].text = TextWidth.truncate(bar.when, to: whenRoom, ellipsis: glyphs.ellipsis)
        let placeWidth = TextWidth.columns(of: placeSpans[0].text) + caseWidth
        let amountWidth = min(amountColumns, max(4, labelWidth - placeWidth - 2))
        var label = LineBuilder()
        label.add(mark.text, mark.role)
        label.pad(to: Self.gutter)
        label.add(TextWidth.truncate(amount.text, to: amountWidth, ellipsis: glyphs.ellipsis), amount.role)
        if wide {
            label.pad(to: Self.gutter + labelWidth - placeWidth)
            for span in placeSpans { label.add(span.text, span.role) }
            label.pad(to: barX)
            addBarCells(bar, of: chart, selected: selected, glyphs: glyphs, to: &label)
            lines.append(label.line)
            var second = LineBuilder()
            second.add(mark.text, mark.role)
            second.pad(to: Self.gutter)
            second.add(TextWidth.truncate(measures, to: labelWidth, ellipsis: glyphs.ellipsis))
            second.pad(to: barX)
            addGrid(chart, from: 0, to: &second, glyphs: glyphs)
            lines.append(second.line)
        } else {
            let measuresRoom = labelWidth - amountWidth - 2 - placeWidth - 2
            if measuresRoom >= 6 && !measures.isEmpty {
                label.add("  ")
                label.add(TextWidth.truncate(measures, to: measuresRoom, ellipsis: glyphs.ellipsis))
            }
            label.pad(to: Self.gutter + labelWidth - placeWidth)
            for span in placeSpans { label.add(span.text, span.role) }
            lines.append(label.line)
            var row = LineBuilder()
            row.add(mark.text, mark.role)
            row.pad(to: barX)
            addBarCells(bar, of: chart, selected: selected, glyphs: glyphs, to: &row)
            lines.append(row.line)
        }
    }

    /// The bar's cells from `barX`, then the chart's marks beyond its end.
    func addBarCells(_ bar: ChartBar, of chart: FigureChart, selected: Bool, glyphs: Glyphs, to line: inout LineBuilder) {
        let eighths = chart.scale.eighths(bar.value, width: barWidth)
        line.add(ChartScale.bar(eighths: eighths, glyphs: glyphs), selected ? .accent : .figure)
        addGrid(chart, from: (eighths + 7) / 8, to: &line, glyphs: glyphs)
    }

    /// Faint marks at the chart's marks, from column `start` of the bars on: the axis's lines drawn up.
    func addGrid(_ chart: FigureChart, from start: Int, to line: inout LineBuilder, glyphs: Glyphs) {
        for tick in chart.scale.ticks {
            let column = chart.scale.column(tick, width: barWidth)
            guard column >= start, column > 0 else { continue }
            line.pad(to: barX + column)
            line.add(glyphs.gridline, .dim)
        }
    }

    /// The axis under the bars, its marks, and their values.
    mutating func addAxis(_ chart: FigureChart, glyphs: Glyphs) {
        var axis = Array(repeating: glyphs.horizontal, count: barWidth)
        var labels = Array(repeating: " ", count: barWidth)
        var lastEnd = -2
        for tick in chart.scale.ticks {
            let column = chart.scale.column(tick, width: barWidth)
            axis[column] = glyphs.tick
            let text = chart.tickLabel(tick)
            let w = TextWidth.columns(of: text)
            guard w <= barWidth else { continue }
            let start = min(barWidth - w, max(0, column - w / 2))
            guard start > lastEnd + 1 else { continue }
            // Labels are ASCII digits, signs and letters: one column each.
            for (i, ch) in text.enumerated() where start + i < barWidth { labels[start + i] = String(ch) }
            lastEnd = start + w - 1
        }
        var line = LineBuilder()
        line.pad(to: barX)
        line.add(axis.joined(), .dim)
        lines.append(line.line)
        var under = LineBuilder()
        under.pad(to: barX)
        under.add(labels.joined().trimmingTrailingSpaces, .dim)
        lines.append(under.line)
    }
}

/// Builds a line from left to right: text in a style, and spaces up to a column.
struct LineBuilder {
    var spans: [Span] = []
    var column = 0

    mutating func add(_ text: String, _ role: StyleRole = .normal) {
        guard !text.isEmpty else { return }
        spans.append(Span(text, role))
        column += TextWidth.columns(of: text)
    }

    mutating func pad(to target: Int) {
        if target > column { add(String(repeating: " ", count: target - column)) }
    }

    var line: StyledLine { StyledLine(spans) }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
