import BuiltinContent
import InfluenceContent

/// Loading content for a command: from `--content DIR`, or the built-in content.
enum ContentOptions {
    /// The content of a folder, or the built-in content when `folder` is nil; when it cannot be
    /// used, every problem is printed and the command ends (65, or 66 for a missing folder).
    static func load(folder: String?) throws(CommandExit) -> Content {
        try loadWithIndex(folder: folder).content
    }

    /// The content and where its ids and `from` were read (empty for the built-in content, whose
    /// `from` carry their own place).
    static func loadWithIndex(folder: String?) throws(CommandExit) -> (content: Content, index: ContentIndex) {
        let result: Result<Content, ContentError>
        var index = ContentIndex()
        if let path = folder {
            guard System.isDirectory(path) else {
                Output.error("influence: no content folder at \(path)")
                throw CommandExit(status: ExitStatus.noInput)
            }
            (result, index) = ContentLoader.loadValidatedWithIndex(directory: path, displayPath: path)
        } else {
            result = BuiltinContent.load()
        }
        switch result {
        case .success(let content):
            return (content, index)
        case .failure(let error):
            Output.error(error.report)
            throw CommandExit(status: ExitStatus.dataError)
        }
    }
}
