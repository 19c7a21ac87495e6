import Foundation
import InfluenceContent

/// Build-time tool: validates a content folder and writes it into a Swift source file as a
/// `ContentArchive`, so the shipped binary carries its content and invalid content fails the build.
@main
struct ContentEmbedder {
    static func main() {
        let args = CommandLine.arguments
        guard args.count == 3 else {
            FileHandle.standardError.write(Data("usage: ContentEmbedder CONTENT_DIR OUTPUT.swift\n".utf8))
            exit(64)
        }
        let directory = URL(fileURLWithPath: args[1])
        switch ContentLoader.loadValidated(directory: directory.path, displayPath: directory.path) {
        case .failure(let error):
            FileHandle.standardError.write(Data((error.report + "\n").utf8))
            exit(1)
        case .success(let content):
            do {
                let archive = ContentArchive.encode(content)
                guard ContentArchive.decode(archive) == content else {
                    FileHandle.standardError.write(Data("ContentEmbedder: the archive does not read back as the content\n".utf8))
                    exit(1)
                }
                try source(embedding: archive).write(toFile: args[2], atomically: true, encoding: .utf8)
            } catch {
                FileHandle.standardError.write(Data("ContentEmbedder: \(error)\n".utf8))
                exit(1)
            }
        }
    }

    /// A Swift file holding `text` in a multi-line raw string literal with enough `#`s that no text
    /// can end it. (Such a literal would turn CRLF into LF, but sanitized content holds no CR.)
    static func source(embedding text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        return "// Generated at build time from Content/ by ContentEmbedder. Do not edit.\n"
            + "enum EmbeddedContent {\n"
            + "    static let archive = \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)\n"
            + "}\n"
    }
}
