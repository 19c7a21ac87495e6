import InfluenceContent
import InfluenceText

/// A case at one of its stages, or the argument at one of its sections: the text in one pane, its
/// quotations and notes in the other.
public struct ReadingModel: ScreenModel {
    public var subject: ReadingSubject
    /// The stage (or section of the argument), 0-based.
    public var step: Int
    /// Which pane takes the scroll keys.
    public var focus: Pane = .main
    public var mainScroll = 0
    public var sideScroll = 0
    /// The selected item in the side pane.
    public var sideSelection = 0
    /// The selected note marker in the main pane, as an index into the page's markers.
    public var markerSelection: Int?
    /// The search hit shown, when this page was opened from a search: its matches are highlighted.
    public private(set) var search: SearchFocus?

    /// The subject at a step, panes at the top, the first note marker in view selected.
    public init(subject: ReadingSubject, step: Int = 0, env: Environment, area: Rect) {
        self.subject = subject
        self.step = step
        resetPanes(env: env, area: area)
    }

    /// The page shown, laid out for the area.
    public func page(env: Environment, area: Rect) -> Page? {
        env.page(subject, step: step, area: area)
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        guard let page = page(env: env, area: area) else { return }
        ReadingView.render(page, model: self, env: env, area: area, into: &frame)
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        guard let page = page(env: env, area: area) else { return nil }
        let layout = ReadingLayout(area: area)
        // Across the cases, the side pane follows the case in view: its quotations and notes.
        let sectionBefore = currentSection(page: page, height: layout.main.height)
        defer {
            if subject == .across, let now = self.page(env: env, area: area),
               let section = currentSection(page: now, height: layout.main.height), section != sectionBefore {
                showSide(of: section, page: now, height: layout.side.height)
            }
        }
        let content = env.content
        switch action {
        case .nextStage:
            if step + 1 < PageBuilder.stepCount(for: subject, content: content) {
                go(toStep: step + 1, env: env, area: area)
            } else if let next = neighbourCase(1, content: content) {
                self = ReadingModel(subject: .case(next), env: env, area: area)
            }
        case .previousStage:
            if step > 0 {
                go(toStep: step - 1, env: env, area: area)
            } else if let previous = neighbourCase(-1, content: content) {
                let last = PageBuilder.stepCount(for: .case(previous), content: content) - 1
                self = ReadingModel(subject: .case(previous), step: max(0, last), env: env, area: area)
            }
        case .number(let n):
            return go(toNumber: n, env: env, area: area)
        case .nextCase where subject == .across, .previousCase where subject == .across:
            // One stage across the cases: the start of the next (or this, or the previous) case's text.
            guard let current = currentSection(page: page, height: layout.main.height) else { return nil }
            let target: Int
            if action == .nextCase {
                target = current + 1
            } else {
                target = page.sections[current].line < mainScroll ? current : current - 1
            }
            guard page.sections.indices.contains(target) else { return nil }
            focus = .main
            mainScroll = min(page.sections[target].line, max(0, page.main.count - layout.main.height))
            keepMarkerVisible(page: page, height: layout.main.height)
        case .openCase:
            guard subject == .across, let current = currentSection(page: page, height: layout.main.height),
                  let c = content.case(page.sections[current].caseID) else { return nil }
            let stageID = content.stages.indices.contains(step) ? content.stages[step].id : ""
            let index = c.stages.firstIndex { $0.stage == stageID } ?? 0
            return .push(Screen(ReadingModel(subject: .case(c.caseID), step: index, env: env, area: area)))
        case .nextCase, .previousCase:
            guard let target = neighbourCase(action == .nextCase ? 1 : -1, content: content),
                  case .case(let id) = subject, let current = content.case(id), let next = content.case(target) else {
                return nil
            }
            let stageID = current.stages.indices.contains(step) ? current.stages[step].stage : nil
            let keepFocus = focus
            self = ReadingModel(subject: .case(target), step: next.stages.firstIndex { $0.stage == stageID } ?? 0,
                                env: env, area: area)
            focus = keepFocus
        case .focusNext, .focusPrevious:
            focus = focus == .main ? .side : .main
        case .scroll(let pane, _):
            scroll(pane, action, page: page, layout: layout)
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            scroll(focus, action, page: page, layout: layout)
        case .nextMarker, .previousMarker:
            guard !page.markers.isEmpty else { return .message("No note markers in this text") }
            focus = .main
            let index = min(max(0, (markerSelection ?? -1) + (action == .nextMarker ? 1 : -1)), page.markers.count - 1)
            markerSelection = index
            let line = page.markers[index].line
            if line < mainScroll { mainScroll = line }
            if line >= mainScroll + layout.main.height { mainScroll = line - layout.main.height + 1 }
        case .activate:
            return open(page: page, env: env)
        default:
            break
        }
        return nil
    }

    /// Enter: the selected side item, or the selected marker's note, in a box.
    func open(page: Page, env: Environment) -> Navigation? {
        let labels = env.labels(for: subject, step: step)
        if focus == .side {
            guard page.sideItems.indices.contains(sideSelection) else { return nil }
            switch page.sideItems[sideSelection].target {
            case .note(let id):
                return .push(Screen.note(id, label: labels[id.rawValue]))
            case .quotation(let text, let attribution):
                return .push(Screen.quotation(text, attribution: attribution))
            }
        }
        guard let index = markerSelection, page.markers.indices.contains(index) else {
            return .message("Select a note marker with . first, or Tab to the side pane")
        }
        let id = page.markers[index].note
        return .push(Screen.note(id, label: labels[id.rawValue]))
    }

    /// A digit: the stage (or section) the stepper shows with that number.
    mutating func go(toNumber n: Int, env: Environment, area: Rect) -> Navigation? {
        let content = env.content
        switch subject {
        case .across:
            guard let index = content.stages.firstIndex(where: { $0.number == n }) else {
                return .message("No stage \(n); the stages are 1\(env.glyphs.rangeDash)\(content.stages.count)")
            }
            go(toStep: index, env: env, area: area)
        case .argument:
            guard (1...ArgumentSection.allCases.count).contains(n) else {
                return .message("The argument has sections 1\(env.glyphs.rangeDash)\(ArgumentSection.allCases.count)")
            }
            go(toStep: n - 1, env: env, area: area)
        case .case(let id):
            guard let c = content.case(id),
                  let index = c.stages.firstIndex(where: { content.stage(id: $0.stage)?.number == n }) else {
                return .message("No stage \(n); the stages are 1\(env.glyphs.rangeDash)\(content.stages.count)")
            }
            go(toStep: index, env: env, area: area)
        }
        return nil
    }

    mutating func go(toStep newStep: Int, env: Environment, area: Rect) {
        guard newStep != step else { return }
        step = newStep
        resetPanes(env: env, area: area)
    }

    /// Scrolls the text so the line at `anchor` (or the last before it) is at the top.
    mutating func scroll(to anchor: Anchor, env: Environment, area: Rect) {
        guard let page = page(env: env, area: area) else { return }
        let layout = ReadingLayout(area: area)
        let line = page.main.lastIndex { $0.anchor <= anchor } ?? 0
        mainScroll = min(line, max(0, page.main.count - layout.main.height))
        keepMarkerVisible(page: page, height: layout.main.height)
        if subject == .across, let section = currentSection(page: page, height: layout.main.height) {
            showSide(of: section, page: page, height: layout.side.height)
        }
    }

    /// Shows a search hit: the query's matches highlighted, the pane that holds the hit focused and
    /// scrolled so the hit's line stands a third of the way down.
    mutating func show(_ focus: SearchFocus, env: Environment, area: Rect) {
        search = focus
        guard let page = page(env: env, area: area) else { return }
        let layout = ReadingLayout(area: area)
        let needle = TextFolding.foldedString(focus.query)
        switch focus.pane {
        case .main:
            let lines = page.main.indices.filter { page.main[$0].anchor.block == focus.part }
            let line = Self.line(of: focus.ordinal, of: needle, among: lines, in: page.main) ?? lines.first ?? 0
            self.focus = .main
            mainScroll = min(max(0, line - layout.main.height / 3), max(0, page.main.count - layout.main.height))
            keepMarkerVisible(page: page, height: layout.main.height)
        case .side:
            guard page.sideItems.indices.contains(focus.part) else { return }
            let item = page.sideItems[focus.part]
            let lines = Array(item.firstLine..<(item.firstLine + item.lineCount))
            let line = Self.line(of: focus.ordinal, of: needle, among: lines, in: page.side) ?? item.firstLine
            self.focus = .side
            sideSelection = focus.part
            sideScroll = min(max(0, line - layout.side.height / 3), max(0, page.side.count - layout.side.height))
        }
    }

    /// The line (of `lines`, in order) that holds the `ordinal`-th match of the folded `needle`.
    static func line(of ordinal: Int, of needle: String, among lines: [Int], in text: [StyledLine]) -> Int? {
        guard !needle.isEmpty else { return nil }
        var seen = 0
        let target = Array(needle.utf8)
        for line in lines {
            let folded = TextFolding.fold(text[line].text).bytes
            var from = 0
            while let at = TextTools.firstOffset(of: target, in: folded, from: from) {
                if seen == ordinal { return line }
                seen += 1
                from = at + target.count
            }
        }
        return nil
    }

    /// On a page across the cases, the case being read: the one whose text covers the top line, or
    /// at the end of the page (which cannot scroll its last heading to the top) the last case in view.
    func currentSection(page: Page, height: Int) -> Int? {
        let sections = page.sections
        guard !sections.isEmpty else { return nil }
        let atEnd = mainScroll >= max(0, page.main.count - height)
        if atEnd, let last = sections.lastIndex(where: { $0.line < mainScroll + height }) { return last }
        return sections.lastIndex { $0.line <= mainScroll } ?? 0
    }

    /// Scrolls the side pane to a case's quotations and notes, on a page across the cases, and
    /// chooses its first item there.
    mutating func showSide(of section: Int, page: Page, height: Int) {
        guard page.sections.indices.contains(section) else { return }
        let line = page.sections[section].sideLine
        sideScroll = min(line, max(0, page.side.count - height))
        if let item = page.sideItems.firstIndex(where: { $0.firstLine >= line }) { sideSelection = item }
    }

    /// The case `offset` places after this one, if there is one.
    func neighbourCase(_ offset: Int, content: Content) -> CaseID? {
        guard case .case(let id) = subject, let index = content.caseIndex(id),
              content.cases.indices.contains(index + offset) else { return nil }
        return content.cases[index + offset].caseID
    }

    /// A new page: both panes at the top, the first visible marker selected.
    mutating func resetPanes(env: Environment, area: Rect) {
        mainScroll = 0
        sideScroll = 0
        sideSelection = 0
        markerSelection = nil
        if let page = page(env: env, area: area) {
            keepMarkerVisible(page: page, height: ReadingLayout(area: area).main.height)
        }
    }

    // MARK: Scrolling

    mutating func scroll(_ pane: Pane, _ action: Action, page: Page, layout: ReadingLayout) {
        if pane == .main {
            mainScroll = Scrolling.offset(mainScroll, action, lines: page.main.count, height: layout.main.height)
            keepMarkerVisible(page: page, height: layout.main.height)
        } else if case .scroll = action {
            sideScroll = Scrolling.offset(sideScroll, action, lines: page.side.count, height: layout.side.height)
            selectItemInView(page: page, height: layout.side.height, last: false)
        } else {
            moveSide(action, page: page, height: layout.side.height)
        }
    }

    /// In the side pane the keys move between items; the pane scrolls to keep the selected one in view,
    /// and long items scroll line by line before the selection moves on.
    mutating func moveSide(_ action: Action, page: Page, height: Int) {
        let items = page.sideItems
        let height = max(1, height)
        guard !items.isEmpty else {
            sideScroll = Scrolling.offset(sideScroll, action, lines: page.side.count, height: height)
            return
        }
        sideSelection = min(sideSelection, items.count - 1)
        let current = items[sideSelection]
        switch action {
        case .down:
            if current.firstLine + current.lineCount > sideScroll + height {
                sideScroll += 1 // finish reading a long item before moving on
            } else if sideSelection + 1 < items.count {
                sideSelection += 1
                bringIntoView(items[sideSelection], height: height)
            }
        case .up:
            if current.firstLine < sideScroll {
                sideScroll -= 1
            } else if sideSelection > 0 {
                sideSelection -= 1
                bringIntoView(items[sideSelection], height: height)
            } else {
                sideScroll = 0
            }
        default:
            sideScroll = Scrolling.offset(sideScroll, action, lines: page.side.count, height: height)
            selectItemInView(page: page, height: height, last: action == .bottom)
        }
        sideScroll = min(max(0, sideScroll), max(0, page.side.count - height))
    }

    /// Selects the first item that starts in view (the last, with `last`), or the one covering the top line.
    mutating func selectItemInView(page: Page, height: Int, last: Bool) {
        let items = page.sideItems
        let covering = items.lastIndex { $0.firstLine <= sideScroll }
        if let chosen = Scrolling.itemInView(items.lazy.map(\.firstLine), offset: sideScroll, height: height, last: last) ?? covering {
            sideSelection = chosen
        }
    }

    /// Scrolls so a newly selected item shows: all of it if it fits, else its start.
    mutating func bringIntoView(_ item: Page.SideItem, height: Int) {
        let end = item.firstLine + item.lineCount
        if item.firstLine < sideScroll {
            sideScroll = item.firstLine
        } else if end > sideScroll + height {
            sideScroll = item.lineCount <= height ? end - height : item.firstLine
        }
    }

    /// Keeps the selected marker on screen: if scrolling moved it away, the first visible marker is selected.
    mutating func keepMarkerVisible(page: Page, height: Int) {
        let markers = page.markers
        if let index = markerSelection, markers.indices.contains(index),
           markers[index].line >= mainScroll, markers[index].line < mainScroll + height {
            return
        }
        markerSelection = markers.firstIndex { $0.line >= mainScroll && $0.line < mainScroll + height }
    }

    /// A new size: the same text stays at the top of each pane, reflowed.
    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        let before = page(env: env, area: old)
        let mainAnchor = before.flatMap { $0.main.indices.contains(mainScroll) ? $0.main[mainScroll].anchor : nil }
        guard let after = page(env: env, area: new) else { return }
        let layout = ReadingLayout(area: new)
        if let mainAnchor {
            mainScroll = after.main.lastIndex { $0.anchor <= mainAnchor } ?? 0
        }
        mainScroll = min(mainScroll, max(0, after.main.count - max(1, layout.main.height)))
        // The side pane keeps its top when it was at the top, else shows the selected item first.
        if sideScroll > 0, after.sideItems.indices.contains(sideSelection) {
            sideScroll = min(after.sideItems[sideSelection].firstLine, max(0, after.side.count - max(1, layout.side.height)))
        } else {
            sideScroll = 0
        }
        if let before, let index = markerSelection, before.markers.indices.contains(index) {
            markerSelection = after.markers.indices.contains(index) ? index : nil
        }
        keepMarkerVisible(page: after, height: layout.main.height)
    }
}
