/// `influence export`, as the table of commands (`CommandSpec.all`) lists it.
extension CommandSpec {
    static let export = CommandSpec(
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
            help: "A case number (1-5) or id (intercept, condor, leyenda, casablanca, merida), or \"framework\" (or 0) for the argument alone; everything when left out. JSON always holds everything.",
            completion: .casesOrFramework),
        options: [
            OptionSpec(name: "format", valueName: "FORMAT",
                       help: "markdown, html or json; may be left out when --output ends in .md, .html or .json.",
                       completion: .words(ExportCommand.Format.allCases.map(\.rawValue))),
            OptionSpec(name: "stage", valueName: "STAGE",
                       help: "Only this stage: its number (1-7), id (institutionalization) or name as the stage bar shows it (resources); without CASE, that stage of every case.",
                       completion: .stages),
            OptionSpec(name: "output", valueName: "FILE",
                       help: "Write to this file instead of standard output (- is standard output).",
                       completion: .none),
            content,
        ],
        examples: ["influence export --format html 3 --output leyenda.html",
                   "influence export --format markdown 3 --stage resources",
                   "influence export --output handout.html",
                   "influence export --format json > content.json"])
}
