import ArgumentParser

/// The `influence` command: the explorer by default, plus validate, print and render.
@main
struct Influence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "influence",
        abstract: "Explore how Mexico turned unilateral US drug policy into agreements on its own terms.",
        discussion: """
        With no command, opens the interactive explorer on the built-in content.
        Every command takes --content DIR to use another content folder instead.
        """,
        subcommands: [ExploreCommand.self, ValidateCommand.self, PrintCommand.self, RenderCommand.self],
        defaultSubcommand: ExploreCommand.self
    )
}
