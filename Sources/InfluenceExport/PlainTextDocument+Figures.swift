import InfluenceContent
import InfluenceText

extension PlainTextDocument {
    /// The article's figures as the charts of the figures view, in ASCII: each chart's title and
    /// scale, then one bar of "#" per figure, scaled as on screen, with the figure's wording, year or
    /// period, case, what it measures and its sources; the axis under the bars.
    public func figures() -> String {
        let charts = FigureCharts.make(content)
        let glyphs = Glyphs.ascii
        let barWidth = min(30, max(8, (width - 4) / 3))
        let indent = String(repeating: " ", count: 2 + barWidth + 2)
        var out = wrap("FIGURES AS CHARTS")
        out += wrap("The article's figures, \(charts.reduce(0) { $0 + $1.bars.count }) in \(charts.count) charts: "
            + "each chart holds figures of one unit and kind only, so that only like compares with like.")
        for chart in charts {
            out.append("")
            out += wrap(chart.title)
            out.append(String(repeating: "-", count: min(width, TextWidth.columns(of: chart.title))))
            // A single figure is a figure, not a chart: no bar to compare, and no axis.
            if chart.bars.count == 1, let bar = chart.bars.first {
                var text = "\(bar.figure.amount) (\(bar.when.isEmpty ? "no date" : bar.when), \(bar.caseName)): \(bar.figure.measures)."
                if !bar.figure.cites.isEmpty { text += " Sources: \(content.describe(bar.figure.cites))." }
                out += wrap(text, first: "  ", rest: "  ")
                continue
            }
            out += wrap(chart.scaleNote(glyphs: .unicode))
            for bar in chart.bars {
                let cells = ChartScale.bar(eighths: chart.scale.eighths(bar.value, width: barWidth), glyphs: glyphs)
                let drawn = "  " + cells + String(repeating: " ", count: max(0, barWidth - cells.count)) + "  "
                var text = "\(bar.figure.amount) (\(bar.when.isEmpty ? "no date" : bar.when), \(bar.caseName)): \(bar.figure.measures)."
                if !bar.figure.cites.isEmpty { text += " Sources: \(content.describe(bar.figure.cites))." }
                out += wrap(text, first: drawn, rest: indent)
            }
            out += axis(chart, barWidth: barWidth)
        }
        return out.joined(separator: "\n")
    }

    /// The axis under a chart's bars: "+" at each mark, then the marks' values where they fit under
    /// the axis (a value that would run past its end, or into the one before, is left out).
    func axis(_ chart: FigureChart, barWidth: Int) -> [String] {
        var line = Array(repeating: "-", count: barWidth)
        var labels = Array(repeating: " ", count: barWidth)
        var lastEnd = -2
        for tick in chart.scale.ticks {
            let column = chart.scale.column(tick, width: barWidth)
            line[column] = "+"
            let text = chart.tickLabel(tick)
            let w = text.count
            guard w <= barWidth else { continue }
            let start = min(barWidth - w, max(0, column - w / 2))
            guard start > lastEnd + 1 else { continue }
            for (i, ch) in text.enumerated() { labels[start + i] = String(ch) }
            lastEnd = start + w - 1
        }
        var under = labels.joined()
        while under.last == " " { under.removeLast() }
        return ["  " + line.joined(), "  " + under]
    }
}
