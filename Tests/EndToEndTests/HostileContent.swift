import Foundation
import Testing

/// A copy of the shipped `Content/` folder, held in memory, with one hostile change at a time
/// (escape sequences in a gist, a 100,000-character word in a summary, an alias bomb, bytes that
/// are not UTF-8, ...), written to a temporary folder for `influence ... --content DIR`.
struct ContentFolder {
    /// File path relative to the folder -> bytes.
    var files: [String: Data]

    /// The package's top-level folder, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped content, read from the package's `Content/`.
    static func shipped() throws -> ContentFolder {
        let root = packageRoot.appendingPathComponent("Content")
        var files: [String: Data] = [:]
        let names = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".yaml") }
        for name in names {
            files[name] = try Data(contentsOf: root.appendingPathComponent(name))
        }
        return ContentFolder(files: files)
    }

    func text(_ file: String) -> String {
        String(decoding: files[file] ?? Data(), as: UTF8.self)
    }

    mutating func setText(_ file: String, _ text: String) {
        files[file] = Data(text.utf8)
    }

    /// Replaces a case's one-line `gist:` with `value`, YAML written as is (e.g. a double-quoted
    /// string with escapes like `"\e]0;T\a"`).
    mutating func setGist(_ file: String, yaml value: String) {
        setLine(file, key: "gist", yaml: value)
    }

    /// Replaces the top-level line `key: ...` of a file.
    mutating func setLine(_ file: String, key: String, yaml value: String) {
        var lines = text(file).components(separatedBy: "\n")
        guard let i = lines.firstIndex(where: { $0.hasPrefix(key + ": ") }) else {
            preconditionFailure("no \(key): line in \(file)")
        }
        lines[i] = key + ": " + value
        setText(file, lines.joined(separator: "\n"))
    }

    /// Replaces the first stage's folded `summary: >` block in a case file with `value` (YAML
    /// double-quoted escapes allowed, no quotes or backslashes needed around it), keeping the note
    /// markers the old summary had so every note is still referred to, and its `from` valid.
    mutating func setFirstSummary(_ file: String, doubleQuoted value: String) {
        var lines = text(file).components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "    summary: >") else { preconditionFailure("no summary block in \(file)") }
        var end = start + 1
        while end < lines.count, lines[end].isEmpty || lines[end].hasPrefix("      ") { end += 1 }
        let old = lines[(start + 1)..<end].joined(separator: " ")
        let markers = old.matches(of: #/\[\^[A-Za-z0-9_-]+\]/#).map { String(old[$0.range]) }.joined()
        lines.replaceSubrange(start..<end, with: ["    summary: \"\(value) \(markers)\""])
        // Now one paragraph: its `from`, if it had one per paragraph, becomes the lists together.
        if start > 0, lines[start - 1].hasPrefix("    from: [[") {
            let numbers = lines[start - 1].filter { $0.isNumber || $0 == "," || $0 == " " }
            lines[start - 1] = "    from: [\(numbers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ", "))]"
        }
        setText(file, lines.joined(separator: "\n"))
    }

    /// Writes the folder to a new temporary directory and returns it.
    func write() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("influence-hostile-\(UUID().uuidString)")
        for (name, data) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return dir
    }
}

/// One hostile change to the shipped content, and what it must give.
struct Hostile: CustomTestStringConvertible, Sendable {
    enum Expectation: Sendable {
        /// Loads (the hostile part made harmless); `keys` lead to where it shows, and `marker` is
        /// text of it that must show there, cleaned.
        case renders(keys: String, marker: String)
        /// Loads and prints exactly as the shipped content does.
        case sameAsShipped
        /// Refused: exit 65, one positioned message about `file` that mentions `mention`.
        case refused(file: String, mention: String)
    }

    let name: String
    let expectation: Expectation
    let change: @Sendable (inout ContentFolder) -> Void

    var testDescription: String { name }

    static let intercept = "cases/1-intercept.yaml"

    /// The folder with this change made.
    func folder() throws -> ContentFolder {
        var folder = try ContentFolder.shipped()
        change(&folder)
        return folder
    }

    /// Hostile text in a gist (shown on the home screen) that must load and show cleaned.
    static func gist(_ name: String, _ value: String, marker: String) -> Hostile {
        Hostile(name: name, expectation: .renders(keys: "", marker: marker)) { $0.setGist(intercept, yaml: value) }
    }

    /// Content that loads: every kind of character a terminal could act on, in a gist or a summary.
    static let loadable: [Hostile] = [
        gist("CSI sequences", #""\e[2J\e[H\e[31mCSIMARK\e[0m\e[?1049l\e[?25h\e[6n gist""#, marker: "CSIMARK"),
        gist("OSC 0 and 2 title", #""\e]0;PWNED\a\e]2;PWNED\e\\ OSCTITLEMARK gist""#, marker: "OSCTITLEMARK"),
        gist("OSC 8 hyperlink", #""\e]8;;https://evil.example/\e\\LINKMARK\e]8;;\e\\ gist""#, marker: "LINKMARK"),
        gist("OSC 52 clipboard", #""\e]52;c;cm0gLXJmIH4K\a CLIPMARK gist""#, marker: "CLIPMARK"),
        gist("DCS and tmux passthrough", #""\ePtmux;\e\e]0;PWNED\a\e\\ DCSMARK gist""#, marker: "DCSMARK"),
        gist("C1 controls", #""\x9b2J\x9d0;PWNED\x9c\N\x85\x90\x9f C1MARK gist""#, marker: "C1MARK"),
        gist("C0 controls and DEL", #""\0\x01\a\x0b\x0c\x0e\x1b\x1f\x7f C0MARK gist""#, marker: "C0MARK"),
        gist("CR and BS", #""CRMARK visible\rOVERWRITE\b\b\b\b gist""#, marker: "CRMARK visibleOVERWRITE"),
        gist("bidi overrides", #""\u202EBIDIMARK\u202C \u202A\u202B\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C gist""#,
             marker: "BIDIMARK"),
        gist("zero-width characters", #""ZERO\u200BWIDTH\u200C\u200D\u2060\uFEFF\u00AD\u180E\U000E0041 gist""#,
             marker: "ZEROWIDTH gist"),
        Hostile(name: "a 100,000-character word in a gist", expectation: .renders(keys: "", marker: "WWWWWWWW")) {
            $0.setGist(intercept, yaml: String(repeating: "W", count: 100_000))
        },
        Hostile(name: "a 100,000-character word in a summary", expectation: .renders(keys: "1", marker: "WWWWWWWW")) {
            $0.setFirstSummary(intercept, doubleQuoted: "Before " + String(repeating: "W", count: 100_000) + " after")
        },
        Hostile(name: "escapes in a stage summary", expectation: .renders(keys: "1", marker: "SUMMARK")) {
            $0.setFirstSummary(intercept, doubleQuoted: #"\e]0;PWNED\a\e[1mSUMMARK\e[0m \u202Eevil\r\b \x9b31m text"#)
        },
        Hostile(name: "a byte-order mark", expectation: .sameAsShipped) {
            $0.files[intercept] = Data([0xEF, 0xBB, 0xBF]) + ($0.files[intercept] ?? Data())
        },
        Hostile(name: "CRLF line ends", expectation: .sameAsShipped) { folder in
            for name in folder.files.keys {
                folder.setText(name, folder.text(name).replacingOccurrences(of: "\n", with: "\r\n"))
            }
        },
    ]

    /// Content that must be refused with a clear, positioned message (and never hang or crash).
    static let refused: [Hostile] = [
        Hostile(name: "bytes that are not UTF-8", expectation: .refused(file: intercept, mention: "not valid UTF-8")) {
            var lines = $0.text(intercept).components(separatedBy: "\n")
            lines[13] = "gist: bad "  // line 14, the gist
            let head = Data((lines[0...13].joined(separator: "\n")).utf8)
            let tail = Data(("\n" + lines[14...].joined(separator: "\n")).utf8)
            $0.files[intercept] = head + Data([0xFF, 0xFE, 0xC3, 0x28]) + tail
        },
        Hostile(name: "a duplicate key", expectation: .refused(file: intercept, mention: "appears twice")) {
            $0.setGist(intercept, yaml: "A gist.\ngist: Another gist.")
        },
        Hostile(name: "an alias bomb", expectation: .refused(file: intercept, mention: "anchors and aliases are not used in content files")) {
            $0.setText(intercept, aliasBomb)
        },
        Hostile(name: "an alias bomb through stages, quotations and citations",
                expectation: .refused(file: intercept, mention: "anchors and aliases are not used in content files")) {
            $0.setText(intercept, schemaAliasBomb)
        },
        Hostile(name: "a list of 300,000 values", expectation: .refused(file: intercept, mention: "more than 200000 YAML values")) {
            $0.setGist(intercept, yaml: "[" + String(repeating: "1,", count: 300_000) + "1]")
        },
        Hostile(name: "nesting 10,000 deep", expectation: .refused(file: intercept, mention: "nesting")) {
            $0.setGist(intercept, yaml: String(repeating: "[", count: 10_000))
        },
        Hostile(name: "nesting 10,000 deep, closed", expectation: .refused(file: intercept, mention: "nesting")) {
            $0.setGist(intercept, yaml: String(repeating: "{a: [", count: 10_000) + String(repeating: "]}", count: 10_000))
        },
        Hostile(name: "an empty file", expectation: .refused(file: intercept, mention: "this file is empty")) {
            $0.files[intercept] = Data()
        },
        Hostile(name: "a file over 1 MiB", expectation: .refused(file: intercept, mention: "at most")) {
            $0.setText(intercept, $0.text(intercept) + "\n# " + String(repeating: "x", count: 1 << 20) + "\n")
        },
        Hostile(name: "a raw escape byte", expectation: .refused(file: intercept, mention: "error")) {
            $0.setGist(intercept, yaml: "raw \u{1B}]0;PWNED\u{07} escape")
        },
    ]

    /// The classic "billion laughs" as a whole case file: 9^9 strings if it were expanded.
    static let aliasBomb: String = {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        lines.append("questions: *i")
        return lines.joined(separator: "\n") + "\n"
    }()

    /// A case file in which every stage, quotation and citation is an alias of the one before:
    /// small on disk, but 30 stages x 30 rounds x 30 quotations x 30 citations when read.
    static let schemaAliasBomb: String = {
        let cites = "[&c {source: andreas-2009, pages: \"1\"}" + String(repeating: ", *c", count: 29) + "]"
        let quotes = "[&q {text: t, by: b, role: r, when: w, cites: \(cites)}" + String(repeating: ", *q", count: 29) + "]"
        let parts = "[&p {round: one, summary: s, quotations: \(quotes)}, {round: two, summary: s}" + String(repeating: ", *p", count: 28) + "]"
        let stages = "[&s {stage: us-move, grid: g, rounds: \(parts)}" + String(repeating: ", *s", count: 29) + "]"
        return """
        id: intercept
        number: 1
        title: Bomb
        short_title: Bomb
        years: "1969"
        gist: A bomb.
        actors: [{name: n, role: r, side: us}]
        rounds: [{id: one, title: One, years: "1969"}, {id: two, title: Two, years: "1970"}]
        stages: \(stages)

        """
    }()
}
