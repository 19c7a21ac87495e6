import InfluenceText

/// The charts laid out for a width: where each chart and bar stands, and the lines of any chart.
///
/// Narrow (under `wideWidth` columns), each bar's label stands above it and the bar takes the full
/// width; wide, the label stands left (the amount, year and case on one line, what it measures under
/// it) and the bar right. Working out where things stand is cheap; a chart's lines are made only
/// when it is drawn.
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

    /// Every bar of every chart, in the order shown: the order the selection moves in.
    var bars: [BarPlace] = []
    var charts: [ChartPlace] = []
    /// All the lines, with an empty line between charts.
    var lineCount = 0
    var wide: Bool
    /// Where the bars start, and how many cells the longest takes.
    var barX: Int
    var barWidth: Int
    var labelWidth: Int
    var width: Int
    var glyphs: Glyphs

    init(charts: [FigureChart], glyphs: Glyphs, width: Int) {
        self.glyphs = glyphs
        self.width = max(20, width)
        wide = self.width >= Self.wideWidth
        if wide {
            labelWidth = min(72, (self.width - Self.gutter) * 45 / 100)
            barX = Self.gutter + labelWidth + 2
        } else {
            labelWidth = self.width - Self.gutter - 1
            barX = Self.gutter
        }
        barWidth = max(8, self.width - barX - 1)
        var line = 0
        for (c, chart) in charts.enumerated() {
            if c > 0 { line += 1 }
            let first = line
            line += titleFitsOneLine(chart) ? 1 : 2
            let firstBar = bars.count
            for b in chart.bars.indices {
                bars.append(BarPlace(chart: c, bar: b, firstLine: line, lineCount: 2))
                line += 2
            }
            line += Self.isSingle(chart) ? 0 : 2
            self.charts.append(ChartPlace(firstLine: first, lastLine: line - 1, firstBar: firstBar))
        }
        lineCount = line
    }

    /// The lines of one chart, title to axis, with the bar `selection` (counted across charts) chosen.
    func lines(of chart: FigureChart, at index: Int, selection: Int) -> [StyledLine] {
        var lines = title(chart)
        let firstBar = charts.indices.contains(index) ? charts[index].firstBar : 0
        for (b, bar) in chart.bars.enumerated() {
            lines += self.bar(bar, of: chart, selected: firstBar + b == selection)
        }
        return lines + (Self.isSingle(chart) ? [] : axis(chart))
    }

    /// A chart of one figure: a figure, not a chart (no bar to compare, no axis).
    static func isSingle(_ chart: FigureChart) -> Bool { chart.bars.count == 1 }

    /// The lines `window` of one chart (counted from its title's first line), with the bar
    /// `selection` chosen: only the bars among them are made, however long the chart.
    func lines(of chart: FigureChart, at index: Int, selection: Int, in window: Range<Int>) -> [StyledLine] {
        let head = title(chart)
        let firstBar = charts.indices.contains(index) ? charts[index].firstBar : 0
        let barsEnd = head.count + 2 * chart.bars.count
        var lines: [StyledLine] = []
        var made: (bar: Int, lines: [StyledLine])?
        var foot: [StyledLine]?
        for line in max(0, window.lowerBound)..<max(0, min(window.upperBound, barsEnd + (Self.isSingle(chart) ? 0 : 2))) {
            if line < head.count {
                lines.append(head[line])
            } else if line < barsEnd {
                let b = (line - head.count) / 2
                if made?.bar != b { made = (b, bar(chart.bars[b], of: chart, selected: firstBar + b == selection)) }
                lines.append(made?.lines[(line - head.count) % 2] ?? StyledLine())
            } else {
                if foot == nil { foot = axis(chart) }
                lines.append(foot?[line - barsEnd] ?? StyledLine())
            }
        }
        return lines
    }

    /// Every line of every chart, as the screen scrolls through them.
    func allLines(_ charts: [FigureChart], selection: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (c, chart) in charts.enumerated() {
            if c > 0 { lines.append(StyledLine()) }
            lines += self.lines(of: chart, at: c, selection: selection)
        }
        return lines
    }

    func titleFitsOneLine(_ chart: FigureChart) -> Bool {
        let note = Self.isSingle(chart) ? "one figure" : chart.scaleNote(glyphs: glyphs)
        return wide || TextWidth.columns(of: chart.title) + 3 + TextWidth.columns(of: note) <= width - Self.gutter
    }

    /// The chart's title and how to read its scale: on one line when both fit, else on two.
    func title(_ chart: FigureChart) -> [StyledLine] {
        let note = Self.isSingle(chart) ? "one figure" : chart.scaleNote(glyphs: glyphs)
        var line = LineBuilder()
        line.pad(to: Self.gutter)
        if wide {
            line.add(TextWidth.truncate(chart.title, to: labelWidth, ellipsis: glyphs.ellipsis), .heading)
            line.pad(to: barX)
            line.add(TextWidth.truncate(note, to: barWidth, ellipsis: glyphs.ellipsis), .dim)
            return [line.line]
        }
        let room = width - Self.gutter
        if titleFitsOneLine(chart) {
            line.add(chart.title, .heading)
            line.pad(to: width - TextWidth.columns(of: note))
            line.add(note, .dim)
            return [line.line]
        }
        line.add(TextWidth.truncate(chart.title, to: room, ellipsis: glyphs.ellipsis), .heading)
        var second = LineBuilder()
        second.pad(to: Self.gutter)
        second.add(TextWidth.truncate(note, to: room, ellipsis: glyphs.ellipsis), .dim)
        return [line.line, second.line]
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
    func bar(_ bar: ChartBar, of chart: FigureChart, selected: Bool) -> [StyledLine] {
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
            let single = Self.isSingle(chart)
            if !single {
                label.pad(to: barX)
                addBarCells(bar, of: chart, selected: selected, to: &label)
            }
            var second = LineBuilder()
            second.add(mark.text, mark.role)
            second.pad(to: Self.gutter)
            // A single figure has the bars' room for what it measures.
            second.add(TextWidth.truncate(measures, to: single ? width - Self.gutter - 1 : labelWidth, ellipsis: glyphs.ellipsis))
            if !single {
                second.pad(to: barX)
                addGrid(chart, from: 0, to: &second)
            }
            return [label.line, second.line]
        } else {
            let measuresRoom = labelWidth - amountWidth - 2 - placeWidth - 2
            if measuresRoom >= 6 && !measures.isEmpty && !Self.isSingle(chart) {
                label.add("  ")
                label.add(TextWidth.truncate(measures, to: measuresRoom, ellipsis: glyphs.ellipsis))
            }
            label.pad(to: Self.gutter + labelWidth - placeWidth)
            for span in placeSpans { label.add(span.text, span.role) }
            var row = LineBuilder()
            row.add(mark.text, mark.role)
            row.pad(to: barX)
            if Self.isSingle(chart) {
                // No bar to compare: what the figure measures, in full where it fits.
                row.add(TextWidth.truncate(bar.figure.measures, to: width - barX - 1, ellipsis: glyphs.ellipsis), .dim)
            } else {
                addBarCells(bar, of: chart, selected: selected, to: &row)
            }
            return [label.line, row.line]
        }
    }

    /// The bar's cells from `barX`, then the chart's marks beyond its end.
    func addBarCells(_ bar: ChartBar, of chart: FigureChart, selected: Bool, to line: inout LineBuilder) {
        let eighths = chart.scale.eighths(bar.value, width: barWidth)
        line.add(ChartScale.bar(eighths: eighths, glyphs: glyphs), selected ? .accent : .figure)
        addGrid(chart, from: (eighths + 7) / 8, to: &line)
    }

    /// Faint marks at the chart's marks, from column `start` of the bars on: the axis's lines drawn up.
    func addGrid(_ chart: FigureChart, from start: Int, to line: inout LineBuilder) {
        for tick in chart.scale.ticks {
            let column = chart.scale.column(tick, width: barWidth)
            guard column >= start, column > 0 else { continue }
            line.pad(to: barX + column)
            line.add(glyphs.gridline, .dim)
        }
    }

    /// The axis under the bars, its marks, and their values.
    func axis(_ chart: FigureChart) -> [StyledLine] {
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
        var under = LineBuilder()
        under.pad(to: barX)
        under.add(labels.joined().trimmingTrailingSpaces, .dim)
        return [line.line, under.line]
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
