#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InfluenceContent

/// Build-time tool: validates a content folder and writes it into a Swift source file as a
/// `ContentArchive`, so the shipped binary carries its content and invalid content fails the build.
@main
struct ContentEmbedder {
    static func main() {
        let args = CommandLine.arguments
        guard args.count == 3 else { fail("usage: ContentEmbedder CONTENT_DIR OUTPUT.swift", status: 64) }
        // Named as in the package ("Content/cases/3-leyenda.yaml"), in messages and in the binary.
        switch ContentLoader.loadValidated(directory: args[1], displayPath: "Content") {
        case .failure(let error):
            fail(error.report, status: 1)
        case .success(let content):
            let archive = ContentArchive.encode(content)
            guard ContentArchive.decode(archive) == content else {
                fail("ContentEmbedder: the archive does not read back as the content", status: 1)
            }
            let summary = HomeSummary(content)
            let home = ContentArchive.encode(summary)
            guard ContentArchive.decodeSummary(home) == summary else {
                fail("ContentEmbedder: the home summary does not read back", status: 1)
            }
            writeFile(source(embedding: archive, home: home), to: args[2])
        }
    }

    /// Writes through a temporary file and a rename, so a failed build never leaves half a file.
    static func writeFile(_ text: String, to path: String) {
        let temporary = path + ".partial"
        guard let file = fopen(temporary, "w") else { fail("ContentEmbedder: cannot write \(temporary)", status: 1) }
        let bytes = Array(text.utf8)
        let written = fwrite(bytes, 1, bytes.count, file)
        guard fclose(file) == 0, written == bytes.count, rename(temporary, path) == 0 else {
            fail("ContentEmbedder: cannot write \(path)", status: 1)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        let line = Array((message + "\n").utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        exit(status)
    }

    /// A Swift file holding `text` in a multi-line raw string literal with enough `#`s that no text
    /// can end it. (Such a literal would turn CRLF into LF, but sanitized content holds no CR.)
    static func source(embedding text: String, home: String) -> String {
        func literal(_ text: String) -> String {
            var hashes = "#"
            while TextTools.contains(text, "\"" + hashes) || TextTools.contains(text, "\\" + hashes) { hashes += "#" }
            return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
        }
        return "// Generated at build time from Content/ by ContentEmbedder. Do not edit.\n"
            + "enum EmbeddedContent {\n"
            + "    static let archive = \(literal(text))\n"
            + "    /// What the first screen shows, read before the rest.\n"
            + "    static let home = \(literal(home))\n"
            + "}\n"
    }
}
