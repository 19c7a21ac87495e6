import InfluenceText
/// A list screen narrowed by typing (the glossary, the people): what it has typed, its list, and
/// the items that match as laid out for an area; typing goes to it, and a resize keeps the chosen
/// item at its row.
protocol FilteredListModel: ScreenModel {
    associatedtype Items: KeyedItemLines
    var typed: ListFilter { get set }
    var list: ItemList { get set }
    /// Where the list is drawn in the screen's area.
    static func listRect(_ area: Rect) -> Rect
    /// The items that match what was typed, laid out for the area.
    func shown(env: Environment, area: Rect) -> Items
}

extension FilteredListModel {
    var takesText: Bool { true }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        list.resize(from: shown(env: env, area: old), to: shown(env: env, area: new), height: Self.listRect(new).height)
    }

    /// Draws the filter line below the title row (with how many of `total` match, `noun` when all
    /// do), then the list, the chosen item's first `chosenName` columns selected; or, when nothing
    /// matches, what to do about it (`nothing`: "No term matches").
    func renderFiltered(_ lines: [StyledLine], total: Int, noun: String, nothing: String, chosenName: Int,
                        area: Rect, glyphs g: Glyphs, into frame: inout Frame, shown: Items) {
        let rect = Self.listRect(area)
        typed.render(count: typed.text.isEmpty ? "\(total) \(noun)" : "\(shown.keys.count) of \(total)",
                     in: Rect(x: rect.x, y: area.y + 1, width: rect.width, height: 1), glyphs: g, into: &frame)
        guard shown.itemCount > 0 else {
            frame.hit(rect, .pane(.main))
            typed.renderNothingMatches(nothing, in: rect.splitLeft(2).rest, glyphs: g, into: &frame)
            return
        }
        list.render(lines, items: shown, in: rect, glyphs: g, into: &frame, chosenName: chosenName)
    }
}
