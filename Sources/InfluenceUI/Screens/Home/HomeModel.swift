import InfluenceContent
import InfluenceText

/// The first screen: the article's question, the argument, and the cases to choose from.
public struct HomeModel: ScreenModel {
    /// The chosen entry. The home list draws its entries itself, at rows of its own (`HomeList`):
    /// the item list only moves the choice, over entries that all count as in view.
    var list = ItemList()
    /// The chosen entry: 0 is the argument, then the cases in order.
    public var selection: Int { get { list.selection } set { list.selection = newValue } }

    public init() {}


    /// One entry of the list: its number (as typed), title, years and gist.
    struct Entry {
        var number: Int
        var title: String
        var years: String
        var gist: String
    }

    static func entries(_ home: HomeSummary) -> [Entry] {
        [Entry(number: 0, title: "The argument: power versus influence", years: "",
               gist: "Why the usual explanations fail, and the cycle every case follows.")]
            + home.cases.map { Entry(number: $0.number, title: $0.title, years: $0.years, gist: $0.gist) }
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let last = env.content.cases.count
        let entries = UniformItems(itemCount: last + 1, linesPerItem: 1)
        switch action {
        case .scroll(_, let delta):
            // The wheel steps through the entries one at a time.
            _ = list.update(delta > 0 ? .down : .up, items: entries, height: entries.lineCount)
        case .number(let n):
            if n == 0 { return open(entry: 0, env: env, area: area) }
            guard let index = env.content.cases.firstIndex(where: { $0.number == n }) else {
                return .message("No case \(n); the cases are 1\(env.glyphs.rangeDash)\(last), and 0 is the argument")
            }
            return open(entry: index + 1, env: env, area: area)
        default:
            if case .open(let entry) = list.update(action, items: entries, height: entries.lineCount) {
                return open(entry: entry, env: env, area: area)
            }
        }
        return nil
    }

    mutating func open(entry: Int, env: Environment, area: Rect) -> Navigation? {
        selection = entry
        if entry == 0 { return .go(.framework(stage: nil)) }
        return .go(.reading(case: env.content.cases[entry - 1].caseID, step: 0))
    }

    /// Back from a case: the case left is the one chosen, so Enter goes straight back to it.
    mutating func returned(from screen: Screen, env: Environment) {
        if screen.kind == .argument {
            selection = 0
        } else if screen.kind == .case, let id = screen.chosen(env: env).caseID {
            selection = (env.content.caseIndex(id) ?? (selection - 1)) + 1
        }
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        // Only the home summary: the first frame is drawn before the whole content is read.
        let home = env.home, g = env.glyphs
        let margin = area.width >= 100 ? 4 : 2
        let inner = area.width - 2 * margin
        let left = area.x + margin
        var y = area.y + 1
        frame.buffer.write("Influence Explorer", x: left, y: y, role: .title)
        let subtitle = "\(home.title) \(g.dot) \(home.publication)"
        frame.buffer.write(TextWidth.truncate(subtitle, to: inner - 20, ellipsis: g.ellipsis), x: left + 20, y: y,
                           role: .dim, limit: area.maxX - margin)
        y += 2
        for line in WordWrap.lines(home.question, width: inner).prefix(2) {
            frame.buffer.write(line, x: left, y: y, role: .heading)
            y += 1
        }
        y += 1
        // The views that show the pattern across the cases, at the bottom: each by its key, or a click.
        // Only when the cases keep a row each for their gists: at the smallest sizes the list comes
        // first (help and the footer still name the views).
        let entries = Self.entries(home)
        var views = Self.viewLines(width: inner, glyphs: g)
        if area.maxY - y - views.count - 1 < entries.count * 2 { views = [] }
        let viewsTop = area.maxY - views.count
        let list = Rect(x: left, y: y, width: inner, height: max(0, viewsTop - y - (views.isEmpty ? 0 : 1)))
        HomeList(entries: entries, selection: selection, glyphs: g).render(in: list, into: &frame)
        for (i, line) in views.enumerated() where viewsTop + i < area.maxY {
            var x = left
            for item in line {
                let start = x
                x = frame.buffer.write(item.key, x: x, y: viewsTop + i, role: .accent)
                x = frame.buffer.write(" \(item.name)", x: x, y: viewsTop + i, role: .dim)
                frame.hit(Rect(x: start, y: viewsTop + i, width: x - start, height: 1), .action(.open(item.view)))
                x += 3
            }
        }
    }

    /// The views any key opens, as the home screen lists them: the kinds of screen whose key says
    /// how (`ScreenKind.Opener.atHome`), in its order.
    static let views: [(key: String, name: String, view: ScreenKind)] = {
        ScreenKind.all.compactMap { kind -> (place: Int, item: (key: String, name: String, view: ScreenKind))? in
            guard let opener = kind.opener, let home = opener.atHome, let key = opener.keys.first else { return nil }
            return (home.place, (key.name(.ascii), home.name, kind))
        }.sorted { $0.place < $1.place }.map(\.item)
    }()

    /// The views laid out in lines of `width`, as many to a line as fit.
    static func viewLines(width: Int, glyphs: Glyphs) -> [[(key: String, name: String, view: ScreenKind)]] {
        var lines: [[(key: String, name: String, view: ScreenKind)]] = [[]]
        var used = 0
        for item in views {
            let w = TextWidth.columns(of: item.key) + 1 + TextWidth.columns(of: item.name) + 3
            if used + w > width + 3, !(lines.last?.isEmpty ?? true) {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(item)
            used += w
        }
        return lines
    }
}

/// The home screen's list: every gist in full when there is room, else one line each (the chosen
/// entry's in full) in a window that follows the choice, with "more" marks where entries are hidden.
struct HomeList {
    let entries: [HomeModel.Entry]
    let selection: Int
    let glyphs: Glyphs

    func render(in list: Rect, into frame: inout Frame) {
        guard !list.isEmpty, !entries.isEmpty else { return }
        let gistWidth = max(1, list.width - 5)
        // Each entry takes a row at least: with more entries than rows, only the chosen one's gist is
        // wrapped (a key does not wrap thousands of gists to find that they do not fit).
        guard entries.count <= list.height else {
            let chosen = entries.indices.contains(selection) ? entries[selection].gist : ""
            return drawWindow(chosenGist: WordWrap.lines(chosen, width: gistWidth), in: list, into: &frame)
        }
        let gists = entries.map { WordWrap.lines($0.gist, width: gistWidth) }
        let full = gists.reduce(0) { $0 + 1 + $1.count }
        if full + entries.count - 1 <= list.height {
            draw(all: gists, spaced: true, in: list, into: &frame)
        } else if full <= list.height {
            draw(all: gists, spaced: false, in: list, into: &frame)
        } else {
            drawWindow(chosenGist: gists[selection], in: list, into: &frame)
        }
    }

    /// Every entry with its whole gist.
    func draw(all gists: [[String]], spaced: Bool, in list: Rect, into frame: inout Frame) {
        var y = list.y
        for (i, entry) in entries.enumerated() {
            drawEntry(entry, index: i, gist: gists[i], y: y, in: list, into: &frame)
            y += 1 + gists[i].count + (spaced ? 1 : 0)
        }
    }

    /// A window of entries around the chosen one, one gist line each but the chosen entry's (its
    /// gist wrapped to the list, `chosenGist`).
    func drawWindow(chosenGist: [String], in list: Rect, into frame: inout Frame) {
        func rows(_ i: Int) -> Int { i == selection ? 1 + min(chosenGist.count, 3) : 2 }
        // Two rows for the "more" marks; then as many entries before the chosen one as fit.
        let room = max(1, list.height - 2)
        var first = selection, used = rows(selection)
        while first > 0, used + rows(first - 1) <= room {
            first -= 1
            used += rows(first)
        }
        var lastShown = selection
        while lastShown + 1 < entries.count, used + rows(lastShown + 1) <= room {
            lastShown += 1
            used += rows(lastShown)
        }
        var y = list.y
        if first > 0 {
            frame.buffer.write("\(glyphs.up) \(first) more", x: list.x + 2, y: y, role: .dim)
        }
        y += 1
        for i in first...lastShown {
            var gist = chosenGist
            if i == selection {
                if gist.count > 3 {
                    gist = Array(gist.prefix(2)) + [TextWidth.truncate(gist.dropFirst(2).joined(separator: " "),
                                                                     to: max(1, list.width - 5), ellipsis: glyphs.ellipsis)]
                }
            } else {
                gist = [TextWidth.truncate(entries[i].gist, to: max(1, list.width - 5), ellipsis: glyphs.ellipsis)]
            }
            drawEntry(entries[i], index: i, gist: gist, y: y, in: list, into: &frame)
            y += rows(i)
        }
        let hidden = entries.count - 1 - lastShown
        if hidden > 0, y < list.maxY {
            frame.buffer.write("\(glyphs.down) \(hidden) more", x: list.x + 2, y: y, role: .dim)
        }
    }

    func drawEntry(_ entry: HomeModel.Entry, index: Int, gist: [String], y: Int, in list: Rect, into frame: inout Frame) {
        guard y < list.maxY else { return }
        let selected = index == selection
        let role: StyleRole = selected ? .selection : .normal
        let line = Rect(x: list.x, y: y, width: list.width, height: 1)
        if selected { frame.buffer.fill(line, with: Cell(" ", role: .selection)) }
        frame.buffer.write(selected ? glyphs.pointer : " ", x: list.x, y: y, role: selected ? .selection : .accent)
        var x = frame.buffer.write(String(entry.number), x: list.x + 2, y: y, role: selected ? .selection : .accent)
        x += 2
        let yearsWidth = TextWidth.columns(of: entry.years)
        frame.buffer.write(TextWidth.truncate(entry.title, to: max(1, list.maxX - x - yearsWidth - 2), ellipsis: glyphs.ellipsis),
                           x: x, y: y, role: role)
        if !entry.years.isEmpty {
            frame.buffer.write(entry.years, x: list.maxX - yearsWidth, y: y, role: selected ? .selection : .dim)
        }
        for (row, text) in gist.enumerated() where y + 1 + row < list.maxY {
            frame.buffer.write(text, x: list.x + 5, y: y + 1 + row, role: selected ? .normal : .dim)
        }
        frame.hit(Rect(x: list.x, y: y, width: list.width, height: 1 + gist.count), .number(entry.number))
    }
}
