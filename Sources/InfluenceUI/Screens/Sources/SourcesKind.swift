import InfluenceContent

extension ScreenKind {
    /// The works the article cites, each with every place it cites them.
    public static let sources = ScreenKind(
        name: "sources", title: "The sources", sections: [.sources, KeyMap.list, KeyMap.back],
        opener: Opener([.char("s")], "Sources: the works the article cites, and where", footer: .at(64, "sources"), atHome: (8, "sources")),
        open: { Screen(SourcesModel(env: $0.env, area: $0.area, from: $0.from)) },
        restore: { position, env, area in
            var model = SourcesModel(env: env)
            let (index, beyond) = Position.clamped(position.item, below: env.content.sources.count)
            if env.content.sources.indices.contains(index), !model.entries.isEmpty {
                model = SourcesModel(selecting: model.entries[min(index, model.entries.count - 1)].source.id, env: env, area: area)
            }
            return (Screen(model), beyond)
        })
}

extension KeySection {
    /// The sources' own keys: into a source's places, and what Enter opens.
    static let sources = KeySection("The sources", [
        KeyBinding([.right, .tab, .char("l")], .focusNext, "Into the source's places, to choose one",
                   footer: .at(3, "places", pairedWith: .focusPrevious)),
        KeyBinding([.left, .backTab, .char("h")], .focusPrevious, "Back from the places to the sources"),
        KeyBinding([.enter], .activate, "Open the chosen place (on a source: its first place)", footer: .at(6, "open")),
    ])
}

extension SourcesModel {
    var kind: ScreenKind { .sources }

    func position(env: Environment, area: Rect) -> Position? { Position(view: .sources, item: selection) }

    /// The chosen place's case and stage, or the source's first place's.
    func chosen(env: Environment) -> Chosen {
        guard entries.indices.contains(selection) else { return .nothing }
        let places = entries[selection].places
        guard places.indices.contains(place ?? 0), case .place(let p) = places[place ?? 0].target,
              case .case(let id) = p.subject else { return .nothing }
        return Chosen(caseID: id, stage: p.step)
    }
}
