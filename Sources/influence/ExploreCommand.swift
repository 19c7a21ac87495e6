import ArgumentParser

/// `influence` (or `influence explore`): the interactive explorer.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer (the default)."
    )

    @OptionGroup var options: ContentOptions

    func run() throws {
        let content = try options.load()
        Output.print(content.cases.map { "\($0.number). \($0.title) (\($0.years)): \($0.gist)" }.joined(separator: "\n"))
    }
}
