import InfluenceContent

extension ScreenKind {
    /// Every dated event of every case on one axis.
    public static let timeline = ScreenKind(
        name: "timeline", title: "The timeline", sections: [.timeline, KeyMap.list, KeyMap.back],
        opener: Opener([.char("t")], "Timeline: every dated event of every case, on one axis", footer: .at(62, "timeline"), atHome: (3, "timeline")),
        numbers: { 1...max(1, $0.cases.count) },
        open: { Screen(TimelineModel(env: $0.env, area: $0.area, from: $0.from)) },
        restore: { position, env, area in
            let (item, beyond) = Position.clamped(position.item, below: Timeline.entries(env.content).count)
            return (Screen(TimelineModel(selecting: item, env: env, area: area)), beyond)
        })
}

extension KeySection {
    /// The timeline's own keys: from case to case, note markers, what Enter opens.
    static let timeline = KeySection("The timeline", [
        KeyBinding(KeyBinding.digits, .number, "The first event of the case with that number", footer: .at(8, "case")),
        KeyBinding([.char(".")], .nextMarker, "Select the next note marker (in this event, then in the next ones)",
                   footer: .at(5, "marker", pairedWith: .previousMarker)),
        KeyBinding([.char(",")], .previousMarker, "Select the previous note marker"),
        KeyBinding([.enter], .activate, "Open the event's case at the stage that tells it; with a marker selected, its note",
                   footer: .at(6, "open")),
    ])
}

extension TimelineModel {
    var kind: ScreenKind { .timeline }

    /// The chosen event's case, at the stage that tells it.
    func chosen(env: Environment) -> Chosen {
        let entries = Timeline.entries(env.content)
        guard entries.indices.contains(selection) else { return .nothing }
        let place = Timeline.place(of: entries[selection], content: env.content)
        return Chosen(caseID: entries[selection].caseID, stage: place.step)
    }

    func position(env: Environment, area: Rect) -> Position? { Position(view: .timeline, item: selection) }
}
