import InfluenceContent
import InfluenceText

/// A list's chosen item and scroll position, and how keys, the mouse and a resize move them: what
/// every list screen shares. The screen says what its items are (the lines each takes, an
/// `ItemLines`), what they look like, and what opening one does.
///
/// Every answer looks only at the chosen item and the items in view (found by halving), so a list
/// of thousands costs a key no more than a short one.
struct ItemList: Equatable, Sendable {
    /// The chosen item.
    var selection = 0
    /// The first line shown.
    var scroll = 0

    /// What an action did.
    enum Outcome: Equatable {
        /// A list action: the choice or the page moved, or stayed where it had to.
        case moved
        /// Enter, or a click on the item already chosen: the screen opens item `index`.
        case open(Int)
        /// Enter on an empty list.
        case nothingToOpen
        /// Not a list action: the screen's own.
        case notHandled
    }

    init() {}

    /// Item `index` chosen (kept in range) and shown at the top, with its lead, as far as the
    /// list scrolls.
    init(showing index: Int, items: some ItemLines, height: Int) {
        select(index, items: items, height: height)
        scrollToTop(items: items, height: height)
    }

    /// Applies a list action: ↑ ↓ Home End move the choice and keep it in view; PgUp, PgDn and the
    /// wheel move the page, the choice following it to the first item that starts in view (to the
    /// last once a page down reaches the end); a click chooses an item, a second click on it opens it.
    mutating func update(_ action: Action, items: some ItemLines, height: Int) -> Outcome {
        let count = items.itemCount
        switch action {
        case .up, .down, .top, .bottom, .pageUp, .pageDown, .scroll, .select: break
        case .activate: guard count > 0 else { return .nothingToOpen }
        default: return .notHandled
        }
        guard count > 0 else { return .moved }
        selection = min(max(0, selection), count - 1)
        switch action {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(count - 1, selection + 1)
        case .top: selection = 0
        case .bottom: selection = count - 1
        case .pageUp, .pageDown, .scroll:
            turnPage(action, items: items, height: height)
            return .moved
        case .select(let index):
            guard index >= 0, index < count else { return .moved }
            if index == selection { return .open(index) }
            selection = index
        default:
            return .open(selection)
        }
        keepInView(items: items, height: height)
        return .moved
    }

    /// Chooses item `index`, kept in range and in view.
    mutating func select(_ index: Int, items: some ItemLines, height: Int) {
        guard items.itemCount > 0 else { return }
        selection = min(max(0, index), items.itemCount - 1)
        keepInView(items: items, height: height)
    }

    /// Moves the page by a page key or the wheel; the choice follows it.
    private mutating func turnPage(_ action: Action, items: some ItemLines, height: Int) {
        let height = max(1, height)
        scroll = Scrolling.offset(scroll, action, lines: items.lineCount, height: height)
        let atEnd = action == .pageDown && scroll >= items.lineCount - height
        if let chosen = Scrolling.itemInView(items.firstLines, offset: scroll, height: height, last: atEnd) {
            selection = chosen
        }
    }

    /// Scrolls as little as it can to show the chosen item, with its lead when it moves up to it.
    mutating func keepInView(items: some ItemLines, height: Int) {
        guard selection >= 0, selection < items.itemCount else { return }
        let item = items.lines(of: selection)
        let top = item.lowerBound - items.lead(of: selection)
        show(top < scroll ? top..<item.upperBound : item, lineCount: items.lineCount, height: height)
    }

    /// Scrolls as little as it can to show `lines` of a list of `lineCount`: more than fit show
    /// from their first.
    mutating func show(_ lines: Range<Int>, lineCount: Int, height: Int) {
        let height = max(1, height)
        if lines.lowerBound < scroll {
            scroll = lines.lowerBound
        } else if lines.upperBound > scroll + height {
            scroll = min(lines.upperBound - height, lines.lowerBound)
        }
        scroll = min(max(0, scroll), max(0, lineCount - height))
    }

    /// Scrolls the chosen item, with its lead, to the top, as far as the list scrolls.
    mutating func scrollToTop(items: some ItemLines, height: Int) {
        guard selection >= 0, selection < items.itemCount else { return }
        scroll = min(max(0, items.lines(of: selection).lowerBound - items.lead(of: selection)),
                     max(0, items.lineCount - max(1, height)))
    }

    /// The list laid out anew (`before` to `after`, a new size): the chosen item stays at its row on
    /// screen as far as the new layout allows, and in view.
    mutating func resize(from before: some ItemLines, to after: some ItemLines, height: Int) {
        keepRow(from: before, to: after, height: height)
        keepInView(items: after, height: height)
    }

    /// The scroll that keeps the chosen item at its row on screen across a new layout, before the
    /// item is kept in view (a screen that shows a part of the item, not all of it, keeps that).
    mutating func keepRow(from before: some ItemLines, to after: some ItemLines, height: Int) {
        guard selection >= 0, selection < after.itemCount else { return }
        let row = selection < before.itemCount ? before.lines(of: selection).lowerBound - scroll : 0
        scroll = min(max(0, after.lines(of: selection).lowerBound - max(0, row)), max(0, after.lineCount - max(1, height)))
    }

    /// "12–22/40" for the lines in view of a list of `lineCount`; empty when all fit.
    func position(lineCount: Int, height: Int, glyphs: Glyphs) -> String {
        Scrolling.position(offset: scroll, height: height, total: lineCount, glyphs: glyphs)
    }

    /// Draws the position string, dim, ending at column `right` of row `y`; returns the column it
    /// starts at (`right` when all fit and there is none), for a title to stop short of.
    @discardableResult
    func renderPosition(lineCount: Int, height: Int, right: Int, y: Int, glyphs: Glyphs, into frame: inout Frame) -> Int {
        let text = position(lineCount: lineCount, height: height, glyphs: glyphs)
        let x = right - TextWidth.columns(of: text)
        if !text.isEmpty { frame.buffer.write(text, x: x, y: y, role: .dim) }
        return x
    }

    /// Draws a list screen's title row: the title at `x`, the position string ending at `right`,
    /// and between them a dim hint, cut to the room left.
    func renderTitle(_ title: String, hint: String, lineCount: Int, height: Int, x: Int, right: Int, y: Int,
                     glyphs: Glyphs, into frame: inout Frame) {
        let end = frame.buffer.write(title, x: x, y: y, role: .title, limit: right)
        let positionX = renderPosition(lineCount: lineCount, height: height, right: right, y: y, glyphs: glyphs, into: &frame)
        frame.buffer.write(TextWidth.truncate(hint, to: positionX - 1 - end, ellipsis: glyphs.ellipsis), x: end, y: y, role: .dim)
    }

    /// Draws the list in `rect`: its lines right of a two-column gutter from the first line shown
    /// (`highlight`, a note marker drawn selected), then the marks (see `mark`). `chosenName`: how
    /// many columns at the start of the chosen item's first line are drawn selected (its name, its date).
    func render(_ lines: [StyledLine], items: some ItemLines, in rect: Rect, glyphs: Glyphs, into frame: inout Frame,
                chosenName: Int = 0, highlight: (line: Int, note: NoteID)? = nil, marked: Set<Int> = []) {
        let text = rect.splitLeft(2).rest
        LinesView.render(lines, offset: scroll, in: text, into: &frame, highlight: highlight)
        mark(items, in: rect, glyphs: glyphs, into: &frame, marked: marked)
        guard chosenName > 0, selection >= 0, selection < items.itemCount else { return }
        let first = items.lines(of: selection).lowerBound
        guard first >= scroll, first < scroll + rect.height, lines.indices.contains(first) else { return }
        frame.buffer.write(TextWidth.prefix(lines[first].text, fitting: chosenName), x: text.x, y: text.y + first - scroll,
                           role: .selection, limit: text.maxX)
    }

    /// Marks the list drawn in `rect` (its gutter the first column): the whole of it is the main
    /// pane, for the wheel; each item in view is a click target that chooses it (`.select`); the
    /// chosen item's rows carry the gutter bar, accented, and the `marked` items' a dim one.
    func mark(_ items: some ItemLines, in rect: Rect, glyphs: Glyphs, into frame: inout Frame, marked: Set<Int> = []) {
        frame.hit(rect, .pane(.main))
        for index in itemsInView(items, height: rect.height) {
            let lines = items.lines(of: index)
            let top = max(lines.lowerBound, scroll), bottom = min(lines.upperBound, scroll + rect.height)
            guard top < bottom else { continue }
            frame.hit(Rect(x: rect.x, y: rect.y + top - scroll, width: rect.width, height: bottom - top), .action(.select(index)))
            let role: StyleRole
            if index == selection { role = .accent } else if marked.contains(index) { role = .dim } else { continue }
            for line in top..<bottom { frame.buffer.write(glyphs.gutter, x: rect.x, y: rect.y + line - scroll, role: role) }
        }
    }

    /// The items with a line among the `height` lines shown, found by halving.
    func itemsInView(_ items: some ItemLines, height: Int) -> Range<Int> {
        let ends = (0..<items.itemCount).lazy.map { items.lines(of: $0).upperBound }
        let first = Scrolling.firstIndex(ends) { $0 > scroll }
        let end = Scrolling.firstIndex(items.firstLines) { $0 >= scroll + max(0, height) }
        return first..<max(first, end)
    }
}
