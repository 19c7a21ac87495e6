/// Loading and validating in one step: what every command that reads content uses.
extension ContentLoader {
    /// Loaded, checked content, or every problem found (sorted by file and position).
    public static func loadValidated(directory: String, displayPath: String? = nil) -> Swift.Result<Content, ContentError> {
        loadValidatedWithIndex(directory: directory, displayPath: displayPath).0
    }

    /// The same, with where every id and `from` was read (for reading the content against the article).
    public static func loadValidatedWithIndex(directory: String, displayPath: String? = nil) -> (Swift.Result<Content, ContentError>, ContentIndex) {
        let result = load(directory: directory, displayPath: displayPath)
        return (finish(result, folder: displayPath ?? directory), result.index)
    }

    public static func loadValidated(files: [(name: String, bytes: [UInt8]?)], displayPrefix: String) -> Swift.Result<Content, ContentError> {
        finish(load(files: files, displayPrefix: displayPrefix), folder: displayPrefix)
    }

    static func finish(_ result: Result, folder: String) -> Swift.Result<Content, ContentError> {
        var problems = result.diagnostics
        if let content = result.content {
            // Cross-file checks run even after problems in single files, so every problem shows at
            // once; those that would only echo a file that could not be read are skipped.
            problems += ContentValidator.validate(content, index: result.index, folder: folder)
        }
        guard let content = result.content, problems.isEmpty else {
            let unique = Array(Set(problems)).sorted {
                ($0.location.file, $0.location.line, $0.location.column, $0.message)
                    < ($1.location.file, $1.location.line, $1.location.column, $1.message)
            }
            return .failure(ContentError(diagnostics: unique))
        }
        return .success(content)
    }
}

/// Content that failed to load or validate, with every problem.
public struct ContentError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// All problems as `FILE:LINE:COLUMN: error: MESSAGE` lines, then a count.
    public var report: String {
        let lines = diagnostics.map(\.description)
        let count = diagnostics.count == 1 ? "1 error" : "\(diagnostics.count) errors"
        return (lines + ["\(count) in the content"]).joined(separator: "\n")
    }
}
