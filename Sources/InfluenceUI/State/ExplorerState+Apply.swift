import InfluenceContent

/// The one place state changes: each action, given the content, moves the state on.
extension ExplorerState {
    /// Applies a key, if the key map gives it an action here.
    public mutating func apply(key: Key, content: Content, pages: PageCache = PageCache()) {
        if let action = KeyMap.action(for: key, in: self) { apply(action, content: content, pages: pages) }
    }

    /// Applies an action; `pages` keeps laid-out pages between calls (a fresh cache works, only slower).
    public mutating func apply(_ action: Action, content: Content, pages: PageCache = PageCache()) {
        switch action {
        case .quit: exitCode = 0
        case .interrupt: exitCode = 130
        case .resize(let newSize): resize(to: newSize, content: content, pages: pages)
        case .toggleHelp:
            overlay = overlay == .help ? nil : .help
            overlayScroll = 0
        case .openCase(let number):
            guard let index = content.cases.firstIndex(where: { $0.number == number }) else { return }
            open(.reading(caseIndex: index), step: 0, content: content, pages: pages)
        case .openFramework:
            open(.framework, step: 0, content: content, pages: pages)
        default:
            if overlay != nil {
                applyInOverlay(action, content: content, pages: pages)
            } else if case .home = screen {
                applyOnHome(action, content: content, pages: pages)
            } else {
                applyReading(action, content: content, pages: pages)
            }
        }
    }

    // MARK: Screens

    mutating func open(_ newScreen: Screen, step newStep: Int, content: Content, pages: PageCache) {
        screen = newScreen
        step = newStep
        overlay = nil
        focus = .main
        resetPanes(content: content, pages: pages)
    }

    mutating func resetPanes(content: Content, pages: PageCache) {
        mainScroll = 0
        sideScroll = 0
        sideSelection = 0
        markerSelection = nil
        selectFirstVisibleMarker(content: content, pages: pages)
    }

    mutating func applyOnHome(_ action: Action, content: Content, pages: PageCache) {
        let last = content.cases.count
        switch action {
        case .up: homeSelection = max(0, homeSelection - 1)
        case .down: homeSelection = min(last, homeSelection + 1)
        case .top: homeSelection = 0
        case .bottom: homeSelection = last
        case .activate:
            if homeSelection == 0 {
                open(.framework, step: 0, content: content, pages: pages)
            } else {
                open(.reading(caseIndex: homeSelection - 1), step: 0, content: content, pages: pages)
            }
        default: break
        }
    }

    mutating func applyReading(_ action: Action, content: Content, pages: PageCache) {
        guard let page = page(content: content, pages: pages) else { return }
        let layout = ReadingLayout(size: size)
        let count = PageBuilder.stepCount(for: screen, content: content)
        switch action {
        case .back:
            if case .reading(let index) = screen { homeSelection = index + 1 } else { homeSelection = 0 }
            screen = .home
        case .nextStage:
            if step + 1 < count {
                step += 1
                resetPanes(content: content, pages: pages)
            } else if case .reading(let index) = screen, index + 1 < content.cases.count {
                open(.reading(caseIndex: index + 1), step: 0, content: content, pages: pages)
            }
        case .previousStage:
            if step > 0 {
                step -= 1
                resetPanes(content: content, pages: pages)
            } else if case .reading(let index) = screen, index > 0 {
                let previous = index - 1
                let lastStep = PageBuilder.stepCount(for: .reading(caseIndex: previous), content: content) - 1
                open(.reading(caseIndex: previous), step: max(0, lastStep), content: content, pages: pages)
            }
        case .nextCase, .previousCase:
            guard case .reading(let index) = screen else { return }
            let target = index + (action == .nextCase ? 1 : -1)
            guard content.cases.indices.contains(target) else { return }
            let stageID = content.cases[index].stages.indices.contains(step) ? content.cases[index].stages[step].stage : nil
            let targetStep = content.cases[target].stages.firstIndex { $0.stage == stageID } ?? 0
            let keepFocus = focus
            open(.reading(caseIndex: target), step: targetStep, content: content, pages: pages)
            focus = keepFocus
        case .focusNext, .focusPrevious:
            focus = focus == .main ? .side : .main
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            if focus == .main {
                mainScroll = scrolled(mainScroll, action, lines: page.main.count, height: layout.main.height)
                keepMarkerVisible(page: page, height: layout.main.height)
            } else {
                moveSide(action, page: page, height: layout.side.height)
            }
        case .nextMarker, .previousMarker:
            let markers = page.markers
            guard !markers.isEmpty else { return }
            focus = .main
            var index = markerSelection ?? -1
            index += action == .nextMarker ? 1 : -1
            index = min(max(0, index), markers.count - 1)
            markerSelection = index
            let line = markers[index].line
            if line < mainScroll { mainScroll = line }
            if line >= mainScroll + layout.main.height { mainScroll = line - layout.main.height + 1 }
        case .activate:
            if focus == .side {
                guard page.sideItems.indices.contains(sideSelection) else { return }
                switch page.sideItems[sideSelection].target {
                case .note(let id): overlay = .note(id)
                case .quotation: overlay = .quotation(sideSelection)
                }
                overlayScroll = 0
            } else if let index = markerSelection, page.markers.indices.contains(index) {
                overlay = .note(page.markers[index].note)
                overlayScroll = 0
            }
        default: break
        }
    }

    mutating func applyInOverlay(_ action: Action, content: Content, pages: PageCache) {
        let lines = OverlayView.lineCount(for: self, content: content, pages: pages)
        let height = OverlayView.bodyHeight(for: size, lines: lines)
        switch action {
        case .back: overlay = nil
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            overlayScroll = scrolled(overlayScroll, action, lines: lines, height: height)
        default: break
        }
    }

    // MARK: Scrolling

    /// The page the state is on, laid out for its size.
    public func page(content: Content, pages: PageCache = PageCache()) -> Page? {
        pages.page(for: self, content: content)
    }

    func scrolled(_ offset: Int, _ action: Action, lines: Int, height: Int) -> Int {
        let maxOffset = max(0, lines - max(1, height))
        let pageStep = max(1, height - 1)
        let next: Int
        switch action {
        case .up: next = offset - 1
        case .down: next = offset + 1
        case .pageUp: next = offset - pageStep
        case .pageDown: next = offset + pageStep
        case .top: next = 0
        case .bottom: next = maxOffset
        default: next = offset
        }
        return min(max(0, next), maxOffset)
    }

    /// In the side pane the keys move between items; the pane scrolls to keep the selected one in view,
    /// and long items scroll line by line before the selection moves on.
    mutating func moveSide(_ action: Action, page: Page, height: Int) {
        let items = page.sideItems
        let height = max(1, height)
        guard !items.isEmpty else {
            sideScroll = scrolled(sideScroll, action, lines: page.side.count, height: height)
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
            sideScroll = scrolled(sideScroll, action, lines: page.side.count, height: height)
            // Select the first item that starts in view, or the one covering the top line.
            let inView = items.indices.filter { items[$0].firstLine >= sideScroll && items[$0].firstLine < sideScroll + height }
            let covering = items.lastIndex { $0.firstLine <= sideScroll }
            if action == .bottom, let last = inView.last ?? covering {
                sideSelection = last
            } else if let first = inView.first ?? covering {
                sideSelection = first
            }
        }
        sideScroll = min(max(0, sideScroll), max(0, page.side.count - height))
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

    mutating func selectFirstVisibleMarker(content: Content, pages: PageCache) {
        guard let page = page(content: content, pages: pages) else { return }
        keepMarkerVisible(page: page, height: ReadingLayout(size: size).main.height)
    }

    /// A new size: the same text stays at the top of each pane, reflowed.
    mutating func resize(to newSize: Size, content: Content, pages: PageCache) {
        let old = page(content: content, pages: pages)
        let mainAnchor = old.flatMap { $0.main.indices.contains(mainScroll) ? $0.main[mainScroll].anchor : nil }
        size = newSize
        guard let new = page(content: content, pages: pages) else { return }
        let layout = ReadingLayout(size: size)
        if let mainAnchor {
            mainScroll = new.main.lastIndex { $0.anchor <= mainAnchor } ?? 0
        }
        mainScroll = min(mainScroll, max(0, new.main.count - max(1, layout.main.height)))
        // The side pane keeps its top when it was at the top, else shows the selected item first.
        if sideScroll > 0, new.sideItems.indices.contains(sideSelection) {
            sideScroll = min(new.sideItems[sideSelection].firstLine, max(0, new.side.count - max(1, layout.side.height)))
        } else {
            sideScroll = 0
        }
        if let old, let index = markerSelection, old.markers.indices.contains(index) {
            markerSelection = new.markers.indices.contains(index) ? index : nil
        }
        keepMarkerVisible(page: new, height: layout.main.height)
        if overlay != nil {
            let lines = OverlayView.lineCount(for: self, content: content, pages: pages)
            overlayScroll = min(overlayScroll, max(0, lines - OverlayView.bodyHeight(for: size, lines: lines)))
        }
    }
}
