/// Where values fall along a chart's bars: a linear scale from zero, or a log scale where the values
/// span orders of magnitude; with the values its marks stand at.
public struct ChartScale: Equatable, Sendable {
    /// Whether each mark is ten times the one before.
    public var isLog: Bool
    /// The value at the start of the bars: zero, or on a log scale a power of ten below the least value.
    public var low: Double
    /// The value at the end of the bars.
    public var high: Double
    /// The values the axis marks, in order.
    public var ticks: [Double]

    /// Log when the largest value is more than 100 times the least; shares (`percent`) run 0–100.
    /// `whole`: the values are counts, so marks fall on whole numbers.
    public static func fitting(_ values: [Double], percent: Bool = false, whole: Bool = false) -> ChartScale {
        let positive = values.filter { $0 > 0 }
        let largest = positive.max() ?? 1
        let least = positive.min() ?? 1
        if !percent, positive.count == values.count, largest / least > 100 {
            return log(least: least, largest: largest)
        }
        if percent && largest <= 100 {
            return ChartScale(isLog: false, low: 0, high: 100, ticks: [0, 25, 50, 75, 100])
        }
        return linear(largest: largest, whole: whole)
    }

    /// From a power of ten below the least value's own (so the least bar still shows) to the largest value.
    static func log(least: Double, largest: Double) -> ChartScale {
        let low = Self.power(Self.decade(of: least) - 1)
        var ticks: [Double] = []
        var mark = low * 10
        while mark <= largest * 1.000_001 {
            ticks.append(mark)
            mark *= 10
        }
        return ChartScale(isLog: true, low: low, high: largest, ticks: ticks)
    }

    /// From zero to a round number at or above the largest value, marked four or five times.
    static func linear(largest: Double, whole: Bool) -> ChartScale {
        let rough = max(largest, .leastNormalMagnitude) / 5
        var step = power(decade(of: rough))
        for multiple in [1.0, 2, 2.5, 5, 10] where step * multiple >= rough * 0.999_999 {
            if whole && (step * multiple).rounded() != step * multiple { continue }
            step *= multiple
            break
        }
        if whole { step = max(1, step.rounded()) }
        let count = Int((largest / step).rounded(.up))
        let ticks = (0...max(1, count)).map { Double($0) * step }
        return ChartScale(isLog: false, low: 0, high: ticks.last ?? step, ticks: ticks)
    }

    /// Where a value stands between the start (0) and the end (1) of the bars, clamped to them.
    public func fraction(_ value: Double) -> Double {
        let f: Double
        if isLog {
            guard value > 0, high > low else { return 0 }
            f = (Self.log10(value) - Self.log10(low)) / (Self.log10(high) - Self.log10(low))
        } else {
            guard high > low else { return 0 }
            f = (value - low) / (high - low)
        }
        return min(1, max(0, f))
    }

    /// A bar's length in eighths of a cell, for bars `width` cells long: a value above the start always
    /// shows at least an eighth, and a bigger value never gets a shorter bar.
    public func eighths(_ value: Double, width: Int) -> Int {
        let f = fraction(value)
        guard f > 0 else { return 0 }
        return max(1, Int((f * Double(width) * 8).rounded()))
    }

    /// The column (from the bars' start) of the mark at `value`: the last cell a bar of that value fills.
    public func column(_ value: Double, width: Int) -> Int {
        max(0, min(width - 1, Int((fraction(value) * Double(width)).rounded(.up)) - 1))
    }

    /// The bar drawn with `glyphs`, for `eighths` of a cell.
    public static func bar(eighths: Int, glyphs: Glyphs) -> String {
        let parts = glyphs.barEighths
        guard parts.count == 9, eighths > 0 else { return "" }
        return String(repeating: parts[8], count: eighths / 8) + parts[eighths % 8]
    }

    // MARK: Arithmetic without Foundation

    /// The power of ten at or below a positive value: 6 for 1 500 000.
    static func decade(of value: Double) -> Int {
        guard value > 0, value.isFinite else { return 0 }
        var d = 0
        var v = value
        while v >= 10 { v /= 10; d += 1 }
        while v < 1 { v *= 10; d -= 1 }
        return d
    }

    /// 10 to an integer power.
    static func power(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    /// The base-10 logarithm of a positive value, from its binary exponent and a series for the rest
    /// (ln m = 2 artanh((m − 1)/(m + 1)), which converges fast for m in [1, 2)).
    static func log10(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 0 }
        let m = value.significand
        let z = (m - 1) / (m + 1), z2 = z * z
        var term = z, sum = 0.0
        for k in stride(from: 1, through: 41, by: 2) {
            sum += term / Double(k)
            term *= z2
        }
        let ln2 = 0.693_147_180_559_945_3, ln10 = 2.302_585_092_994_045_7
        return (Double(value.exponent) * ln2 + 2 * sum) / ln10
    }
}
