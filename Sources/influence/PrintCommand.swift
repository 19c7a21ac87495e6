import InfluenceContent
import InfluenceUI

/// `influence print`: the framework and cases as wrapped plain text.
struct PrintCommand {
    /// A case number or id, or "framework" (or 0, as the explorer's key for the argument).
    var caseKey: String?
    /// A stage number, id, title or short title.
    var stage: String?
    var width: String?
    var contentFolder: String?

    func run() throws(CommandExit) {
        var columns: Int?
        if let width {
            guard let n = Int(width), (20...1000).contains(n) else {
                throw Self.usage("--width must be a whole number from 20 to 1000 (got \"\(width)\")")
            }
            columns = n
        }
        let content = try ContentOptions.load(folder: contentFolder)
        let document = PlainTextDocument(content: content, width: columns ?? System.terminalWidth() ?? 80)
        var stageID: String?
        if let stage {
            guard let found = Self.findStage(stage, in: content) else {
                let ids = content.stages.map(\.id).joined(separator: ", ")
                let names = content.stages.map(\.shortTitle).joined(separator: ", ")
                throw Self.usage("no stage \"\(stage)\"; use 1-\(content.stages.count), an id (\(ids)) or a name from the stage bar (\(names))")
            }
            stageID = found.id
        }
        guard let caseKey else {
            if let stageID {
                Output.print(content.cases.map { document.case($0, stage: stageID) }.joined(separator: "\n\n"))
            } else {
                Output.print(document.all())
            }
            return
        }
        if caseKey.lowercased() == "framework" || caseKey == "0" {
            Output.print(document.framework(stage: stageID))
            return
        }
        guard let c = content.findCase(caseKey) else {
            let ids = content.cases.map { "\($0.number) \($0.id)" }.joined(separator: ", ")
            throw Self.usage("no case \"\(caseKey)\"; use one of: \(ids), or framework (0)")
        }
        Output.print(document.case(c, stage: stageID))
    }

    /// A stage by number, id, title or the short name the stage bar shows ("resources", "US move"),
    /// in any case.
    static func findStage(_ key: String, in content: Content) -> Stage? {
        if let n = Int(key) { return content.stages.first { $0.number == n } }
        let lower = key.lowercased()
        return content.stages.first {
            $0.id == lower || $0.title.lowercased() == lower || $0.shortTitle.lowercased() == lower
        }
    }

    static func usage(_ message: String) -> CommandExit {
        Output.error("influence: \(message)")
        return CommandExit(status: ExitStatus.usage)
    }
}
