import InfluenceContent
import InfluenceText

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
            discussion: """
            Exits 0 with a one-line summary when the content is clean, 65 when it has errors. With \
            --article, also reads the content against the article's text: every number, name and \
            source of a passage must stand in the paragraphs its "from" names (or its background), \
            and no passage may repeat \(ArticleCheck.longestRun) or more of the article's words outside \
            quotations and official names (runs of \(ArticleCheck.shortRun) or more are listed; at most \
            \(ArticleCheck.allowedShortRuns) may stand).
            """,
            argument: nil,
            options: [.content, OptionSpec(name: .article, valueName: "FILE",
                                           help: "Also check the content against the article's text in FILE.", completion: .file)],
            examples: ["influence validate --content MyContent", "influence validate --article article.txt"])
    }

    /// Loads the content (which reports every problem) and prints its summary; with --article,
    /// reads it against the article too.
    static func run(_ options: ParsedOptions) throws(CommandExit) {
        let (content, index) = try ContentOptions.loadWithIndex(folder: options.contentFolder)
        guard let path = options.value(.article) else {
            Output.print(content.summary)
            return
        }
        let article: String
        switch ContentLoader.readArticle(at: path) {
        case .success(let text): article = text
        case .failure(let error):
            // The article, not the content: its problem alone, without "… in the content".
            Output.error(error.diagnostics.map(\.description).joined(separator: "\n"))
            throw CommandExit(status: ExitStatus.noInput)
        }
        let report = ArticleCheck(article: article).check(content, index: index, folder: options.contentFolder ?? "")
        var problems = report.problems
        let short = report.shortRuns
        for run in short { Output.print("\(run.location): note: \(run.passage) shares \(run.words.count) words with the article: \"\(run.words.joined(separator: " "))\"") }
        if short.count > ArticleCheck.allowedShortRuns {
            problems.append(Diagnostic(SourceLocation(file: path, line: 1, column: 1),
                                       "\(short.count) passages share \(ArticleCheck.shortRun)–\(ArticleCheck.longestRun - 1) words with the article; at most \(ArticleCheck.allowedShortRuns) may"))
        }
        guard problems.isEmpty else {
            Output.error(ContentError(diagnostics: problems).report)
            throw CommandExit(status: ExitStatus.dataError)
        }
        Output.print(content.summary + "; read against the article: every traced claim found, \(short.count) runs of \(ArticleCheck.shortRun)–\(ArticleCheck.longestRun - 1) shared words (at most \(ArticleCheck.allowedShortRuns))")
    }
}
