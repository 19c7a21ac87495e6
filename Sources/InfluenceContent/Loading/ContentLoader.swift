import Foundation
import Yams

/// Reads a content folder of YAML files into `Content`, recording every problem with file:line:column.
public enum ContentLoader {
    /// The largest content file accepted, in bytes.
    public static let maxFileSize = 1 << 20
    /// The most YAML values one file may expand to (guards against alias bombs).
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
    public static func load(directory: URL, displayPath: String? = nil) -> Result {
        let prefix = displayPath ?? directory.path
        let casesURL = directory.appendingPathComponent("cases")
        let caseNames = ((try? FileManager.default.contentsOfDirectory(atPath: casesURL.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        var files: [(name: String, file: File)] = []
        for name in fixedFiles + caseNames.map({ "cases/" + $0 }) {
            switch ContentFileReader.contents(of: directory.appendingPathComponent(name).path, limit: maxFileSize) {
            case .bytes(let bytes): files.append((name, .bytes(bytes)))
            case .missing: files.append((name, .missing))
            case .refused(let reason): files.append((name, .refused(reason)))
            }
        }
        return load(files, displayPrefix: prefix, nodeBudget: maxNodes)
    }

    /// A content file as the loader receives it.
    enum File {
        case bytes([UInt8])
        case missing
        /// Not readable as content (too big, a FIFO, …): the reason, reported at the file's start.
        case refused(String)
    }

    /// Loads content from named file texts (as stored in the binary or read from disk).
    /// A nil `data` means the file is missing.
    /// `nodeBudget` bounds how many YAML values one file may expand to; tests lower it.
    public static func load(files: [(name: String, data: Data?)], displayPrefix: String,
                            nodeBudget: Int = maxNodes) -> Result {
        load(files.map { ($0.name, $0.data.map { File.bytes([UInt8]($0)) } ?? .missing) },
             displayPrefix: displayPrefix, nodeBudget: nodeBudget)
    }

    static func load(_ files: [(name: String, file: File)], displayPrefix: String, nodeBudget: Int) -> Result {
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

        for (name, file) in files {
            let shown = display(name)
            if name.hasPrefix("cases/") { sawCaseFile = true }
            let bytes: [UInt8]
            switch file {
            case .bytes(let b):
                bytes = b
            case .missing:
                diagnostics.append(Diagnostic(SourceLocation(file: shown, line: 1, column: 1),
                                              "this file is missing; every content folder needs \(name)"))
                continue
            case .refused(let reason):
                diagnostics.append(Diagnostic(SourceLocation(file: shown, line: 1, column: 1), reason))
                continue
            }
            guard let root = parse(bytes, file: shown, diagnostics: &diagnostics) else { continue }
            let reader = YAMLReader(file: shown, index: index, nodeBudget: nodeBudget)
            index = ContentIndex() // the reader now holds the only copy, so adding to it copies nothing
            switch name {
            case "article.yaml": article = readArticle(root, reader)
            case "stages.yaml": stages = readStages(root, reader)
            case "sources.yaml": sources = readSources(root, reader)
            case "glossary.yaml": glossary = readGlossary(root, reader)
            default:
                if let c = readCase(root, reader) { cases.append(c) }
            }
            index = reader.index
            diagnostics += reader.diagnostics
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

    /// Checks size and encoding, then composes the YAML tree; problems go to `diagnostics`.
    static func parse(_ data: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> Node? {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard data.count <= maxFileSize else {
            diagnostics.append(Diagnostic(start, ContentFileReader.tooLarge(data.count, limit: maxFileSize)))
            return nil
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = UTF8Check.firstInvalidByte(in: bytes) {
            diagnostics.append(Diagnostic(SourceLocation(file: file, line: bad.line, column: bad.column),
                                          String(format: "this file is not valid UTF-8: byte 0x%02X here cannot be read; save the file as UTF-8", bad.byte)))
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            guard let node = try Yams.compose(yaml: text) else {
                diagnostics.append(Diagnostic(start, "this file is empty"))
                return nil
            }
            return node
        } catch let error as YamlError {
            diagnostics.append(describe(error, file: file))
            return nil
        } catch {
            diagnostics.append(Diagnostic(start, "this file could not be read as YAML"))
            return nil
        }
    }

    static func describe(_ error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "YAML syntax: \(problem)"
            if let context { message += " \(context.text)" }
            message += YAMLHints.hint(for: problem)
            return Diagnostic(at(mark), message)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return Diagnostic(at(context.mark), "the key \(keys) appears twice in the same block; keep one")
        case let .reader(problem, _, _, _):
            return Diagnostic(SourceLocation(file: file, line: 1, column: 1), "YAML: \(problem)")
        default:
            return Diagnostic(SourceLocation(file: file, line: 1, column: 1), "this file could not be read as YAML")
        }
    }
}
