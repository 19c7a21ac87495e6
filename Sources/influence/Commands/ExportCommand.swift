#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InfluenceContent
import InfluenceExport

extension Command {
    /// `influence export`: a handout, or the content model as JSON.
    static let export = Command(describe: ExportCommand.spec, run: ExportCommand.run)
}

/// `influence export`: a handout as Markdown or HTML, or the content model as JSON, to standard
/// output or, written whole or not at all, to a file.
struct ExportCommand {
    /// The formats `--format` names.
    enum Format: String, CaseIterable {
        case markdown, html, json
    }

    var format: String?
    /// A case number or id, or "framework" (or 0); nil for everything.
    var caseKey: String?
    var stage: String?
    var output: String?
    var contentFolder: String?

    init(options: ParsedOptions) {
        format = options.value(.format)
        caseKey = options.argument
        stage = options.value(.stage)
        output = options.value(.output)
        contentFolder = options.contentFolder
    }

    /// What the command says of itself, naming the cases and stages of `names`.
    static func spec(_ names: ContentNames) -> CommandSpec {
        var examples: [String] = []
        if let c = names.case(at: 2) { examples.append("influence export --format html \(c.number) --output \(c.id).html") }
        if let c = names.case(at: 2), let s = names.stage(at: 5) { examples.append("influence export --format markdown \(c.number) --stage \(s.word)") }
        examples += ["influence export --output handout.html", "influence export --format json > content.json"]
        return CommandSpec(
            name: "export",
            abstract: "Write a handout, as Markdown or a printable HTML page, or the content model as JSON.",
            discussion: """
            A handout holds the argument and every case (or one case, or one stage) with its quotations, \
            figures, notes as footnotes with their sources, its line of the comparison grid and its \
            discussion questions, plus the glossary when it holds everything. The HTML page needs nothing \
            beside it and prints cleanly (a browser's Print to PDF: each case on a new page). JSON is the \
            whole content model, with a version field, for other tools. With --output the file is written \
            whole or not at all (a temporary file in the same folder, then renamed over it); a symbolic \
            link, a folder or a device there is refused. Exit status 73 when the file cannot be created, \
            74 when it cannot be written.
            """,
            argument: ArgumentSpec(
                name: "CASE",
                help: "\(names.aCase), or \"framework\" (or 0) for the argument alone; everything when left out. JSON always holds everything.",
                completion: .casesOrFramework),
            options: [
                OptionSpec(name: .format, valueName: "FORMAT",
                           help: "markdown, html or json; may be left out when --output ends in .md, .html or .json.",
                           completion: .words(Format.allCases.map(\.rawValue))),
                OptionSpec(name: .stage, valueName: "STAGE",
                           help: "Only this stage: \(names.stageWithExamples); without CASE, that stage of every case.",
                           completion: .stages),
                OptionSpec(name: .output, valueName: "FILE",
                           help: "Write to this file instead of standard output (- is standard output).",
                           completion: .none),
                .content,
            ],
            examples: examples)
    }

    /// Exports what the options ask for.
    static func run(_ options: ParsedOptions) throws(CommandExit) {
        try ExportCommand(options: options).run()
    }

    /// The program and version the documents name as their writer.
    static var generator: String { "\(CommandSpec.program) \(CommandSpec.version)" }

    /// Writes the document asked for, or ends with a usage error.
    func run() throws(CommandExit) {
        let chosen = try chosenFormat()
        if chosen == .json, caseKey != nil || stage != nil {
            throw PrintCommand.usage("json holds the whole content model; CASE and --stage go with markdown and html")
        }
        if output?.isEmpty == true { throw PrintCommand.usage("--output needs a file name (or - for standard output)") }
        let content = try ContentOptions.load(folder: contentFolder)
        let text: String
        switch chosen {
        case .json:
            do {
                text = try JSONDocument(content: content, exporter: Self.generator).text()
            } catch {
                Output.error("influence: the content has a number JSON cannot hold (\(error.value))")
                throw CommandExit(status: ExitStatus.dataError)
            }
        case .markdown:
            text = MarkdownDocument(try handout(content)).text
        case .html:
            text = HTMLDocument(try handout(content), generator: Self.generator).text
        }
        if let output, output != "-" {
            try OutputFile.write(text, to: output)
        } else {
            // The documents hold no control or invisible character; cleaning is a guard, as for print.
            Output.write(Sanitizer.clean(text, keepNewlines: true), to: STDOUT_FILENO)
        }
    }

    /// --format, or the format the --output file's extension names.
    func chosenFormat() throws(CommandExit) -> Format {
        let names = Format.allCases.map(\.rawValue).joined(separator: ", ")
        if let format {
            guard let chosen = Format(rawValue: format.lowercased()) else {
                throw PrintCommand.usage("no format \"\(format)\"; use one of: \(names)")
            }
            return chosen
        }
        if let output, let dot = output.lastIndex(of: "."), !output[dot...].contains(where: { $0 == "/" }) {
            switch output[output.index(after: dot)...].lowercased() {
            case "md", "markdown": return .markdown
            case "html", "htm", "xhtml": return .html
            case "json": return .json
            default: break
            }
        }
        throw PrintCommand.usage("missing --format FORMAT (one of: \(names))")
    }

    /// The handout CASE and --stage ask for, resolved as `print` resolves them.
    func handout(_ content: Content) throws(CommandExit) -> Handout {
        let stageID = try stage.map { key throws(CommandExit) in try PrintCommand.stage(key, in: content).id }
        guard let caseKey else { return Handout(content: content, subject: .everything, stage: stageID) }
        if caseKey.lowercased() == "framework" || caseKey == "0" {
            return Handout(content: content, subject: .argument, stage: stageID)
        }
        guard let found = content.findCase(caseKey) else {
            let ids = content.cases.map { "\($0.number) \($0.id)" }.joined(separator: ", ")
            throw PrintCommand.usage("no case \"\(caseKey)\"; use one of: \(ids), or framework (0)")
        }
        return Handout(content: content, subject: .case(found), stage: stageID)
    }
}

extension ExitStatus {
    /// An output file that cannot be created (sysexits.h EX_CANTCREAT).
    static let cannotCreate: Int32 = 73
    /// An output file that could not be written in full (sysexits.h EX_IOERR).
    static let ioError: Int32 = 74
}
