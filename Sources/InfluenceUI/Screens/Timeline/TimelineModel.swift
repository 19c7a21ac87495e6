import InfluenceContent
import InfluenceText

/// Every dated event of every case on one axis, in date order: the cases as episodes years apart.
/// A ruler shows the axis and each case's years; the list gives each event's date at its own
/// precision, its case (number, name, colour) and its text, with a row for each stretch of years
/// without events. Enter opens the event's case at the stage that tells it, or the selected note.
public struct TimelineModel: ScreenModel {
    /// The chosen event (an index into `Timeline.entries`) and the first list line shown.
    var list = ItemList()
    /// The chosen event, an index into `Timeline.entries`.
    public var selection: Int { get { list.selection } set { list.selection = newValue } }
    /// The first list line shown.
    public var scroll: Int { get { list.scroll } set { list.scroll = newValue } }
    /// The selected note marker among the chosen event's markers, if one is.
    public var marker: Int?

    public init() {}

    /// Opened from a case, the timeline starts at that case's first event.
    init(env: Environment, area: Rect, from top: Screen) {
        self.init()
        if top.kind == .case, let id = top.chosen(env: env).caseID,
           let first = Self.layout(env: env, area: area).entries.firstIndex(where: { $0.caseID == id }) {
            self = TimelineModel(selecting: first, env: env, area: area)
        }
    }

    /// The timeline with an event chosen, shown near the top.
    init(selecting index: Int, env: Environment, area: Rect) {
        let layout = Self.layout(env: env, area: area)
        guard layout.list.items.indices.contains(index) else {
            selection = index
            return
        }
        list = ItemList(showing: index, items: layout.list, height: layout.listRect.height)
    }

    /// Where things go in an area, and the list, the ruler and the legend laid out for it.
    struct Layout {
        var entries: [TimelineEntry]
        var axis: ClosedRange<Int>?
        /// Nil when there is no axis (no dated event).
        var ruler: TimelineRuler?
        /// The legend's row, and the legend drawn from its left end (it names every case, so it is
        /// drawn once, here).
        var legend: (rect: Rect, drawn: Frame)?
        var listRect: Rect
        var list: TimelineList
    }

    static func layout(env: Environment, area: Rect) -> Layout {
        env.layout(for: area) { makeLayout(env: env, area: area) }
    }

    private static func makeLayout(env: Environment, area: Rect) -> Layout {
        let entries = Timeline.entries(env.content)
        let cases = env.content.cases.count
        let body = area.splitTop(1).rest.inset(dx: 2)
        // One row per case when that leaves the list 16 rows, else every case on one row.
        let detailedHeight = TimelineRuler.height(.detailed, cases: cases)
        let kind: TimelineRuler.Kind = body.height - detailedHeight - 2 >= 16 ? .detailed : .compact
        var rest = body
        var legend: (rect: Rect, drawn: Frame)?
        if kind == .detailed {
            rest = rest.splitTop(1).rest
        } else {
            let split = rest.splitTop(1)
            legend = (split.top, drawLegend(env: env, width: split.top.width))
            rest = split.rest
        }
        let rulerSplit = rest.splitTop(TimelineRuler.height(kind, cases: cases))
        // A blank row under the ruler, unless the window is low.
        let listRect = area.height >= 20 ? rulerSplit.rest.splitTop(1).rest : rulerSplit.rest
        let list = TimelineList(env: env, entries: entries, width: max(1, listRect.width - 2))
        let axis = Timeline.axis(env.content, entries: entries)
        let ruler = axis.map {
            TimelineRuler(kind: kind, cases: env.content.cases, entries: entries, axis: $0, rect: rulerSplit.top, glyphs: env.glyphs)
        }
        return Layout(entries: entries, axis: axis, ruler: ruler, legend: legend, listRect: listRect, list: list)
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let layout = Self.layout(env: env, area: area)
        let items = layout.list.items
        let height = layout.listRect.height
        let before = selection
        switch action {
        case .number(let n):
            guard let index = env.content.cases.firstIndex(where: { $0.number == n }),
                  let first = layout.entries.firstIndex(where: { $0.caseIndex == index }) else {
                return .message("No case \(n); the cases are 1\(env.glyphs.rangeDash)\(env.content.cases.count)")
            }
            list = ItemList(showing: first, items: layout.list, height: height)
            if selection != before { marker = nil }
        case .nextMarker, .previousMarker:
            guard !items.isEmpty else { return nil }
            selection = min(selection, items.count - 1)
            guard let found = nextMarker(forward: action == .nextMarker, items: items) else {
                return .message(action == .nextMarker ? "No note marker after this one" : "No note marker before this one")
            }
            selection = found.item
            marker = found.marker
            list.keepInView(items: layout.list, height: height)
            let line = items[selection].markers[found.marker].line
            list.show(line..<(line + 1), lineCount: layout.list.lines.count, height: height)
        default:
            let outcome = list.update(action, items: layout.list, height: height)
            // Another event chosen: its own markers, none selected.
            if selection != before { marker = nil }
            switch outcome {
            case .open: return open(layout: layout, env: env, area: area)
            case .nothingToOpen: return .message("The content has no dated events")
            case .moved, .notHandled: break
            }
        }
        return nil
    }

    /// The next (or previous) note marker from the selected one: in the chosen event, then in the
    /// events after (or before) it.
    func nextMarker(forward: Bool, items: [TimelineList.Item]) -> (item: Int, marker: Int)? {
        var item = selection
        var index = forward ? (marker ?? -1) + 1 : (marker ?? items[item].markers.count) - 1
        while items.indices.contains(item) {
            if items[item].markers.indices.contains(index) { return (item, index) }
            item += forward ? 1 : -1
            guard items.indices.contains(item) else { return nil }
            index = forward ? 0 : items[item].markers.count - 1
        }
        return nil
    }

    /// Enter: the selected marker's note, else the event's case at the stage that tells it.
    func open(layout: Layout, env: Environment, area: Rect) -> Navigation? {
        guard layout.entries.indices.contains(selection) else { return nil }
        let entry = layout.entries[selection]
        let item = layout.list.items[selection]
        if let marker, item.markers.indices.contains(marker) {
            let id = item.markers[marker].note
            return .push(Screen.note(id, label: env.labels(for: .case(entry.caseID))[id.rawValue]))
        }
        guard env.content.case(entry.caseID) != nil else { return .message("This event's case is missing") }
        return .push(Screen(Timeline.place(of: entry, content: env.content).reading(env: env, area: area)))
    }

    /// A new size: the chosen event stays chosen, as near its old row as the new layout allows.
    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        let after = Self.layout(env: env, area: new)
        list.resize(from: Self.layout(env: env, area: old).list, to: after.list, height: after.listRect.height)
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        let g = env.glyphs
        let layout = Self.layout(env: env, area: area)
        let list = layout.list
        let listRect = layout.listRect
        let selected = layout.entries.indices.contains(selection) ? layout.entries[selection] : nil

        // Title: what the axis holds, and where the list is.
        var summary = "\(layout.entries.count) events in \(env.content.cases.count) cases"
        if let axis = layout.axis { summary += ", \(axis.lowerBound)\(g.rangeDash)\(axis.upperBound)" }
        self.list.renderTitle("Timeline", hint: "  " + summary, lineCount: list.lines.count, height: listRect.height,
                              x: area.x + 2, right: area.maxX - 2, y: area.y, glyphs: g, into: &frame)

        if let legend = layout.legend { frame.paste(legend.drawn, x: legend.rect.x, y: legend.rect.y) }
        layout.ruler?.render(selected: selected, into: &frame)

        if list.items.isEmpty {
            let text = listRect.splitLeft(2).rest
            frame.hit(listRect, .pane(.main))
            frame.buffer.write("The content has no dated events.", x: text.x, y: text.y, role: .dim, limit: text.maxX)
            return
        }
        var highlight: (line: Int, note: NoteID)?
        if let marker, list.items.indices.contains(selection), list.items[selection].markers.indices.contains(marker) {
            highlight = list.items[selection].markers[marker]
        }
        self.list.render(list.lines, items: list, in: listRect, glyphs: g, into: &frame,
                         chosenName: selected.map { TextWidth.columns(of: $0.dateLabel) } ?? 0, highlight: highlight)
    }

    /// The cases' numbers and names in their marks, as the ruler and the list show them, on one row
    /// `width` columns wide, from its left end: as many as fit.
    private static func drawLegend(env: Environment, width: Int) -> Frame {
        var frame = Frame(size: Size(width: width, height: 1))
        let rect = Rect(x: 0, y: 0, width: width, height: 1)
        let names = env.content.cases.map { "\($0.number) \($0.shortTitle)" }
        let total = names.reduce(0) { $0 + TextWidth.columns(of: $1) }
        let gap = total + 2 * max(0, names.count - 1) <= rect.width ? 2 : 1
        var x = rect.x
        for (i, name) in names.enumerated() {
            let start = x
            x = frame.buffer.write(name, x: x, y: rect.y, role: .caseMark(i), limit: rect.maxX) + gap
            frame.hit(Rect(x: start, y: rect.y, width: x - start - gap, height: 1), .number(env.content.cases[i].number))
            if x >= rect.maxX { break }
        }
        return frame
    }
}
