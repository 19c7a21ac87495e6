extension Command {
    /// `influence open CASE [STAGE]`: the explorer at a case and stage.
    static let open = Command(spec: OpenCommand.spec, run: OpenCommand.run)
}

/// `influence open`: the explorer opened at a case and stage instead of where it was left off.
enum OpenCommand {
    static let spec = CommandSpec(
        name: "open",
        abstract: "Open the explorer at a case and stage, instead of where you left off.",
        discussion: "The marks are kept, and the place is saved on quitting, as always.",
        argument: ArgumentSpec(name: "CASE", help: "A case number (1-5) or id (intercept, condor, leyenda, casablanca, merida); \"framework\" (or 0) for the argument.",
                               completion: .casesOrFramework, isRequired: true),
        options: [.theme, .noMouse, .content],
        examples: ["influence open 3 resources", "influence open merida 7", "influence open framework institutions"],
        secondArgument: ArgumentSpec(name: "STAGE", help: "A stage: its number (1-7), id or name from the stage bar; the first when left out. With framework, the argument's account of that stage.",
                                     completion: .stages))

    /// Opens the explorer at CASE and STAGE.
    static func run(_ options: ParsedOptions) throws(CommandExit) {
        try ExploreCommand.explore(contentFolder: options.contentFolder, mouse: !options.flag(.noMouse),
                                   theme: options.value(.theme),
                                   start: .open(caseKey: options.argument ?? "", stage: options.secondArgument))
    }
}
