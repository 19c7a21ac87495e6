import Foundation
import InfluenceContent

/// The loader takes paths and bytes (it has no Foundation); the tests speak URL and Data.
extension ContentLoader {
    static func loadValidated(directory: URL, displayPath: String? = nil) -> Swift.Result<Content, ContentError> {
        loadValidated(directory: directory.path, displayPath: displayPath)
    }

    static func load(directory: URL, displayPath: String? = nil) -> Result {
        load(directory: directory.path, displayPath: displayPath)
    }

    static func load(files: [(name: String, data: Data?)], displayPrefix: String, nodeBudget: Int = maxNodes) -> Result {
        load(files: files.map { ($0.name, $0.data.map { [UInt8]($0) }) }, displayPrefix: displayPrefix, nodeBudget: nodeBudget)
    }
}
