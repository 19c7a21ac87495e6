import Classroom

extension Command {
    /// `influence present [CASE]`: presenter mode, for a projector.
    static let present = Command(describe: PresentCommand.spec, run: PresentCommand.run)
}

/// `influence present`: the explorer in presenter mode on a case, revealed a step at a time.
enum PresentCommand {
    /// What the command says of itself, naming the cases and stages of `names`.
    static func spec(_ names: ContentNames) -> CommandSpec {
        var examples: [String] = []
        if let c = names.case(at: 2) { examples.append("influence present \(c.number) --theme light") }
        if let c = names.case(at: 2), let s = names.stage(at: 5) { examples.append("influence present \(c.id) --stage \(s.word)") }
        if let c = names.case(at: 1) { examples.append("influence present \(c.number) --lead --room-dir /srv/influence") }
        return CommandSpec(
            name: "present",
            abstract: "Present a case for a projector: the whole screen for the text, revealed a step at a time.",
            discussion: "Space reveals the next paragraph, quotation or figures, then the next stage; \u{2190} steps back; t pauses the lesson's clock; p or Esc leaves presenter mode; ? lists the keys. On quitting, the time each stage was presented is printed.",
            argument: ArgumentSpec(name: "CASE", help: "\(names.aCase); \"framework\" (or 0) for the article's argument, a section at a time; the first case when left out.",
                                   completion: .casesOrFramework),
            options: [
                OptionSpec(name: .stage, valueName: "STAGE",
                           help: "Start at this stage: \(names.stageNumber), id or name from the stage bar.", completion: .stages),
                OptionSpec(name: .speaker, valueName: "",
                           help: "The speaker's view on this terminal: beside the slide, what comes next, the stage's question, how many follow and the clock (v turns it on and off). Put the projector on a second terminal that follows the room.",
                           completion: .none),
                OptionSpec(name: .minutes, valueName: "N",
                           help: "Count the lesson down from N minutes (1 to 1440): the header shows the time left; + and - change it by five.",
                           completion: .none),
                .theme,
                // A word right after --lead could be the case here.
                OptionSpec(name: .lead, valueName: "ROOM",
                           help: OptionSpec.lead.help + " Name a room as --lead=ROOM, or after CASE (a word right after --lead is the case).",
                           completion: .none, defaultValue: RoomName.standard.text),
                .roomDirectory, .noMouse, .content,
            ],
            examples: examples)
    }

    /// Presents CASE (the first when left out) from --stage, leading a room if asked.
    static func run(_ options: ParsedOptions) throws(CommandExit) {
        var minutes: Int?
        if let text = options.value(.minutes) {
            guard let n = Int(text), (1...1440).contains(n) else {
                throw PrintCommand.usage("--minutes takes a number of minutes, 1 to 1440 (got \"\(text)\")")
            }
            minutes = n
        }
        try ExploreCommand.explore(contentFolder: options.contentFolder, mouse: !options.flag(.noMouse),
                                   theme: options.value(.theme), present: options.argument ?? "",
                                   stage: options.value(.stage), minutes: minutes, speaker: options.flag(.speaker), room: ClassroomSession.Request(options: options))
    }
}
