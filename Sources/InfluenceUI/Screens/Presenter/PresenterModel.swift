import InfluenceContent
import InfluenceText

/// Presenter mode, for a projector: one case, the whole screen for the text, revealed a paragraph
/// (or quotation, or set of figures) at a time; a one-line header with the case, the stage and an
/// elapsed timer. After the outcome come the case's discussion questions, then its line of the grid.
public struct PresenterModel: ScreenModel {
    /// The case presented; nil for the article's argument.
    public private(set) var caseID: CaseID?
    /// The slide shown: the stages first, then the questions, then the grid line.
    public private(set) var slide: Int
    /// How many units of the slide are shown; 0 shows only the prompt.
    public private(set) var revealed = 0
    /// The selected note marker among those shown, counted from the first.
    public private(set) var markerSelection: Int?
    /// The speaker's view, on the presenter's own terminal: beside the slide, what comes next, the
    /// stage's question, how many follow and the clock. A terminal's own choice: not published.
    public var speaker = false

    public init(case id: CaseID?, step: Int = 0) {
        caseID = id
        slide = PresenterDeck.slide(forStep: step)
    }

    var runsLessonClock: Bool { true }
    var showsFollowerCount: Bool { speaker }

    /// What is presented, as a reading screen names it.
    var subject: ReadingSubject { caseID.map { .case($0) } ?? .argument }

    /// The text's column: centred, at most 90 columns wide, so lines stay readable on a wide screen.
    static func textArea(_ area: Rect) -> Rect {
        let (_, body) = area.splitTop(2)
        let width = min(90, max(1, area.width - 4))
        return Rect(x: area.x + (area.width - width) / 2, y: body.y, width: width, height: body.height)
    }

    /// The text's column here: in the speaker's view, the left three fifths (the notes take the rest).
    func textArea(_ area: Rect) -> Rect {
        guard speaker else { return Self.textArea(area) }
        let (_, body) = area.splitTop(2)
        return Rect(x: area.x + 2, y: body.y, width: min(90, max(1, area.width * 3 / 5 - 2)), height: body.height)
    }

    func deck(env: Environment, area: Rect) -> PresenterDeck? {
        let text = textArea(area)
        guard let caseID else { return PresenterDeck(argumentOf: env, width: text.width, height: text.height) }
        guard let c = env.content.case(caseID) else { return nil }
        return PresenterDeck(case: c, env: env, width: text.width, height: text.height)
    }

    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        guard let deck = deck(env: env, area: area), !deck.slides.isEmpty else { return nil }
        slide = min(slide, deck.slides.count - 1)
        let units = deck.slides[slide].units.count
        switch action {
        case .revealNext:
            markerSelection = nil
            if revealed < units {
                revealed += 1
            } else if slide + 1 < deck.slides.count {
                slide += 1
                revealed = 0
            } else {
                return .message("The end of the case: ] goes on to the next one, Esc leaves presenter mode")
            }
        case .revealPrevious:
            markerSelection = nil
            if revealed > 0 {
                revealed -= 1
            } else if slide > 0 {
                slide -= 1
                revealed = deck.slides[slide].units.count
            }
        case .number(let n):
            if caseID == nil {
                guard deck.slides.indices.contains(n - 1) else {
                    return .message("No section \(n); the argument's sections are 1\(env.glyphs.rangeDash)\(deck.slides.count)")
                }
                slide = n - 1
                revealed = 0
                markerSelection = nil
                return nil
            }
            guard let index = env.content.stages.firstIndex(where: { $0.number == n }) else {
                return .message("No stage \(n); the stages are 1\(env.glyphs.rangeDash)\(env.content.stages.count)")
            }
            slide = PresenterDeck.slide(forStep: index)
            revealed = 0
            markerSelection = nil
        case .nextCase, .previousCase:
            let cases = env.content.cases
            guard let current = caseID else { return .message("The argument is not a case: its sections are 1\(env.glyphs.rangeDash)\(deck.slides.count)") }
            guard let index = env.content.caseIndex(current),
                  cases.indices.contains(index + (action == .nextCase ? 1 : -1)) else { return nil }
            caseID = cases[index + (action == .nextCase ? 1 : -1)].caseID
            slide = 0
            revealed = 0
            markerSelection = nil
        case .toggleSpeaker:
            speaker.toggle()
            return .message(speaker ? "The speaker's view: for your own screen, while the projector follows" : "The slide alone")
        case .nextMarker, .previousMarker:
            let markers = shownMarkers(deck: deck)
            guard !markers.isEmpty else { return .message("No note markers shown yet") }
            let next = (markerSelection ?? -1) + (action == .nextMarker ? 1 : -1)
            markerSelection = min(max(0, next), markers.count - 1)
        case .activate:
            let markers = shownMarkers(deck: deck)
            guard let index = markerSelection, markers.indices.contains(index) else {
                return .message("Select a note marker with . first")
            }
            let id = markers[index]
            return .push(Screen.note(id, label: env.labels(for: subject)[id.rawValue]))
        default:
            return nil
        }
        return nil
    }

    /// Goes to a slide with as much of it shown as a reveal key says (`revealKey`), kept within the deck.
    mutating func go(toSlide index: Int, revealKey key: Int, env: Environment, area: Rect) {
        guard let deck = deck(env: env, area: area), !deck.slides.isEmpty else { return }
        slide = min(max(0, index), deck.slides.count - 1)
        revealed = deck.slides[slide].revealed(upTo: key)
        markerSelection = nil
    }

    /// Selects a note marker among those shown (counted from the first), as a position names it.
    mutating func select(marker index: Int, env: Environment, area: Rect) {
        guard let deck = deck(env: env, area: area), shownMarkers(deck: deck).indices.contains(index) else { return }
        markerSelection = index
    }

    /// How far the slide is revealed, as a key that means the same text at any window size.
    func revealKey(env: Environment, area: Rect) -> Int {
        guard let deck = deck(env: env, area: area), deck.slides.indices.contains(slide) else { return revealed }
        return deck.slides[slide].revealKey(revealed)
    }

    /// The note markers in the units shown, in order.
    func shownMarkers(deck: PresenterDeck) -> [NoteID] {
        guard deck.slides.indices.contains(slide) else { return [] }
        return deck.slides[slide].units.prefix(revealed).flatMap { $0 }.flatMap(\.spans).compactMap(\.note)
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        guard let deck = deck(env: env, area: area), !deck.slides.isEmpty else { return }
        let c = caseID.flatMap { env.content.case($0) }
        if caseID != nil, c == nil { return }
        let g = env.glyphs
        let index = min(slide, deck.slides.count - 1)
        let current = deck.slides[index]
        // The header: what is shown, and where the class is, with the time.
        let status = "\(c.map { "Case \($0.number)" } ?? "The argument") \(g.dot) \(current.progress) \(g.dot) \(env.lesson.text(at: env.now))"
        let title = "\(c?.shortTitle ?? "Argument") \(g.crumb) \(current.isCondition ? g.condition + " " : "")\(current.title)"
        frame.buffer.fill(area.row(0), with: Cell(" ", role: .status))
        frame.buffer.write(TextWidth.truncate(title, to: max(1, area.width - TextWidth.columns(of: status) - 4),
                                              ellipsis: g.ellipsis),
                           x: area.x + 1, y: area.y, role: .status)
        frame.buffer.write(status, x: area.maxX - 1 - TextWidth.columns(of: status), y: area.y, role: .statusKey)

        // The prompt, then what has been revealed: as many of the newest units as fit whole (a unit is
        // never cut, so no sentence is); a mark says when earlier ones are off the screen.
        let text = textArea(area)
        var shown: [[StyledLine]] = []
        var used = current.prompt.count
        for unit in current.units.prefix(revealed).reversed() {
            guard used + 1 + unit.count <= text.height || shown.isEmpty else { break }
            shown.insert(unit, at: 0)
            used += 1 + unit.count
        }
        var lines = current.prompt
        if shown.count < min(revealed, current.units.count) {
            lines.append(StyledLine("\(g.ellipsis) (\(min(revealed, current.units.count) - shown.count) shown before)", .dim))
        } else {
            lines.append(StyledLine())
        }
        for (i, unit) in shown.enumerated() { lines += (i == 0 ? [] : [StyledLine()]) + unit }
        let offset = max(0, lines.count - text.height)
        var highlight: (line: Int, note: NoteID)?
        if let selected = markerSelection {
            var seen = 0
            outer: for (i, line) in lines.enumerated() {
                for span in line.spans where span.note != nil {
                    if seen == selected, let note = span.note { highlight = (i, note); break outer }
                    seen += 1
                }
            }
        }
        LinesView.render(lines, offset: offset, in: text, into: &frame, highlight: highlight)
        let remaining = current.units.count - revealed
        if remaining > 0 {
            // A follower is told how much is to come, not invited to press Space (it would detach).
            let more = env.follows ? "\(remaining) more" : "\(remaining) more \(g.dot) Space"
            frame.buffer.write(more, x: (speaker ? text.maxX : area.maxX) - 1 - TextWidth.columns(of: more), y: area.maxY - 1, role: .dim)
        }
        frame.hit(text, .pane(.main))
        if speaker { renderNotes(current, deck: deck, text: text, env: env, area: area, into: &frame) }
    }

    /// The speaker's notes, right of the slide: what comes next, the question, the class, the clock.
    func renderNotes(_ current: PresenterDeck.Slide, deck: PresenterDeck, text: Rect, env: Environment, area: Rect,
                     into frame: inout Frame) {
        let g = env.glyphs
        let x = text.maxX + 2
        let notes = Rect(x: x + 2, y: text.y, width: max(0, area.maxX - x - 3), height: text.height)
        guard notes.width >= 16 else { return }
        for y in text.y..<text.maxY { frame.buffer.write(g.vertical, x: x, y: y, role: .border) }
        var lines: [StyledLine] = [StyledLine("Speaker's view", .title), StyledLine()]
        lines.append(StyledLine("Next", .heading))
        if revealed < current.units.count {
            // The next unit's words, wrapped to the notes, its first six lines.
            let words = current.units[revealed].map { $0.text.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
            let next = StyledWrap.wrap([Span(words, .dim)], width: notes.width)
            lines += next.prefix(6)
            if next.count > 6 { lines.append(StyledLine(g.ellipsis, .dim)) }
        } else if deck.slides.indices.contains(slide + 1) {
            lines += StyledWrap.wrap([Span("The next slide: ", .dim), Span(deck.slides[slide + 1].title)], width: notes.width)
        } else {
            lines.append(StyledLine("The end of the case", .dim))
        }
        lines += [StyledLine(), StyledLine("The question", .heading)]
        lines += current.prompt.flatMap { StyledWrap.wrap($0.spans.map { Span($0.text) }, width: notes.width) }
        lines += [StyledLine(), StyledLine("The class", .heading)]
        let following = env.followers.map { $0 == 1 ? "1 student following" : "\($0) students following" } ?? "followers not counted here"
        lines.append(StyledLine(following))
        lines += [StyledLine(), StyledLine("The clock", .heading), StyledLine(env.lesson.text(at: env.now))]
        LinesView.render(lines, offset: 0, in: notes, into: &frame)
    }
}
