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
}
