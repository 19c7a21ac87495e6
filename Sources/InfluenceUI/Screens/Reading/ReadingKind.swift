import InfluenceContent
import InfluenceText

extension ScreenKind {
    /// A case at one of its stages: the text, and its quotations and notes beside it.
    public static let `case` = ScreenKind(
        name: "case", title: "A case", sections: [KeyMap.scrolling, .reading, .caseOnly],
        numbers: { 1...max(1, $0.stageCount) },
        restore: { position, env, area in ReadingModel.restore(position, env: env, area: area) })

    /// The article's argument, section by section.
    public static let argument = ScreenKind(
        name: "argument", title: "The argument", sections: [KeyMap.scrolling, .reading],
        opener: Opener([.char("f")], "The article's argument: power versus influence", footer: .at(60, "argument")),
        numbers: { _ in 1...ArgumentSection.allCases.count },
        open: { opening in Screen(ReadingModel(subject: .argument, env: opening.env, area: opening.area)) },
        restore: { position, env, area in ReadingModel.restore(position, env: env, area: area) })

    /// One stage of every case, one case after another.
    public static let across = ScreenKind(
        name: "across", title: "One stage across the cases", sections: [KeyMap.scrolling, .reading, .caseOnly, .across],
        opener: Opener([.char("a")], "One stage (the current one) across all the cases", footer: .at(59, "across"), atHome: (2, "one stage across them")),
        numbers: { 1...max(1, $0.stageCount) },
        open: { opening in
            let step = opening.chosen.stage ?? 0
            return Screen(ReadingModel(subject: .across, step: step, env: opening.env, area: opening.area))
        },
        restore: { position, env, area in ReadingModel.restore(position, env: env, area: area) })
}

extension KeySection {
    /// Reading any page: stages, panes, markers, notes.
    static let reading = KeySection("Reading the argument, a case, or one stage across the cases", [
        KeyBinding([.right, .char("l")], .nextStage, "Next stage (after a case's last stage, the next case)",
                   footer: .at(1, "stage", pairedWith: .previousStage)),
        KeyBinding([.left, .char("h")], .previousStage, "Previous stage (before the first, the previous case)"),
        KeyBinding(KeyBinding.digits, .number, "Go to the stage with that number (in the argument, the section)"),
        KeyBinding([.tab], .focusNext,
                   "Switch between the text and the side pane; there ↑↓ step through quotations and notes",
                   footer: .at(4, "pane")),
        KeyBinding([.backTab], .focusPrevious, "Switch panes the other way"),
        KeyBinding([.char(".")], .nextMarker, "Select the next note marker in the text",
                   footer: .at(5, "marker", pairedWith: .previousMarker)),
        KeyBinding([.char(",")], .previousMarker, "Select the previous note marker"),
        KeyBinding([.enter], .activate, "Show the selected note marker, note or quotation in full", footer: .at(6, "note")),
        KeyBinding([.escape, .backspace], .back, "Back to where you came from, as it was", footer: .at(7, "back")),
    ])

    /// Reading a case, or a stage across the cases: from case to case.
    static let caseOnly = KeySection("Reading a case, or one stage across the cases", [
        KeyBinding([.char("]")], .nextCase, "Next case, same stage", footer: .at(2, "case", pairedWith: .previousCase)),
        KeyBinding([.char("[")], .previousCase, "Previous case, same stage"),
    ])

    /// One stage across the cases: open the case in view.
    static let across = KeySection("One stage across the cases", [
        KeyBinding([.char("o")], .openCase, "Open the case at the top of the text, at this stage", footer: .at(2, "open")),
    ])
}

extension ReadingModel {
    var kind: ScreenKind {
        switch subject {
        case .case: return .case
        case .argument: return .argument
        case .across: return .across
        }
    }

    func chosen(env: Environment) -> Chosen {
        switch subject {
        case .case(let id): return Chosen(caseID: id, stage: step)
        case .across: return Chosen(stage: step)
        case .argument: return .nothing
        }
    }

    func position(env: Environment, area: Rect) -> Position? {
        let anchor = page(env: env, area: area).flatMap { page in
            page.main.indices.contains(mainScroll) ? page.main[mainScroll].anchor : nil
        }
        var position: Position
        switch subject {
        case .case(let id): position = Position(view: .case, caseID: id, step: step, anchor: anchor)
        case .argument: position = Position(view: .argument, step: step, anchor: anchor)
        case .across: position = Position(view: .across, step: step, anchor: anchor)
        }
        // The marker highlighted: a follower at another size scrolls to have it in view; the side
        // pane's choice when it has the focus; a search hit.
        position.marker = markerSelection
        if focus == .side { position.side = sideSelection }
        if let search {
            let words = TextFolding.foldedString(search.query).split(separator: " ").joined(separator: " ")
            if Position.Hit.isPlain(words) {
                position.hit = Position.Hit(words: words, inSide: search.pane == .side, part: search.part, ordinal: search.ordinal)
            }
        }
        return position
    }

    func box(for position: Position, env: Environment) -> Screen? {
        if let note = position.note {
            return env.content.note(id: note.rawValue) == nil ? nil : Screen.note(note, label: env.labels(for: subject, step: step)[note.rawValue])
        }
        guard position.quote, let page = page(env: env, area: Rect(x: 0, y: 0, width: 80, height: 24)),
              page.sideItems.indices.contains(sideSelection), case .quotation(let text, let attribution) = page.sideItems[sideSelection].target
        else { return nil }
        return Screen.quotation(text, attribution: attribution)
    }

    /// The page a position names (a case, the argument, a stage across the cases), scrolled to its anchor.
    static func restore(_ position: Position, env: Environment, area: Rect) -> (screen: Screen?, problem: String?) {
        let content = env.content
        let (caseID, missing) = position.existingCase(in: content)
        let subject: ReadingSubject
        switch position.view {
        case .argument: subject = .argument
        case .across: subject = .across
        default:
            guard let id = caseID else { return (nil, "The content has no cases") }
            subject = .case(id)
        }
        let (step, beyond) = Position.clamped(position.step, below: PageBuilder.stepCount(for: subject, content: content))
        var model = ReadingModel(subject: subject, step: step, env: env, area: area)
        if let anchor = position.anchor { model.scroll(to: anchor, env: env, area: area) }
        if let marker = position.marker { model.select(marker: marker, env: env, area: area) }
        if let side = position.side { model.chooseSide(side, env: env, area: area) }
        if let hit = position.hit {
            model.show(SearchFocus(query: hit.words, pane: hit.inSide ? .side : .main, part: hit.part, ordinal: hit.ordinal),
                       env: env, area: area)
        }
        return (Screen(model), missing ?? beyond)
    }
}

extension ReadingModel {
    /// Gives the side pane the focus, with item `index` chosen and in view.
    mutating func chooseSide(_ index: Int, env: Environment, area: Rect) {
        guard let page = page(env: env, area: area), page.sideItems.indices.contains(index) else { return }
        focus = .side
        sideSelection = index
        bringIntoView(page.sideItems[index], height: max(1, ReadingLayout(area: area).side.height))
    }

    /// Selects a note marker (counted from the first) and scrolls, as little as it can, to have
    /// its line in view.
    mutating func select(marker index: Int, env: Environment, area: Rect) {
        guard let page = page(env: env, area: area), page.markers.indices.contains(index) else { return }
        let height = ReadingLayout(area: area).main.height
        markerSelection = index
        let line = page.markers[index].line
        if line < mainScroll || line >= mainScroll + height {
            mainScroll = min(max(0, line - height / 3), max(0, page.main.count - height))
        }
    }
}
