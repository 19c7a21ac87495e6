import InfluenceContent

/// The screens that show one event, term or source: where a search hit in them opens.
extension Screen {
    /// The timeline, on the event.
    static func opening(event id: CaseID, index: Int, env: Environment, area: Rect) -> Screen {
        let entries = Timeline.entries(env.content)
        let at = entries.firstIndex { $0.caseID == id && $0.eventIndex == index } ?? 0
        return .timeline(TimelineModel(selecting: at, env: env, area: area))
    }

    /// The glossary, on the term.
    static func opening(term id: String, env: Environment, area: Rect) -> Screen {
        .glossary(GlossaryModel(selecting: id, env: env, area: area))
    }

    /// The sources, on the source.
    static func opening(source id: String, env: Environment, area: Rect) -> Screen {
        .sources(SourcesModel(selecting: id, env: env, area: area))
    }
}
