import InfluenceText

/// How scroll keys move a view over lines: shared by every screen that scrolls.
enum Scrolling {
    /// The new top line after `action`, for `lines` lines shown `height` at a time; never past the end.
    static func offset(_ offset: Int, _ action: Action, lines: Int, height: Int) -> Int {
        let maxOffset = max(0, lines - max(1, height))
        let page = max(1, height - 1)
        let next: Int
        switch action {
        case .up: next = offset - 1
        case .down: next = offset + 1
        case .pageUp: next = offset - page
        case .pageDown: next = offset + page
        case .top: next = 0
        case .bottom: next = maxOffset
        case .scroll(_, let delta): next = offset + delta
        default: next = offset
        }
        return min(max(0, next), maxOffset)
    }

    /// The item a list's choice follows when the page moved under it: the first of the items (given
    /// by their first lines) that starts in the `height` lines from `offset`, or with `last` the last
    /// one; nil when none starts in view.
    /// The first lines are in order (a list's items follow each other), so the items in view are
    /// found by halving rather than by looking at each.
    static func itemInView<Lines: RandomAccessCollection>(_ firstLines: Lines, offset: Int, height: Int, last: Bool) -> Int?
    where Lines.Element == Int, Lines.Index == Int {
        let first = firstIndex(firstLines) { $0 >= offset }
        let end = firstIndex(firstLines) { $0 >= offset + height }
        guard first < end else { return nil }
        return last ? end - 1 : first
    }

    /// The first index of `items` whose element satisfies `isPast`, or `endIndex`: `isPast` is
    /// false for the items before some point and true from there on (items in line order, asked
    /// whether they end or start past a line), so halving finds it.
    static func firstIndex<Items: RandomAccessCollection>(_ items: Items, where isPast: (Items.Element) -> Bool) -> Int
    where Items.Index == Int {
        var low = items.startIndex, high = items.endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isPast(items[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Whether an action moves a scroll position.
    static func isScroll(_ action: Action) -> Bool {
        switch action {
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .scroll: return true
        default: return false
        }
    }

    /// "12–22/40" for lines 12 to 22 of 40 shown; empty when everything fits.
    static func position(offset: Int, height: Int, total: Int, glyphs: Glyphs) -> String {
        guard total > height else { return "" }
        return "\(offset + 1)\(glyphs.rangeDash)\(min(total, offset + height))/\(total)"
    }
}
