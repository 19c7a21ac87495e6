/// Reads a content folder of YAML files into `Content`, recording every problem with file:line:column.
public enum ContentLoader {
    /// The largest content file accepted, in bytes.
    public static let maxFileSize = 1 << 20
    /// The most YAML values one file may hold.
    public static let maxNodes = 200_000

    /// The files every content folder has, besides `cases/*.yaml`.
    public static let fixedFiles = ["article.yaml", "stages.yaml", "sources.yaml", "glossary.yaml"]

    /// The outcome of loading: the content (nil when a file could not be read at all) and every problem.
    public struct Result: Sendable {
        public var content: Content?
        public var index: ContentIndex
        public var diagnostics: [Diagnostic]
    }

    /// Loads a folder from disk. `displayPath` prefixes file names in messages. Each file's kind and
    /// size are checked before it is read: an oversized or special file is refused without reading.
    public static func load(directory: String, displayPath: String? = nil) -> Result {
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        let caseNames = ContentFileReader.yamlFileNames(in: folder + "cases").map { "cases/" + $0 }
        let files = (fixedFiles + caseNames).map { name in
            (name: name, contents: ContentFileReader.contents(of: folder + name, limit: maxFileSize))
        }
        return load(files, displayPrefix: displayPath ?? directory, nodeBudget: maxNodes)
    }

    /// Loads content from named file texts (as stored in the binary, or made by a test or the fuzzer).
    /// A nil `bytes` means the file is missing. `nodeBudget` bounds the values one file may hold.
    public static func load(files: [(name: String, bytes: [UInt8]?)], displayPrefix: String,
                            nodeBudget: Int = maxNodes) -> Result {
        let contents = files.map { file -> (name: String, contents: ContentFileReader.Outcome) in
            guard let bytes = file.bytes else { return (file.name, .missing) }
            let tooLarge = ContentFileReader.tooLarge(bytes.count, limit: maxFileSize)
            return (file.name, bytes.count > maxFileSize ? .refused(tooLarge) : .bytes(bytes))
        }
        return load(contents, displayPrefix: displayPrefix, nodeBudget: nodeBudget)
    }

    static func load(_ files: [(name: String, contents: ContentFileReader.Outcome)], displayPrefix: String, nodeBudget: Int) -> Result {
        var index = ContentIndex()
        var diagnostics: [Diagnostic] = []
        func display(_ name: String) -> String {
            displayPrefix.isEmpty ? name : (displayPrefix.hasSuffix("/") ? displayPrefix : displayPrefix + "/") + name
        }

        var article: Article?
        var stages: [Stage]?
        var sources: [Source]?
        var glossary: [Term]?
        var cases: [Case] = []
        var sawCaseFile = false

        for (name, contents) in files {
            let shown = display(name)
            if name.hasPrefix("cases/") { sawCaseFile = true }
            let document: YAMLDocument
            switch parse(contents, name: name, file: shown, nodeBudget: nodeBudget) {
            case .success(let parsed):
                document = parsed
            case .failure(let problems):
                diagnostics += problems.diagnostics
                index.markIncomplete(shown)
                continue
            }
            let decoder = ContentFileDecoder(file: shown, document: document, index: index)
            index = ContentIndex() // the decoder now holds the only copy, so adding to it copies nothing
            let read: Bool
            switch name {
            case "article.yaml":
                article = decoder.decodeFile(Article.self)
                read = article != nil
            case "stages.yaml":
                stages = decoder.decodeFile(StagesFile.self)?.stages
                read = stages != nil
            case "sources.yaml":
                sources = decoder.decodeFile(SourcesFile.self)?.sources
                read = sources != nil
            case "glossary.yaml":
                glossary = decoder.decodeFile(GlossaryFile.self)?.terms
                read = glossary != nil
            default:
                let c = decoder.decodeFile(Case.self)
                if let c { cases.append(c) }
                read = c != nil
            }
            index = decoder.index
            if !read || decoder.droppedItems { index.markIncomplete(shown) }
            diagnostics += decoder.diagnostics
        }
        if !sawCaseFile {
            diagnostics.append(Diagnostic(SourceLocation(file: display("cases"), line: 1, column: 1),
                                          "no case files: put one YAML file per case in the cases folder"))
        }
        var content: Content?
        if let article, let stages, let sources, let glossary {
            cases.sort { $0.number < $1.number }
            content = Content(article: article, stages: stages, cases: cases, sources: sources, glossary: glossary)
        }
        return Result(content: content, index: index, diagnostics: diagnostics)
    }

    /// Checks a file's size and encoding, then parses its YAML.
    static func parse(_ contents: ContentFileReader.Outcome, name: String, file: String, nodeBudget: Int) -> Swift.Result<YAMLDocument, YAMLProblems> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        func refuse(_ message: String) -> Swift.Result<YAMLDocument, YAMLProblems> {
            .failure(YAMLProblems(diagnostics: [Diagnostic(start, message)]))
        }
        var bytes: [UInt8]
        switch contents {
        case .bytes(let read): bytes = read
        case .missing: return refuse("this file is missing; every content folder needs \(name)")
        case .refused(let reason): return refuse(reason)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = UTF8Check.firstInvalidByte(in: bytes) {
            let hex = String(bad.byte, radix: 16, uppercase: true)
            return .failure(YAMLProblems(diagnostics: [Diagnostic(SourceLocation(file: file, line: bad.line, column: bad.column),
                "this file is not valid UTF-8: byte 0x\(hex.count < 2 ? "0" + hex : hex) here cannot be read; save the file as UTF-8")]))
        }
        let parsed = YAMLDocument.parse(bytes, file: file, valueBudget: nodeBudget)
        if case .success(let document) = parsed, document.root == nil {
            return refuse("this file is empty")
        }
        return parsed
    }
}
