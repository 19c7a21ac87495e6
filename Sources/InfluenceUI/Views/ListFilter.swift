import InfluenceText

/// What has been typed to narrow a list, and how typing, Backspace and Esc change it: a letter
/// narrows the list (the best match is chosen), Backspace and Esc widen it again (the chosen item
/// stays chosen). The screen matches its items against `text`.
struct ListFilter: Equatable, Sendable {
    /// What has been typed.
    var text = ""

    /// What a key did to the filter.
    enum Change: Equatable {
        /// A letter typed: fewer items match; the list starts again at its first.
        case narrowed
        /// Backspace or Esc: as many items match or more; the chosen item stays chosen.
        case widened
        /// Backspace with nothing typed.
        case nothingToErase
        /// Esc with nothing typed.
        case nothingToClear
    }

    /// Applies `.type`, `.erase` (the last character goes) or `.cancel` (all of it goes); nil
    /// for any other action.
    mutating func update(_ action: Action) -> Change? {
        switch action {
        case .type(let c):
            text.append(c)
            return .narrowed
        case .erase:
            guard !text.isEmpty else { return .nothingToErase }
            text.removeLast()
            return .widened
        case .cancel:
            guard !text.isEmpty else { return .nothingToClear }
            text = ""
            return .widened
        default:
            return nil
        }
    }

    /// The list once the filter changed (`change`): typing starts it again at its first item, the
    /// best match; a shorter filter chooses again the item chosen before, at `kept` (its place among
    /// the items that match now; nil when it is not there, and the first is chosen), and shows it.
    static func list(after change: Change, keeping kept: Int?, items: some ItemLines, height: Int) -> ItemList {
        var list = ItemList()
        if change == .widened { list.select(kept ?? 0, items: items, height: height) }
        return list
    }

    /// What a key did to a filtered list (`update(_:list:shown:height:layout:)`).
    enum Outcome {
        /// Not a filter key: the list's, or the screen's.
        case notFilter
        /// A filter key, done; what the explorer should do next, if anything.
        case done(Navigation?)
    }

    /// Applies a filter key to a list: typing narrows it (the best match chosen), Backspace and Esc
    /// widen it again with the item chosen before still chosen (found by its key in `layout`, the
    /// list laid out for the new text); Backspace with nothing typed says so, Esc goes back.
    mutating func update<Items: KeyedItemLines>(_ action: Action, list: inout ItemList, shown: Items, height: Int,
                                                layout: (String) -> Items) -> Outcome {
        let chosen = shown.keys.indices.contains(list.selection) ? shown.keys[list.selection] : nil
        guard let change = update(action) else { return .notFilter }
        switch change {
        case .narrowed, .widened:
            let after = layout(text)
            list = Self.list(after: change, keeping: chosen.flatMap { after.keys.firstIndex(of: $0) }, items: after, height: height)
            return .done(nil)
        case .nothingToErase: return .done(.message("The filter is empty; Esc goes back"))
        case .nothingToClear: return .done(.back)
        }
    }

    /// Draws the filter line in `row`: "Filter: ", what was typed and a cursor (its end, when it is
    /// long), a hint while nothing is typed, and `count` (how many match) at the right.
    func render(count: String, in row: Rect, glyphs g: Glyphs, into frame: inout Frame) {
        let countX = row.maxX - TextWidth.columns(of: count)
        var x = frame.buffer.write("Filter: ", x: row.x, y: row.y, role: .accent)
        let room = max(1, countX - 2 - x - 1)
        let visible = TextWidth.columns(of: text) <= room ? text
            : g.ellipsis + String(text.reversed().prefix(room - TextWidth.columns(of: g.ellipsis)).reversed())
        x = frame.buffer.write(visible, x: x, y: row.y, limit: countX - 2)
        frame.buffer.write(" ", x: x, y: row.y, role: .selection)
        if text.isEmpty {
            // The longest hint that fits whole.
            let hints = ["  type to narrow the list; Esc goes back", "  type to narrow the list", "  type to filter"]
            if let hint = hints.first(where: { x + 1 + TextWidth.columns(of: $0) <= countX - 2 }) {
                frame.buffer.write(hint, x: x + 1, y: row.y, role: .dim)
            }
        }
        frame.buffer.write(count, x: countX, y: row.y, role: text.isEmpty ? .dim : .accent)
    }

    /// Says in `rect` that nothing matches what was typed ("No term matches “xyz”."), and how to widen it.
    func renderNothingMatches(_ what: String, in rect: Rect, glyphs g: Glyphs, into frame: inout Frame) {
        let message = "\(what) \(g.openQuote)\(text)\(g.closeQuote). Backspace erases; Esc clears the filter."
        for (i, line) in WordWrap.lines(message, width: max(1, rect.width)).enumerated() where i < rect.height {
            frame.buffer.write(line, x: rect.x, y: rect.y + i)
        }
    }
}

/// A list whose items each stand for something with a key of its own (its place in the content's
/// list of terms, of people), so a filtered list can find the same item again after the filter changes.
protocol KeyedItemLines: ItemLines {
    /// Each item's key, in the list's order.
    var keys: [Int] { get }
}
