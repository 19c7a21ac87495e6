import ArgumentParser
import InfluenceContent

/// `influence validate`: check content and report every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the content and report every problem as FILE:LINE:COLUMN: error: MESSAGE.",
        discussion: "Exits 0 with a one-line summary when the content is clean, 65 when it has errors."
    )

    @OptionGroup var options: ContentOptions

    func run() throws {
        let content = try options.load()
        Output.print(content.summary)
    }
}
