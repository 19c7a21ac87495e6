/// What the explorer keeps between runs for one content folder: where it was and the places marked
/// with m, as a small text file.
///
/// The file is a header with the format's version, the folder it belongs to, the place, the marks,
/// and an `end` line, so a file cut short is told from a whole one:
///
///     influence-state 1
///     folder /home/ana/MyContent
///     place
///     influence-position 1
///     view case
///     case leyenda
///     step 5
///     anchor 3 120
///     mark a
///     influence-position 1
///     view presenter
///     ...
///     end
///
/// Each place is a `Position.record`. The file is read back as untrusted input, strictly: bounded
/// size, text only, and byte for byte what `record` writes for the state it describes; a file that
/// is anything else is refused whole, with the reason, never a crash.
public struct SavedState: Equatable, Sendable {
    /// The content the state belongs to: `builtIn`, or the content folder's real path.
    public var folder: String
    /// Where the explorer was.
    public var place: Position
    /// The places marked with m and a letter.
    public var marks: [Character: Position]

    public init(folder: String, place: Position, marks: [Character: Position] = [:]) {
        self.folder = folder
        self.place = place
        self.marks = marks
    }

    /// The first line, with the format's version.
    public static let header = "influence-state 1"
    /// What `folder` says for the content built into the program.
    public static let builtIn = "built-in"
    /// The longest file read, in bytes: a folder path of 4096 bytes, escaped, and 52 marks fit.
    public static let maximumSize = 32 * 1024

    /// Why a file was not read as a state.
    public enum Problem: Error, Equatable, Sendable {
        case tooLong(bytes: Int)
        case notText
        case notAStateFile
        /// A later version of the format (the header's number).
        case newer(version: Int)
        /// The end is missing: the file was cut off.
        case cutShort
        /// A line that is not as this program writes it (1-based).
        case damaged(line: Int)

        /// A few words for a notice: "is cut short".
        public var description: String {
            switch self {
            case .tooLong: return "is too long"
            case .notText: return "is not text"
            case .notAStateFile: return "is not a state file"
            case .newer(let version): return "is from a newer influence (format \(version))"
            case .cutShort: return "is cut short"
            case .damaged(let line): return "is damaged (line \(line))"
            }
        }
    }

    /// The file's text.
    public var record: String {
        var out = Self.header + "\n" + "folder " + Self.escaped(folder) + "\n"
        out += "place\n" + place.record
        for letter in marks.keys.sorted() {
            if let position = marks[letter] { out += "mark \(letter)\n" + position.record }
        }
        return out + "end\n"
    }

    /// A file read back: the state, or why it is not one. Anything but what `record` writes is refused.
    public static func read(_ bytes: [UInt8]) -> Result<SavedState, Problem> {
        guard bytes.count <= maximumSize else { return .failure(.tooLong(bytes: bytes.count)) }
        guard !bytes.isEmpty else { return .failure(.cutShort) }
        guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(.notText) }
        // Split at each newline byte: as Characters, "\r\n" would be one, and hide a line end.
        let given = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var lines = given
        // The first line says what the file is, even when nothing follows it.
        let first = lines[0]
        if first != header {
            if lines.count == 1 && header.hasPrefix(first) { return .failure(.cutShort) }
            let prefix = "influence-state "
            if first.hasPrefix(prefix), first.count <= prefix.count + 6,
               let version = Int(first.dropFirst(prefix.count)), version > 1 {
                return .failure(.newer(version: version))
            }
            return .failure(.notAStateFile)
        }
        // A whole file ends with "end" and a newline: the split leaves an empty last piece.
        guard let end = lines.firstIndex(of: "end") else { return .failure(.cutShort) }
        if end + 2 != lines.count || lines[end + 1] != "" {
            return .failure(end + 1 == lines.count ? .cutShort : .damaged(line: end + 2))
        }
        lines.removeSubrange(end...)
        for (index, line) in lines.enumerated()
        where line.isEmpty || line.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(.damaged(line: index + 1))
        }
        guard lines.count >= 2, lines[1].hasPrefix("folder "),
              let folder = unescaped(lines[1].dropFirst("folder ".count)) else { return .failure(.damaged(line: 2)) }
        // The blocks: "place" then "mark X" lines, each followed by its position record.
        var place: Position?
        var marks: [Character: Position] = [:]
        var index = 2
        while index < lines.count {
            let start = index
            let opener = lines[index]
            index += 1
            while index < lines.count, lines[index] != "place", !lines[index].hasPrefix("mark ") { index += 1 }
            let body = lines[(start + 1)..<index].map { $0 + "\n" }.joined()
            let (read, problems) = Position.read(Array(body.utf8))
            guard let position = read, problems.isEmpty else { return .failure(.damaged(line: start + 2)) }
            if opener == "place" {
                guard place == nil, start == 2 else { return .failure(.damaged(line: start + 1)) }
                place = position
                continue
            }
            let name = opener.dropFirst("mark ".count)
            guard place != nil, opener.hasPrefix("mark "), name.count == 1, let letter = name.first, letter.isASCII, letter.isLetter,
                  marks[letter] == nil else { return .failure(.damaged(line: start + 1)) }
            marks[letter] = position
        }
        guard let place else { return .failure(.damaged(line: 3)) }
        // Only what this program writes, byte for byte: no "05" for 5, no extra space, no other order.
        let state = SavedState(folder: folder, place: place, marks: marks)
        let written = Array(state.record.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        if let line = given.indices.first(where: { !written.indices.contains($0) || written[$0] != given[$0] }) {
            return .failure(.damaged(line: line + 1))
        }
        if written.count != given.count { return .failure(.damaged(line: given.count)) }
        return .success(state)
    }

    /// The folder as one line: `%`, control characters and DEL written as `%XX`.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar.value < 0x20 || scalar.value == 0x7F {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "%" + (hex.count < 2 ? "0" : "") + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `escaped` undone; nil when a `%` is not followed by two hex digits, or stands for a character
    /// that needed no escape.
    static func unescaped(_ text: Substring) -> String? {
        var out = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "%" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            guard let high = scalars.popFirst().flatMap(hexDigit), let low = scalars.popFirst().flatMap(hexDigit) else {
                return nil
            }
            let value = high * 16 + low
            guard value == 0x25 || value < 0x20 || value == 0x7F else { return nil }
            out.unicodeScalars.append(Unicode.Scalar(value))
        }
        return out
    }

    /// 0-15 for 0-9, A-F (as `escaped` writes them).
    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "0"..."9": return UInt8(scalar.value - 0x30)
        case "A"..."F": return UInt8(scalar.value - 0x41 + 10)
        default: return nil
        }
    }
}
