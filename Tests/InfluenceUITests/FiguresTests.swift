import Foundation
import Testing
import InfluenceContent
@testable import InfluenceText
@testable import InfluenceUI

/// The figures view: the article's numbers as bar charts, like compared with like.
@Suite struct FiguresTests {
    static let charts = FigureCharts.make(shippedContent)

    /// Every figure of the content with where it stands, in content order.
    static var allFigures: [(caseID: String, stage: Int, figure: Figure)] {
        shippedContent.cases.flatMap { c in
            c.stages.enumerated().flatMap { (index, stage) in
                stage.parts.flatMap(\.figures).map { (c.id, index, $0) }
            }
        }
    }

    /// The figures view on top, if it is.
    static func figures(_ e: Explorer) -> FiguresModel? {
        if let m = (e.state.top).model(as: FiguresModel.self) { return m }
        return nil
    }

    static func chosen(_ e: Explorer) -> ChartBar? {
        guard let m = figures(e) else { return nil }
        let layout = FiguresLayout(charts: charts, glyphs: .unicode, width: FiguresModel.listArea(e.state.area).width)
        return FiguresModel.chosen(charts, layout, selection: m.selection)?.bar
    }

    // MARK: Grouping

    @Test func everyFigureIsInExactlyOneChart() {
        let bars = Self.charts.flatMap(\.bars)
        #expect(bars.count == Self.allFigures.count)
        for (caseID, stage, figure) in Self.allFigures {
            let matches = bars.filter { $0.caseID.rawValue == caseID && $0.stageIndex == stage && $0.figure == figure }
            #expect(matches.count == 1, "\(caseID) \(figure.display)")
        }
    }

    /// Units as a reader compares them: weights are one, troops are soldiers; otherwise as written.
    static func comparableUnit(_ unit: String) -> String {
        let u = unit.lowercased()
        if ["kilograms", "kilos", "tons", "pounds"].contains(u) { return "weight" }
        if u == "troops" { return "soldiers" }
        return u
    }

    @Test func noChartMixesUnits() {
        for chart in Self.charts {
            let units = Set(chart.bars.map { Self.comparableUnit($0.figure.unit) })
            #expect(units.count == 1, "\(chart.title): \(units)")
            // Money per year or per day is never drawn beside money.
            let money = Set(chart.bars.map(\.figure.unit).filter { $0.contains("dollar") })
            #expect(money.count <= 1, "\(chart.title): \(money)")
            // Shares compare only within the one thing they measure.
            if chart.kind == .percent {
                let measured = Set(chart.bars.map { String($0.shortMeasures.split(separator: ",")[0]) })
                #expect(measured.count == 1, "\(chart.title): \(measured)")
            }
            // Weight charts hold one drug each.
            if chart.kind == .mass {
                let drug = chart.title.split(separator: " ")[0].lowercased()
                #expect(chart.bars.allSatisfy { $0.shortMeasures.lowercased().hasPrefix(drug) }, "\(chart.title)")
            }
        }
    }

    @Test func weightsInOtherUnitsAreConvertedAndSaidSo() throws {
        let marijuana = try #require(Self.charts.first { $0.title == "Marijuana seized" })
        let tons = try #require(marijuana.bars.first { $0.figure.display == "65 tons" })
        #expect(tons.value == 65_000)
        #expect(marijuana.scaleNote(glyphs: .unicode).contains("a ton taken as 1000 kg"))
        #expect(marijuana.scaleNote(glyphs: .unicode).contains("a pound as 0.454 kg"))
        let text = screen(80, 24, keys: "# ] ] ] ]")
        #expect(text.contains("a ton taken as 1000 kg"))
    }

    @Test func usMoneyForMexicoComesFirstOnALabelledLogScale() throws {
        let money = try #require(Self.charts.first)
        #expect(money.title == "US money for Mexico's anti-drug effort")
        #expect(money.isHeadline)
        #expect(money.bars.contains { $0.figure.display == "$1 million" && $0.figure.year == 1970 && $0.caseID == CaseID("intercept") })
        #expect(money.bars.contains { $0.figure.display == "$1.5 billion" && $0.caseID == CaseID("merida") })
        #expect(money.bars.first?.figure.display == "$1 million")
        #expect(money.bars.last?.figure.display == "$1.5 billion")
        #expect(money.scale.isLog)
        #expect(screen(60, 16, keys: "#").contains("log scale: each mark ×10"))
        for size in [(80, 24), (160, 48)] {
            let text = screen(size.0, size.1, keys: "#")
            #expect(text.contains("log scale: each mark ×10"), "at \(size)")
            let ticks = try #require(text.split(separator: "\n").first { $0.contains("$1M") && $0.contains("$1B") })
            #expect(ticks.split(separator: " ").map(String.init) == ["$1M", "$10M", "$100M", "$1B"], "at \(size)")
        }
        // Linear elsewhere, unless the values span more than a hundredfold.
        for chart in Self.charts {
            let values = chart.bars.map(\.value)
            let spans = (values.max() ?? 0) / (values.min() ?? 1) > 100
            #expect(chart.scale.isLog == (spans && chart.kind != .percent), "\(chart.title)")
        }
    }

    @Test func chartsOfSeveralFiguresComeBeforeChartsOfOne() {
        let counts = Self.charts.map(\.bars.count)
        let firstSingle = counts.firstIndex(of: 1) ?? counts.count
        #expect(counts[firstSingle...].allSatisfy { $0 == 1 })
        #expect(counts[..<firstSingle].allSatisfy { $0 > 1 })
    }

    @Test func barsAreInOrderOfYearThenCase() {
        for chart in Self.charts {
            let keys = chart.bars.map { ($0.sortYear, $0.caseNumber) }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "\(chart.title)")
            let years = chart.bars.compactMap(\.figure.year)
            #expect(years == years.sorted(), "\(chart.title)")
        }
    }

    /// A bar's length in eighths, read back from the cells drawn.
    static func eighths(of text: String, glyphs: Glyphs) -> Int {
        var total = 0
        for ch in text {
            if let i = glyphs.barEighths.firstIndex(of: String(ch)), i > 0 { total += i }
        }
        return total
    }

    @Test(arguments: [60, 80, 120, 160, 300])
    func aBiggerValueNeverGetsAShorterBar(width: Int) {
        for glyphs in [Glyphs.unicode, .ascii] {
            let layout = FiguresLayout(charts: Self.charts, glyphs: glyphs, width: width)
            let lines = layout.allLines(Self.charts, selection: -1)
            #expect(lines.count == layout.lineCount)
            for (c, chart) in Self.charts.enumerated() {
                let drawn: [(value: Double, eighths: Int)] = layout.bars.filter { $0.chart == c }.map { place in
                    let bar = chart.bars[place.bar]
                    let line = lines[place.firstLine..<(place.firstLine + place.lineCount)]
                        .first { $0.spans.contains { $0.role == .figure } }
                    let cells = line?.spans.first { $0.role == .figure }?.text ?? ""
                    return (bar.value, glyphs == .ascii ? cells.count : Self.eighths(of: cells, glyphs: glyphs))
                }
                // A chart of one figure is a figure: no bar to compare with nothing.
                if chart.bars.count == 1 {
                    #expect(drawn.allSatisfy { $0.eighths == 0 }, "\(chart.title) at \(width): a lone figure has no bar")
                    continue
                }
                #expect(drawn.allSatisfy { $0.eighths > 0 }, "\(chart.title) at \(width)")
                for a in drawn {
                    for b in drawn where a.value < b.value {
                        #expect(a.eighths <= b.eighths, "\(chart.title) at \(width): \(a) vs \(b)")
                    }
                }
                // The largest value reaches the end of the bars on a log scale, and past the last
                // mark but one on a linear scale.
                let longest = drawn.map(\.eighths).max() ?? 0
                if chart.scale.isLog && glyphs == .unicode { #expect(longest == layout.barWidth * 8, "\(chart.title)") }
            }
        }
    }

    @Test func logScaleArithmetic() {
        for x in [1.0, 2, 5, 10, 17e6, 1.5e9, 0.003, 123_456, 9.999_999] {
            #expect(abs(ChartScale.log10(x) - Foundation.log10(x)) < 1e-12, "\(x)")
        }
        let money = ChartScale.fitting([1e6, 11.6e6, 17e6, 1.5e9])
        #expect(money.isLog && money.low == 1e5 && money.ticks == [1e6, 1e7, 1e8, 1e9])
        let soldiers = ChartScale.fitting([2500, 25_000, 40_000], whole: true)
        #expect(!soldiers.isLog && soldiers.ticks == [0, 10_000, 20_000, 30_000, 40_000])
        #expect(ChartScale.fitting([12, 5], whole: true).ticks == [0, 5, 10, 15])
        #expect(ChartScale.fitting([85, 37], percent: true).ticks == [0, 25, 50, 75, 100])
    }

    // MARK: Keys and mouse

    @Test(arguments: [
        ("#", "figures"),
        ("3 l #", "leyenda 2 > figures"),
        ("3 l # Escape", "leyenda 2"),
        ("# BSpace", "home"),
        ("# #", "figures"),
        ("# Enter", "figures > intercept 6"),
        ("# Enter Escape", "figures"),
        ("# j j j Enter", "figures > merida 6"),
        ("# 5 Enter", "figures > merida 6"),
        ("# G Enter", "figures > leyenda 1"),
        ("# d", "figures > questions"),
    ])
    func keysLeadTo(keys: String, place: String) {
        #expect(explorer(Size(width: 80, height: 24), keys: keys).place == place, "after \(keys)")
    }

    @Test func enterOpensTheFiguresCaseAtItsStage() throws {
        for keys in ["#", "# j j", "# ] ]", "# 4", "# 3 j", "# G", "# G k k k"] {
            let e = explorer(Size(width: 80, height: 24), keys: keys)
            let bar = try #require(Self.chosen(e))
            e.press(.enter)
            let reading = try #require(e.reading)
            #expect(reading.subject == .case(bar.caseID), "\(keys)")
            #expect(reading.step == bar.stageIndex, "\(keys)")
            let c = try #require(shippedContent.case(bar.caseID))
            #expect(c.stages[reading.step].parts.flatMap(\.figures).contains(bar.figure), "\(keys)")
        }
    }

    @Test func digitsJumpToTheFirstBarOfTheirCase() throws {
        let layout = FiguresLayout(charts: Self.charts, glyphs: .unicode, width: 76)
        let order = layout.bars.map { Self.charts[$0.chart].bars[$0.bar].caseNumber }
        for n in 1...5 {
            let e = explorer(Size(width: 80, height: 24), keys: "# G \(n)")
            let m = try #require(Self.figures(e))
            #expect(m.selection == order.firstIndex(of: n), "case \(n)")
            #expect(Self.chosen(e)?.caseNumber == n)
        }
        let none = explorer(Size(width: 80, height: 24), keys: "# j 7")
        #expect(Self.figures(none)?.selection == 1)
        #expect(none.frame().text.contains("No figures of case 7"))
    }

    @Test func tabAndBracketsStepThroughCharts() throws {
        let layout = FiguresLayout(charts: Self.charts, glyphs: .unicode, width: 76)
        for (keys, chart) in [("# Tab", 1), ("# ]", 1), ("# ] ] [", 1), ("# j Tab Tab BTab", 1), ("# Tab BTab", 0)] {
            let m = try #require(Self.figures(explorer(Size(width: 80, height: 24), keys: keys)))
            #expect(m.selection == layout.charts[chart].firstBar, "\(keys)")
        }
        let first = explorer(Size(width: 80, height: 24), keys: "# BTab")
        #expect(first.frame().text.contains("This is the first chart"))
        let last = explorer(Size(width: 80, height: 24), keys: "# G Tab")
        #expect(Self.figures(last)?.selection == layout.bars.count - 1)
    }

    /// The chosen bar's rows on screen, by its gutter mark.
    static func markedRows(_ text: String, glyphs: Glyphs = .unicode) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.hasPrefix(glyphs.gutter) }.map(\.offset)
    }

    @Test func theChosenBarStaysInViewAndChosenAcrossResizes() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "# j j j j j j j j j j j j")
        let before = try #require(Self.figures(e)).selection
        let bar = try #require(Self.chosen(e))
        for size in [Size(width: 160, height: 48), Size(width: 60, height: 16), Size(width: 100, height: 30), Size(width: 80, height: 24)] {
            e.resize(to: size)
            #expect(Self.figures(e)?.selection == before, "\(size)")
            let text = e.frame().text
            #expect(Self.markedRows(text).count >= 2, "\(size): the chosen bar is not in view")
            #expect(text.contains(bar.figure.amount), "\(size)")
        }
    }

    @Test func theChosenFigureIsWrittenOutWithItsSources() throws {
        let text = screen(80, 24, keys: "# ] ] ] ]")
        #expect(text.contains("Case 1/5 · Intercept › 7/7 Outcome"))
        #expect(text.contains("about 5 tons: Marijuana seized, as reported by the Mexican Government"))
        #expect(text.contains("Manzanera, 1974; Brown, 1976, p. 485"))
    }

    @Test func aClickChoosesABarAndASecondOpensIt() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "#")
        let rows = e.frame().text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(rows.firstIndex { $0.contains("$17 million") })
        e.mouse(MouseEvent(.click, x: 30, y: row + 1))
        #expect(Self.chosen(e)?.figure.display == "$17 million")
        #expect(Self.markedRows(e.frame().text) == [row, row + 1])
        e.mouse(MouseEvent(.click, x: 5, y: row))
        #expect(e.place == "figures > leyenda 6")
    }

    @Test func theWheelScrollsTheCharts() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "#")
        _ = e.frame()
        e.mouse(MouseEvent(.wheelDown, x: 40, y: 10))
        e.mouse(MouseEvent(.wheelDown, x: 40, y: 10))
        let m = try #require(Self.figures(e))
        #expect(m.scroll == 6)
        #expect(e.frame().text.split(separator: "\n")[0].contains("7–23/"))
        e.mouse(MouseEvent(.wheelUp, x: 40, y: 10))
        #expect(Self.figures(e)?.scroll == 3)
    }

    @Test func pagingMovesTheChoiceWithThePage() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "# PageDown PageDown")
        let m = try #require(Self.figures(e))
        #expect(m.scroll > 0)
        #expect(!Self.markedRows(e.frame().text).isEmpty)
        let back = explorer(Size(width: 80, height: 24), keys: "# PageDown PageDown g")
        #expect(Self.figures(back)?.selection == 0 && Self.figures(back)?.scroll == 0)
    }

    @Test(arguments: [(60, 16), (80, 24), (100, 30), (160, 48), (250, 60)])
    func nothingIsDrawnPastTheEdge(width: Int, height: Int) {
        for keys in ["#", "# G", "# ] ] ] ]", "# 5"] {
            for glyphs in [Glyphs.unicode, .ascii] {
                let text = screen(width, height, keys: keys, glyphs: glyphs)
                #expect(text.split(separator: "\n").allSatisfy { TextWidth.columns(of: $0) <= width })
            }
        }
    }

    @Test(arguments: [(0, 0), (1, 1), (10, 3), (59, 16), (60, 15), (3, 100), (400, 2)])
    func tinySizesNeverCrash(width: Int, height: Int) {
        let e = explorer(Size(width: width, height: height), keys: "# j Tab G PageUp 3 Enter")
        #expect(e.place == "figures > leyenda 6")
        e.press(.escape)
        e.resize(to: Size(width: 80, height: 24))
        #expect(e.frame().text.contains("Figures as charts"))
        #expect(Self.markedRows(e.frame().text).count == 2)
    }

    @Test func asciiGlyphsAreDistinct() {
        let g = Glyphs.ascii
        #expect(g.barEighths.count == 9 && Glyphs.unicode.barEighths.count == 9)
        #expect(Set([g.barEighths[1], g.barEighths[4], g.barEighths[8], g.tick, g.gridline]).count == 5)
        #expect((g.barEighths + [g.tick, g.gridline, g.times]).allSatisfy { $0.allSatisfy(\.isASCII) })
        let text = screen(80, 24, keys: "# ] ] ] ]", glyphs: .ascii)
        #expect(text.allSatisfy { $0.isASCII || !"█▏▎▍▌▋▊▉┴┊×─".contains($0) })
        #expect(text.contains("log scale") || text.contains("linear scale"))
        #expect(text.contains("###"))
    }
}
