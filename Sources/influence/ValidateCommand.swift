/// `influence validate`: check content and report every problem.
enum ValidateCommand {
    static func run(contentFolder: String?) throws(CommandExit) {
        let content = try ContentOptions.load(folder: contentFolder)
        Output.print(content.summary)
    }
}
