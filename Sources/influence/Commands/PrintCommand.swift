import InfluenceContent
import InfluenceExport

extension Command {
    /// `influence print`: the content as plain text.
    static let print = Command(describe: PrintCommand.spec, run: PrintCommand.run)
}

/// `influence print`: the framework and cases as wrapped plain text.
struct PrintCommand {
    /// A case number or id, or "framework" (or 0, as the explorer's key for the argument).
    var caseKey: String?
    /// A stage number, id, title or short title.
    var stage: String?
    var width: String?
    /// Only the discussion questions.
    var questionsOnly = false
    var contentFolder: String?

    /// The views `print` prints as text, by the name given as CASE, each with how it is printed.
    static let printedViews: [(name: String, text: @Sendable (PlainTextDocument) -> String)] = [
        ("grid", { $0.grid() }), ("timeline", { $0.timeline() }), ("questions", { $0.questions() }),
        ("glossary", { $0.glossary() }), ("sources", { $0.sources() }), ("figures", { $0.figures() }),
        ("people", { $0.people() }),
    ]

    /// The names of the views `print` prints.
    static var views: [String] { printedViews.map(\.name) }

    /// What the command says of itself, naming the cases and stages of `names`.
    static func spec(_ names: ContentNames) -> CommandSpec {
        var examples: [String] = []
        if let c = names.case(at: 2), let s = names.stage(at: 5) { examples.append("influence print \(c.number) --stage \(s.word) --width 72") }
        examples += ["influence print framework", "influence print grid --width 100"]
        if let c = names.case(at: 2) { examples.append("influence print \(c.number) --questions") }
        return CommandSpec(
            name: "print",
            abstract: "Print the framework and the cases (or one case, or one stage) as plain text.",
            discussion: "With --stage and no case, prints that stage of every case; with framework, the framework's account of that stage.",
            argument: ArgumentSpec(
                name: "CASE",
                help: "\(names.aCase); \"framework\" (or 0) for the argument alone; or one of the views: \(views.joined(separator: ", ")).",
                completion: .printable),
            options: [
                OptionSpec(name: .stage, valueName: "STAGE",
                           help: "Only this stage: \(names.stageWithExamples).",
                           completion: .stages),
                OptionSpec(name: .questions, valueName: "",
                           help: "Only the discussion questions (of the case, or of every case).", completion: .none),
                OptionSpec(name: .width, valueName: "N",
                           help: "Wrap lines at this many columns, 20 to 1000 (default: the terminal's width, or 80).",
                           completion: .none),
                .content,
            ],
            examples: examples)
    }

    /// Prints what CASE, --stage, --questions and --width ask for.
    static func run(_ options: ParsedOptions) throws(CommandExit) {
        try PrintCommand(caseKey: options.argument, stage: options.value(.stage), width: options.value(.width),
                         questionsOnly: options.flag(.questions), contentFolder: options.contentFolder).run()
    }

    /// Prints the text asked for, or ends with a usage error that says what is accepted.
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
        let stageID = try stage.map { key throws(CommandExit) in try Self.stage(key, in: content).id }
        if let name = caseKey?.lowercased(), let view = Self.printedViews.first(where: { $0.name == name }) {
            guard stageID == nil else { throw Self.usage("--stage goes with a case or framework, not with \(name)") }
            Output.print(view.text(document))
            return
        }
        if questionsOnly {
            guard stageID == nil else { throw Self.usage("--questions and --stage do not go together") }
            guard let caseKey else {
                Output.print(document.questions())
                return
            }
            guard let c = content.findCase(caseKey) else { throw Self.noCase(caseKey, content) }
            Output.print(document.questionLines(c).joined(separator: "\n"))
            return
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
        guard let c = content.findCase(caseKey) else { throw Self.noCase(caseKey, content) }
        Output.print(document.case(c, stage: stageID))
    }

    static func noCase(_ key: String, _ content: Content) -> CommandExit {
        let ids = content.cases.map { "\($0.number) \($0.id)" }.joined(separator: ", ")
        return usage("no case \"\(key)\"; use one of: \(ids), framework (0), or a view: \(views.joined(separator: ", "))")
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

    /// The stage `key` names (see `findStage`), or a usage error that lists what the content has.
    static func stage(_ key: String, in content: Content) throws(CommandExit) -> Stage {
        guard let found = findStage(key, in: content) else {
            let ids = content.stages.map(\.id).joined(separator: ", ")
            let names = content.stages.map(\.shortTitle).joined(separator: ", ")
            throw usage("no stage \"\(key)\"; use 1-\(content.stages.count), an id (\(ids)) or a name from the stage bar (\(names))")
        }
        return found
    }

    static func usage(_ message: String) -> CommandExit {
        Output.error("influence: \(message)")
        return CommandExit(status: ExitStatus.usage)
    }
}
