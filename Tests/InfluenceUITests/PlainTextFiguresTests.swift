import Testing
import InfluenceContent
import InfluenceText
import InfluenceExport

/// The figures as plain text: the charts in ASCII, for handouts and screen readers.
@Suite struct PlainTextFiguresTests {
    @Test(arguments: [20, 40, 80, 120])
    func printedFiguresFitTheirWidth(width: Int) {
        let text = PlainTextDocument(content: shippedContent, width: width).figures()
        let wide = text.split(separator: "\n").filter { TextWidth.columns(of: $0) > max(20, width) }
        #expect(wide.isEmpty, "lines wider than \(width): \(wide.prefix(3))")
    }

    @Test(arguments: [40, 80, 120])
    func printedFiguresHoldEveryFigure(width: Int) {
        let text = PlainTextDocument(content: shippedContent, width: width).figures()
        let flat = text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }.joined(separator: " ")
        for (_, _, figure) in FiguresTests.allFigures {
            #expect(flat.contains(figure.amount + " ("), "\(figure.amount) at \(width)")
            #expect(flat.contains(figure.measures.split(separator: " ").joined(separator: " ")), "\(figure.measures) at \(width)")
        }
        for chart in FiguresTests.charts { #expect(flat.contains(chart.title), "\(chart.title)") }
        #expect(text.contains("log scale: each mark ×10"))
    }

    @Test func printedFiguresMatchTheirSnapshot() {
        assertSnapshot(PlainTextDocument(content: shippedContent, width: 80).figures(), named: "print-figures-80")
    }

    @Test func printedBarsAreScaledLikeTheScreen() throws {
        let text = PlainTextDocument(content: shippedContent, width: 80).figures()
        let lines = text.split(separator: "\n").map(String.init)
        let million = try #require(lines.first { $0.contains("$1 million (1970, Intercept)") })
        let billion = try #require(lines.first { $0.contains("$1.5 billion (") })
        let barWidth = min(30, max(8, (80 - 4) / 3))
        let money = try #require(FiguresTests.charts.first)
        func hashes(_ line: String) -> Int { line.prefix(2 + barWidth).filter { "#=-".contains($0) }.count }
        #expect(hashes(billion) == barWidth)
        #expect(hashes(million) == (money.scale.eighths(1e6, width: barWidth) + 7) / 8)
        #expect(lines.contains { $0.hasPrefix("  $1M") || $0.contains(" $1M ") })
    }
}
