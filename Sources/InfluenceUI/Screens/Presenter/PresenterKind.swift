import InfluenceContent

extension ScreenKind {
    /// Presenter mode: one case for a projector, revealed a step at a time.
    public static let presenter = ScreenKind(
        name: "presenter", title: "Presenter mode", sections: [.presenter],
        opener: Opener([.char("p")], "Presenter mode for a projector, on the current case and stage (p again leaves it)",
                       footer: .at(56, "present"), atHome: (9, "present")),
        footerShowsEverywhere: false,
        numbers: { 1...max(1, $0.stageCount) },
        open: { opening in
            // The argument is presented at its section; anything else at the case and stage chosen.
            if opening.from.kind == .argument {
                return Screen(PresenterModel(case: nil, step: opening.from.position(env: opening.env, area: opening.area)?.step ?? 0))
            }
            let chosen = opening.chosen
            let first = opening.env.content.cases.first?.caseID ?? CaseID("")
            return Screen(PresenterModel(case: chosen.caseID ?? first, step: chosen.stage ?? 0))
        },
        restore: { position, env, area in
            // No case named: the argument.
            let (caseID, missing) = position.existingCase(in: env.content)
            var model = PresenterModel(case: caseID)
            model.go(toSlide: position.step ?? 0, revealKey: position.reveal ?? 0, env: env, area: area)
            if let marker = position.marker { model.select(marker: marker, env: env, area: area) }
            return (Screen(model), missing)
        })
}

extension KeySection {
    /// Presenter mode's keys: reveal, step back, the timer.
    static let presenter = KeySection("Presenter mode", [
        KeyBinding([.char(" "), .right, .char("l"), .pageDown], .revealNext,
                   "Show the next paragraph, quotation or figures; when all is shown, the next stage",
                   footer: .at(1, "next")),
        KeyBinding([.left, .backspace, .char("h"), .pageUp], .revealPrevious,
                   "Hide the last thing shown; at the prompt, the stage before", footer: .at(2, "back", pairedWith: nil)),
        KeyBinding(KeyBinding.digits, .number, "Go to the stage with that number"),
        KeyBinding([.char("]")], .nextCase, "The next case, from its first stage"),
        KeyBinding([.char("[")], .previousCase, "The previous case"),
        KeyBinding([.char(".")], .nextMarker, "Select the next note marker shown"),
        KeyBinding([.char(",")], .previousMarker, "Select the previous note marker"),
        KeyBinding([.enter], .activate, "Show the selected note in a box"),
        KeyBinding([.char("t")], .toggleTimer, "Pause or resume the lesson's clock", footer: .at(3, "timer")),
        KeyBinding([.char("T")], .resetTimer, "Set the clock back to 0:00"),
        KeyBinding([.char("v")], .toggleSpeaker, "The speaker's view (for your own screen): what comes next, the question, the class"),
        KeyBinding([.char("+")], .moreTime, "Count the lesson down: five minutes more"),
        KeyBinding([.char("-")], .lessTime, "Five minutes less to count down (none: count up)"),
        KeyBinding([.escape], .leave, "Leave presenter mode for the same case and stage, as p does"),
    ])
}

extension Position {
    /// Presenter mode on a case at a stage (0-based), or on the argument (no case) at a section, as
    /// `influence present` opens it.
    public static func presenting(case id: CaseID?, step: Int) -> Position {
        Position(view: .presenter, caseID: id, step: PresenterDeck.slide(forStep: step))
    }
}

extension Explorer {
    /// Opens presenter mode on a case at a stage (`influence present`), in the speaker's view if asked.
    public func present(case id: CaseID?, step: Int, speaker: Bool = false) {
        guard var screen = Screen.restoring(.presenting(case: id, step: step), env: env, area: state.area).screen else { return }
        if speaker, var model = screen.model(as: PresenterModel.self) {
            model.speaker = true
            screen = Screen(model)
        }
        state.push(screen, env: env)
    }
}

extension PresenterModel {
    var kind: ScreenKind { .presenter }

    func chosen(env: Environment) -> Chosen { Chosen(caseID: caseID, stage: slide) }

    func position(env: Environment, area: Rect) -> Position? {
        // How far revealed, as a key that means the same at any window size; the marker highlighted.
        var position = Position(view: .presenter, caseID: caseID, step: slide, reveal: revealKey(env: env, area: area))
        position.marker = markerSelection
        return position
    }

    func box(for position: Position, env: Environment) -> Screen? {
        guard let note = position.note, env.content.note(id: note.rawValue) != nil else { return nil }
        return Screen.note(note, label: env.labels(for: subject)[note.rawValue])
    }

    /// p again leaves presenter mode, for the same case and stage (or section of the argument) read
    /// as usual: the reading screen it was opened from (moved to that stage), or a new one in its place.
    func reopened(beneath: Screen?, env: Environment, area: Rect) -> Reopening? {
        guard let caseID else {
            let step = min(slide, ArgumentSection.allCases.count - 1)
            guard let reading = Screen.restoring(Position(view: .argument, step: step), env: env, area: area).screen else { return nil }
            guard let beneath, beneath.kind == .argument else { return .replace(reading) }
            return beneath.position(env: env, area: area)?.step == step ? .close : .closeReplacingBeneath(reading)
        }
        let stages = env.content.case(caseID)?.stages.count ?? 1
        let step = min(slide, max(0, stages - 1))
        guard let reading = Screen.restoring(.reading(case: caseID, step: step), env: env, area: area).screen else { return nil }
        guard let beneath, beneath.kind == .case, beneath.chosen(env: env).caseID == caseID else { return .replace(reading) }
        return beneath.chosen(env: env).stage == step ? .close : .closeReplacingBeneath(reading)
    }
}
