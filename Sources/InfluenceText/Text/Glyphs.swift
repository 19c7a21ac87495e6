/// The symbols the explorer draws with: Unicode, or distinct ASCII stand-ins where the locale is not
/// UTF-8 (so "·" and "◆" do not both become "*", and "…" does not become a full stop).
public struct Glyphs: Equatable, Sendable {
    /// Between items of a line: "·".
    public var dot: String
    /// Marks the three conditions: "◆".
    public var condition: String
    /// Ends cut text: "…".
    public var ellipsis: String
    public var bullet: String
    /// Points at the chosen entry: "▶".
    public var pointer: String
    /// Marks the selected side item: "▌".
    public var gutter: String
    /// Between levels of a breadcrumb: "›".
    public var crumb: String
    public var dash: String
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var left: String
    public var right: String
    public var up: String
    public var down: String
    /// "1–7".
    public var rangeDash: String
    public var openQuote: String
    public var closeQuote: String
    /// A bar of a chart in eighths of a cell: index 0 is nothing, 1–7 a part cell ("▏" to "▉"), 8 a
    /// full cell ("█"). The ASCII stand-ins: "-" under half a cell, "=" half or more, "#" a full cell.
    public var barEighths: [String]
    /// A mark on a chart's axis: "┴".
    public var tick: String
    /// Where a chart's mark stands through its bars: "┊".
    public var gridline: String
    /// "×", as in "each mark ×10".
    public var times: String
    /// Fills a case's years on the timeline's ruler: "█".
    public var span: String
    /// Marks years without events on the timeline: "┊".
    public var gap: String

    public static let unicode = Glyphs(
        dot: "·", condition: "◆", ellipsis: "…", bullet: "•", pointer: "▶", gutter: "▌", crumb: "›", dash: "—",
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        left: "←", right: "→", up: "↑", down: "↓", rangeDash: "–", openQuote: "\u{201C}", closeQuote: "\u{201D}",
        barEighths: ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], tick: "┴", gridline: "┊", times: "×",
        span: "█", gap: "┊")

    public static let ascii = Glyphs(
        dot: "-", condition: "#", ellipsis: "...", bullet: "*", pointer: ">", gutter: "|", crumb: ">", dash: "--",
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        left: "<", right: ">", up: "^", down: "v", rangeDash: "-", openQuote: "\"", closeQuote: "\"",
        barEighths: ["", "-", "-", "-", "=", "=", "=", "=", "#"], tick: "+", gridline: ":", times: "x",
        span: "=", gap: ":")
}
