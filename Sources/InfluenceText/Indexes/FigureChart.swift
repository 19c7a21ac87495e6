import InfluenceContent

/// One chart of the article's figures: figures of one kind and unit only, so only like compares with
/// like, each a bar on a shared scale, in order of year.
public struct FigureChart: Equatable, Sendable {
    /// What the numbers are: money, weight, a share, a length of time, or a count of something.
    public enum Kind: Int, Comparable, Sendable {
        case money, mass, count, percent, duration

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var title: String
    public var kind: Kind
    /// The unit every bar is drawn in: "US dollars", "kilograms", "per cent", "soldiers".
    public var unit: String
    /// Units drawn in another's terms, said on the chart: "tons drawn as 1000 kilograms".
    public var conversions: [String]
    public var bars: [ChartBar]
    public var scale: ChartScale
    /// Whether this is US money for Mexico's anti-drug effort (in totals, or a year).
    public var isForMexico: Bool

    /// US money for Mexico's anti-drug effort in totals: the chart shown first.
    public var isHeadline: Bool { isForMexico && kind == .money && !TextTools.contains(unit.lowercased(), " per ") }

    /// "log scale: each mark ×10 · US dollars", "linear scale · kilograms; tons drawn as 1000 kilograms".
    public func scaleNote(glyphs: Glyphs) -> String {
        let kind = scale.isLog ? "log scale: each mark \(glyphs.times)10" : "linear scale"
        let unitText = unit + (conversions.isEmpty ? "" : " (\(conversions.joined(separator: ", ")))")
        return "\(kind) \(glyphs.dot) \(unitText)"
    }

    /// How the axis writes a mark's value: "$1M", "25%", "50 000".
    public func tickLabel(_ value: Double) -> String {
        switch kind {
        case .money: return Self.money(value)
        case .percent: return Self.number(value) + "%"
        default: return value >= 1_000_000 ? Self.number(value / 1_000_000) + " million" : Self.number(value)
        }
    }

    /// "$1M", "$15.1M", "$1B", "$500K", "$40".
    static func money(_ value: Double) -> String {
        if value >= 1e9 { return "$" + number(value / 1e9) + "B" }
        if value >= 1e6 { return "$" + number(value / 1e6) + "M" }
        if value >= 1e3 { return "$" + number(value / 1e3) + "K" }
        return "$" + number(value)
    }

    /// A number as the article writes one: "2500", "25 000", "0.5"; at most one decimal.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, decimal = tenths % 10
        var digits = String(whole)
        if whole >= 10_000 {
            var grouped = ""
            for (i, c) in digits.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { grouped.append(" ") }
                grouped.append(c)
            }
            digits = String(grouped.reversed())
        }
        return decimal == 0 ? digits : "\(digits).\(decimal)"
    }
}

/// A figure as a bar: the figure, where it stands in the content, and its value in its chart's unit.
public struct ChartBar: Equatable, Sendable {
    public var figure: Figure
    public var caseID: CaseID
    public var caseNumber: Int
    /// The case's short name: "Leyenda".
    public var caseName: String
    /// The figure's stage: its index in the case's stages.
    public var stageIndex: Int
    /// The value drawn (tons and pounds in kilograms).
    public var value: Double
    /// The year the bar is ordered by: the figure's year, else the first year its period names, else
    /// its case's first year. Never shown: only `when` is.
    public var sortYear: Int
    /// The figure's place among all figures of the content.
    public var order: Int
    /// The year or, without one, the period without its aside: "1970", "Operation Impunity".
    public var when: String
    /// What the figure measures, without the aside in parentheses at its end.
    public var shortMeasures: String
}
