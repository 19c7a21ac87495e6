import ArgumentParser
import BuiltinContent
import Foundation
import InfluenceContent

/// The `--content DIR` option every command shares, and loading content with it.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read content from this folder instead of the built-in content.", valueName: "DIR"))
    var content: String?

    /// The content, or an exit after printing every problem (65), or a missing folder (66).
    func load() throws -> Content { try Self.load(folder: content) }

    /// The content of a folder, or the built-in content when `folder` is nil.
    static func load(folder: String?) throws -> Content {
        let result: Result<Content, ContentError>
        if let path = folder {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                Output.error("influence: no content folder at \(path)")
                throw ExitCode(ExitStatus.noInput)
            }
            result = ContentLoader.loadValidated(directory: path, displayPath: path)
        } else {
            result = BuiltinContent.load()
        }
        switch result {
        case .success(let content):
            return content
        case .failure(let error):
            Output.error(error.report)
            throw ExitCode(ExitStatus.dataError)
        }
    }
}

/// Exit codes, from sysexits.h where one fits.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let config: Int32 = 78
}

/// Writes to stdout and stderr with every line made safe for a terminal.
enum Output {
    static func print(_ text: String) {
        let safe = Sanitizer.clean(text, keepNewlines: true)
        FileHandle.standardOutput.write(Data((safe + "\n").utf8))
    }

    static func error(_ text: String) {
        let safe = Sanitizer.clean(text, keepNewlines: true)
        FileHandle.standardError.write(Data((safe + "\n").utf8))
    }
}
