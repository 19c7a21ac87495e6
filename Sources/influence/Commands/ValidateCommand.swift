extension Command {
    /// `influence validate`: check the content.
    static let validate = Command(describe: ValidateCommand.spec, run: ValidateCommand.run)
}

/// `influence validate`: check content and report every problem.
enum ValidateCommand {
    /// What the command says of itself (it names no case or stage).
    static func spec(_ names: ContentNames) -> CommandSpec {
        CommandSpec(
            name: "validate",
            abstract: "Check the content and report every problem as FILE:LINE:COLUMN: error: MESSAGE.",
            discussion: "Exits 0 with a one-line summary when the content is clean, 65 when it has errors.",
            argument: nil, options: [.content],
            examples: ["influence validate --content MyContent"])
    }

    /// Loads the content (which reports every problem) and prints its summary.
    static func run(_ options: ParsedOptions) throws(CommandExit) {
        let content = try ContentOptions.load(folder: options.contentFolder)
        Output.print(content.summary)
    }
}
