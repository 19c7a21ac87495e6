import InfluenceContent

/// Sorts the content's figures into charts so that only like compares with like.
///
/// The rule: a chart holds figures of one unit. Units are compared as written (lower case), except
/// that kilograms, kilos, tons and pounds are all weight, drawn in kilograms and said so on the
/// chart, and "troops" are soldiers. Money per year or per day is another unit than money. Three
/// kinds are split further by what the figures measure, read from their `measures`: money into US
/// money for Mexico's anti-drug effort, money seized, and the rest; weight by the drug seized;
/// shares ("per cent …") by the thing measured (the words before the first comma). US money for
/// Mexico, in totals, comes first; then the charts of several figures, then those of one; money
/// before weight, counts, shares and lengths of time; otherwise in the order of the content.
public enum FigureCharts {
    /// Every figure of the content, in its chart.
    public static func make(_ content: Content) -> [FigureChart] {
        var groups: [(key: String, bars: [ChartBar], quantity: Quantity)] = []
        var groupIndex: [String: Int] = [:]
        var order = 0
        for c in content.cases {
            let firstYear = year(in: c.years) ?? 0
            for (stageIndex, stage) in c.stages.enumerated() {
                for figure in stage.parts.flatMap(\.figures) {
                    let quantity = Quantity(figure)
                    let bar = ChartBar(figure: figure, caseID: c.caseID, caseNumber: c.number, caseName: c.shortTitle,
                                       stageIndex: stageIndex, value: figure.value * quantity.factor,
                                       sortYear: figure.year ?? figure.period.flatMap(year(in:)) ?? firstYear,
                                       order: order,
                                       when: figure.year.map(String.init) ?? withoutAside(figure.period ?? ""),
                                       shortMeasures: withoutAside(figure.measures))
                    order += 1
                    if let i = groupIndex[quantity.key] {
                        groups[i].bars.append(bar)
                        groups[i].quantity.conversions += quantity.conversions.filter { !groups[i].quantity.conversions.contains($0) }
                    } else {
                        groupIndex[quantity.key] = groups.count
                        groups.append((quantity.key, [bar], quantity))
                    }
                }
            }
        }
        let charts = groups.map { group -> FigureChart in
            let q = group.quantity
            let bars = group.bars.sorted { ($0.sortYear, $0.caseNumber, $0.order) < ($1.sortYear, $1.caseNumber, $1.order) }
            let values = bars.map(\.value)
            let whole = q.kind != .money && q.kind != .percent && values.allSatisfy { $0.rounded() == $0 }
            return FigureChart(title: q.title(single: bars.count == 1 ? bars.first : nil), kind: q.kind, unit: q.unit,
                               conversions: q.conversions, bars: bars,
                               scale: .fitting(values, percent: q.kind == .percent, whole: whole),
                               isForMexico: q.subject == Quantity.forMexico)
        }
        return charts.enumerated().sorted { a, b in
            func rank(_ chart: FigureChart, _ index: Int) -> (Int, Int, Int, Int) {
                let first = chart.isHeadline ? 0 : chart.isForMexico ? 1 : 2
                return (first, chart.bars.count > 1 ? 0 : 1, chart.kind.rawValue, index)
            }
            return rank(a.element, a.offset) < rank(b.element, b.offset)
        }.map(\.element)
    }

    /// The first year (1900–2099) written in a text: 1999 in "after the Mérida Agreement of February 1999".
    static func year(in text: String) -> Int? {
        let chars = Array(text)
        guard chars.count >= 4 else { return nil }
        for i in 0...(chars.count - 4) {
            let run = chars[i..<(i + 4)]
            guard run.allSatisfy(\.isASCIIDigit) else { continue }
            if i > 0 && chars[i - 1].isASCIIDigit { continue }
            if i + 4 < chars.count && chars[i + 4].isASCIIDigit { continue }
            if let n = Int(String(run)), (1900...2099).contains(n) { return n }
        }
        return nil
    }

    /// Text without an aside in parentheses at its end: "Operation Impunity (the article gives no year)"
    /// is "Operation Impunity".
    static func withoutAside(_ text: String) -> String {
        guard text.hasSuffix(")") else { return text }
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == ")" { depth += 1 }
            if text[index] == "(" { depth -= 1 }
            if depth == 0 { break }
        }
        guard depth == 0, index > text.startIndex else { return text }
        return String(text[..<index]).trimmingSpaces
    }
}

/// What a figure counts, as the charts compare it: kind, unit, and what it measures where that matters.
struct Quantity {
    static let forMexico = "us money for mexico"
    static let seized = "seized"

    var kind: FigureChart.Kind
    /// The unit the chart draws in.
    var unit: String
    /// For some kinds, what is measured: the drug, the kind of money, the share's subject.
    var subject: String?
    /// What to multiply the figure's value by to draw it in `unit`.
    var factor = 1.0
    var conversions: [String] = []

    /// Figures with the same key go in one chart.
    var key: String { "\(kind.rawValue)|\(unit.lowercased())|\(subject ?? "")" }

    init(_ figure: Figure) {
        let unit = figure.unit.lowercased().trimmingSpaces
        let words = Self.words(figure.measures)
        switch unit {
        case "kilograms", "kilogram", "kilos", "kilo", "kg", "tons", "ton", "tonnes", "tonne", "pounds", "pound", "lbs":
            kind = .mass
            self.unit = "kilograms"
            if unit.hasPrefix("ton") {
                factor = 1000
                conversions = ["a ton taken as 1000 kg"]
            } else if unit.hasPrefix("pound") || unit == "lbs" {
                factor = 0.453_592_37
                conversions = ["a pound as 0.454 kg"]
            }
            // The drug named first, before any aside ("Opium confiscated (… the marijuana figure …)").
            let measured = FigureCharts.withoutAside(figure.measures).lowercased().split { !$0.isLetter }.map(String.init)
            subject = measured.first { ["marijuana", "cocaine", "heroin", "opium"].contains($0) }
        case _ where TextTools.contains(unit, "dollar"):
            kind = .money
            self.unit = figure.unit.trimmingSpaces
            if words.contains("seized") || words.contains("confiscated") || words.contains("seizure") {
                subject = Self.seized
            } else if words.contains("us") || (words.contains("united") && words.contains("states")),
                      words.contains(where: { $0.hasPrefix("mexic") }),
                      !words.isDisjoint(with: ["aid", "support", "funding", "spending", "provided"]) {
                subject = Self.forMexico
            }
        case _ where unit.hasPrefix("per cent") || unit.hasPrefix("percent") || unit == "%":
            kind = .percent
            self.unit = "per cent"
            let measured = FigureCharts.withoutAside(figure.measures)
            subject = String(measured.split(separator: ",", maxSplits: 1).first ?? Substring(measured))
        case "days", "day", "weeks", "week", "months", "month", "years", "year":
            kind = .duration
            self.unit = unit.hasSuffix("s") ? unit : unit + "s"
        default:
            kind = .count
            // Compared in lower case, shown as the content writes it ("DEA agents").
            self.unit = unit == "troops" ? "soldiers" : figure.unit.trimmingSpaces
        }
    }

    /// The chart's title; for a chart of one figure, the share's own subject in full.
    func title(single: ChartBar?) -> String {
        switch kind {
        case .money:
            let rate = unit.lowercased().split(separator: " ").drop { $0 != "per" }.joined(separator: " ")
            let each = rate.isEmpty ? "" : ", \(rate)"
            if subject == Self.forMexico { return "US money for Mexico's anti-drug effort\(each)" }
            if subject == Self.seized { return "Money and assets seized\(each)" }
            return Self.capitalized(unit)
        case .mass:
            return subject.map { Self.capitalized($0) + " seized" } ?? "Weight"
        case .percent:
            if let single { return Self.capitalized(single.shortMeasures) }
            return Self.capitalized(subject ?? unit)
        case .duration:
            return "How long, in \(unit)"
        case .count:
            return Self.capitalized(unit)
        }
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The words of a text, lower case, letters only.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init))
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
