extension Command {
    /// `influence open CASE [STAGE]`: the explorer at a case and stage.
    static let open = Command(describe: OpenCommand.spec, run: OpenCommand.run)
}

/// `influence open`: the explorer opened at a case and stage instead of where it was left off.
enum OpenCommand {
    /// What the command says of itself, naming the cases and stages of `names`.
    static func spec(_ names: ContentNames) -> CommandSpec {
        var examples: [String] = []
        if let c = names.case(at: 2), let s = names.stage(at: 5) { examples.append("influence open \(c.number) \(s.word)") }
        if let c = names.cases.last, let s = names.stages.last { examples.append("influence open \(c.id) \(s.number)") }
        examples.append("influence open framework" + (names.stage(at: 3).map { " " + $0.word } ?? ""))
        return CommandSpec(
            name: "open",
            abstract: "Open the explorer at a case and stage, instead of where you left off.",
            discussion: "The marks are kept, and the place is saved on quitting, as always.",
            argument: ArgumentSpec(name: "CASE", help: "\(names.aCase); \"framework\" (or 0) for the argument.",
                                   completion: .casesOrFramework, isRequired: true),
            options: [.theme, .noMouse, .content],
            examples: examples,
            secondArgument: ArgumentSpec(name: "STAGE", help: "A stage: \(names.stageNumber), id or name from the stage bar; the first when left out. With framework, the argument's account of that stage.",
                                         completion: .stages))
    }

    /// Opens the explorer at CASE and STAGE.
    static func run(_ options: ParsedOptions) throws(CommandExit) {
        try ExploreCommand.explore(contentFolder: options.contentFolder, mouse: !options.flag(.noMouse),
                                   theme: options.value(.theme),
                                   start: .open(caseKey: options.argument ?? "", stage: options.secondArgument))
    }
}
