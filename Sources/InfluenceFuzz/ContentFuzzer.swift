import Foundation
import InfluenceContent
import InfluenceExport
import InfluenceUI

/// One fuzz input through the content loader and the validator, as `influence --content DIR` reads a
/// teacher's folder; valid content is then printed and drawn as the explorer would.
///
/// The input's first byte picks which file of a small valid folder (`BaseContent`) the rest of the
/// input replaces (or, for one value, is added as a second case file); the other files stay valid,
/// so YAML parsing, reading and the cross-file checks are all reached. Used by the libFuzzer entry
/// point below and by the tests that replay the inputs under Tests/InfluenceContentTests/FuzzRegressions.
public enum ContentFuzzer {
    /// The file each value of the first byte (modulo the count) stands for.
    public static let slots = BaseContent.files.map(\.name) + ["cases/2-extra.yaml"]

    /// What one input gave: the file it stood for, the content if it could be read, every problem.
    public struct Outcome: Sendable {
        public var file: String?
        public var content: Content?
        public var diagnostics: [Diagnostic]
        /// Whether the content loaded and passed every check (then it was also printed and drawn).
        public var isValid: Bool { content != nil && diagnostics.isEmpty }
    }

    /// The display prefix of every file name in messages.
    public static let folder = "fuzz"

    /// The fuzz input for one file of the base folder: the slot byte, then the file's bytes.
    public static func input(replacing name: String, with data: Data) -> [UInt8]? {
        guard let slot = slots.firstIndex(of: name) else { return nil }
        return [UInt8(slot)] + [UInt8](data)
    }

    /// The text of one file of the base folder.
    public static func baseText(of name: String) -> String? {
        BaseContent.files.first { $0.name == name }?.text
    }

    /// Runs one input. Traps (a crash for the fuzzer) when an invariant breaks: a message, printed
    /// text or a drawn frame that carries a control, bidi or invisible character, or a message
    /// that does not name its file.
    public static func run(_ input: [UInt8]) -> Outcome {
        guard let selector = input.first else { return Outcome(file: nil, content: nil, diagnostics: []) }
        let slot = Int(selector) % slots.count
        let name = slots[slot]
        var files: [(name: String, bytes: [UInt8]?)] = BaseContent.files.map { ($0.name, Array($0.text.utf8)) }
        let bytes = Array(input.dropFirst())
        if slot < files.count {
            files[slot].bytes = bytes
        } else {
            files.append((name, bytes))
        }

        let result = ContentLoader.load(files: files, displayPrefix: folder)
        var diagnostics = result.diagnostics
        if let content = result.content {
            diagnostics += ContentValidator.validate(content, index: result.index, folder: folder)
        }
        for diagnostic in diagnostics {
            let line = diagnostic.description
            precondition(isTerminalSafe(line, newlines: false), "unsafe character in a message: \(line.debugDescription)")
            precondition(line.hasPrefix(folder), "a message without its file: \(line.debugDescription)")
        }
        let outcome = Outcome(file: name, content: result.content, diagnostics: diagnostics)
        if outcome.isValid, let content = result.content {
            exercise(content)
        }
        return outcome
    }

    /// Valid content: print it as `influence print` does, and draw a few frames as the explorer would.
    static func exercise(_ content: Content) {
        for width in [20, 80] {
            let text = PlainTextDocument(content: content, width: width).all()
            // Not checked: that every line fits the width. Headings are not wrapped (a long stage
            // title overflows a narrow print); that is a layout matter, not a crash or a safety one.
            precondition(isTerminalSafe(text, newlines: true), "unsafe character in printed text")
        }
        for size in [Size(width: 80, height: 24), Size(width: 23, height: 7)] {
            let explorer = Explorer(content: content, size: size)
            let keys: [Key] = [.down, .char("1"), .right, .right, .tab, .pageDown, .char("."), .enter, .escape,
                               .char("]"), .char("f"), .char("?")]
            check(explorer.frame())
            for key in keys where explorer.state.exitCode == nil {
                explorer.press(key)
                check(explorer.frame())
            }
        }
    }

    static func check(_ frame: CellBuffer) {
        precondition(isTerminalSafe(frame.text, newlines: true), "unsafe character in a frame")
    }

    /// No C0 or C1 control (but line feeds, when allowed), no DEL, no bidi or invisible character.
    public static func isTerminalSafe(_ text: String, newlines: Bool) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0A: return newlines
            case 0x00...0x1F, 0x7F...0x9F: return false
            default: return !Sanitizer.isInvisible(scalar)
            }
        }
    }
}

/// libFuzzer's entry point: one input, given as bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContentLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    _ = ContentFuzzer.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !FUZZING
/// Without libFuzzer (`swift run InfluenceFuzz FILE...`): replays inputs, with the file each stood for
/// and its first problems, so a crash the fuzzer found can be reproduced in a debug build.
@main
struct InfluenceFuzzReplay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            print("usage: InfluenceFuzz FILE... (replays fuzz inputs; the fuzzer itself needs the fuzzing build, see .ci/fuzz)")
            return
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                continue
            }
            let outcome = ContentFuzzer.run([UInt8](data))
            let verdict = outcome.isValid ? "valid" : "\(outcome.diagnostics.count) problem(s)"
            print("\(path): \(outcome.file ?? "empty input"): \(verdict)")
            for diagnostic in outcome.diagnostics.prefix(20) { print("  \(diagnostic)") }
        }
    }
}
#endif
