import InfluenceContent
import InfluenceText

extension ScreenKind {
    /// Everyone the cases name, grouped by side; opened from a case, that case's people.
    public static let people = ScreenKind(
        name: "people", title: "People", sections: [.people, KeyMap.filter, KeyMap.list],
        opener: Opener([.char("P")], "People: everyone the cases name, by side (from a case, its people)",
                       footer: .at(66, "people"), atHome: (10, "people")),
        open: { opening in
            Screen(PeopleModel(case: opening.from.kind == .case ? opening.chosen.caseID : nil))
        },
        restore: { position, env, area in
            let (caseID, missing) = position.existingCase(in: env.content)
            let count = PeopleModel.everyone(env: env).count
            let (item, beyond) = Position.clamped(position.item, below: count)
            let only = position.step == 1
            return (Screen(PeopleModel(case: caseID, onlyThatCase: only, selecting: item, env: env, area: area)), missing ?? beyond)
        })
}

extension KeySection {
    /// The people's own keys (letters type into the filter).
    static let people = KeySection("People (letters type into the filter)", [
        KeyBinding([.tab, .backTab], .focusNext, "Opened from a case: only its people, or everyone", footer: .at(4, "case/all")),
        KeyBinding([.enter], .activate, "Open the case where the chosen one first acts, at the stage that names them",
                   footer: .at(6, "open")),
    ])
}

extension PeopleModel {
    var kind: ScreenKind { .people }

    /// The case the chosen person first acts in (in the case shown, when narrowed to one).
    func chosen(env: Environment) -> Chosen {
        if onlyThatCase, let fromCase { return Chosen(caseID: fromCase) }
        let people = PeopleModel.everyone(env: env)
        let shown = People.matching(people, filter: filter, caseID: nil)
        guard shown.indices.contains(selection), let first = people[shown[selection]].roles.first else { return .nothing }
        return Chosen(caseID: first.caseID)
    }

    /// The person chosen, by their place among everyone; the case opened from; and (as the step)
    /// whether only its people are shown. The filter is not kept.
    func position(env: Environment, area: Rect) -> Position? {
        Position(view: .people, caseID: fromCase, step: onlyThatCase ? 1 : 0, item: chosenPerson(env: env, area: area) ?? 0)
    }
}
