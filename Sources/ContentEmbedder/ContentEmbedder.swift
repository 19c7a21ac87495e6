import Foundation
import InfluenceContent

/// Build-time tool: validates a content folder and writes it into a Swift source file as JSON,
/// so the shipped binary carries its content and invalid content fails the build.
@main
struct ContentEmbedder {
    static func main() {
        let args = CommandLine.arguments
        guard args.count == 3 else {
            FileHandle.standardError.write(Data("usage: ContentEmbedder CONTENT_DIR OUTPUT.swift\n".utf8))
            exit(64)
        }
        let directory = URL(fileURLWithPath: args[1])
        switch ContentLoader.loadValidated(directory: directory, displayPath: directory.path) {
        case .failure(let error):
            FileHandle.standardError.write(Data((error.report + "\n").utf8))
            exit(1)
        case .success(let content):
            do {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let json = String(decoding: try encoder.encode(content), as: UTF8.self)
                try source(embedding: json).write(toFile: args[2], atomically: true, encoding: .utf8)
            } catch {
                FileHandle.standardError.write(Data("ContentEmbedder: \(error)\n".utf8))
                exit(1)
            }
        }
    }

    /// A Swift file holding `json` in a raw string literal with enough `#`s that no text can end it.
    static func source(embedding json: String) -> String {
        var hashes = "#"
        while json.contains("\"" + hashes) || json.contains("\\" + hashes) { hashes += "#" }
        return """
        // Generated at build time from Content/ by ContentEmbedder. Do not edit.
        enum EmbeddedContent {
            static let json = \(hashes)"\(json)"\(hashes)
        }

        """
    }
}
