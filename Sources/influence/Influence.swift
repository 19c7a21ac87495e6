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

    /// With no arguments, goes straight to the explorer: the full command-line parse (completion
    /// scripts, subcommand lookup) costs milliseconds a user waits for on every start.
    static func main() {
        guard CommandLine.arguments.count == 1 else {
            main(nil)
            return
        }
        do {
            try ExploreCommand.explore(contentFolder: nil)
        } catch {
            ExploreCommand.exit(withError: error)
        }
    }
}
