import ArgumentParser
import Foundation
import InfluenceContent
import InfluenceUI

/// `influence print`: the framework and cases as wrapped plain text.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the framework and the cases (or one case, or one stage) as plain text."
    )

    @Argument(help: ArgumentHelp("A case number (1-5) or id (intercept, condor, leyenda, casablanca, merida); \"framework\" for the argument alone.", valueName: "CASE"))
    var caseKey: String?

    @Option(name: .long, help: ArgumentHelp("Only this stage: its number (1-7) or id (e.g. institutionalization).", valueName: "STAGE"))
    var stage: String?

    @Option(name: .long, help: "Wrap lines at this many columns (default: the terminal's width, or 80).")
    var width: Int?

    @OptionGroup var options: ContentOptions

    func validate() throws {
        if let width, width < 20 || width > 1000 {
            throw ValidationError("--width must be between 20 and 1000")
        }
    }

    func run() throws {
        let content = try options.load()
        let document = PlainTextDocument(content: content, width: width ?? TerminalWidth.current() ?? 80)
        var stageID: String?
        if let stage {
            guard let found = Self.findStage(stage, in: content) else {
                let ids = content.stages.map(\.id).joined(separator: ", ")
                Output.error("influence: no stage \"\(stage)\"; use 1-\(content.stages.count) or one of: \(ids)")
                throw ExitCode(ExitStatus.usage)
            }
            stageID = found.id
        }
        guard let caseKey else {
            if stageID != nil {
                Output.print(content.cases.map { document.case($0, stage: stageID) }.joined(separator: "\n\n"))
            } else {
                Output.print(document.all())
            }
            return
        }
        if caseKey == "framework" {
            Output.print(document.framework())
            return
        }
        guard let c = content.findCase(caseKey) else {
            let ids = content.cases.map { "\($0.number) \($0.id)" }.joined(separator: ", ")
            Output.error("influence: no case \"\(caseKey)\"; use one of: \(ids)")
            throw ExitCode(ExitStatus.usage)
        }
        Output.print(document.case(c, stage: stageID))
    }

    static func findStage(_ key: String, in content: Content) -> Stage? {
        if let n = Int(key) { return content.stages.first { $0.number == n } }
        let lower = key.lowercased()
        return content.stages.first { $0.id == lower || $0.title.lowercased() == lower }
    }
}
