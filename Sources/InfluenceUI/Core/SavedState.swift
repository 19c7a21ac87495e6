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
/// Each place is a `Position.record`. The file is read back as untrusted input, record by record:
/// bounded size, text only, and each place and mark byte for byte what `record` writes for it; one
/// that is anything else is dropped with the reason (`salvage`), the rest kept, never a crash.
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

    /// A part of a file that was not kept, and why.
    public struct Dropped: Equatable, Sendable {
        /// What was dropped.
        public enum Part: Equatable, Sendable {
            /// The place the explorer was at.
            case place
            /// The place marked with this letter.
            case mark(Character)
            /// Lines that belong to no place or mark (from this 1-based line on).
            case lines(Int)
        }

        public var part: Part
        public var problem: Problem

        public init(part: Part, problem: Problem) {
            self.part = part
            self.problem = problem
        }
    }

    /// A file read record by record: what is whole and valid is kept, what is not is dropped with
    /// the reason. The place is nil when it was dropped.
    public struct Salvage: Equatable, Sendable {
        public var folder: String
        public var place: Position?
        public var marks: [Character: Position]
        /// What was not kept, in the file's order (a file cut short first).
        public var dropped: [Dropped]

        public init(folder: String, place: Position?, marks: [Character: Position], dropped: [Dropped]) {
            self.folder = folder
            self.place = place
            self.marks = marks
            self.dropped = dropped
        }

        /// The state to go on from: the place kept, or home.
        public var state: SavedState {
            SavedState(folder: folder, place: place ?? ScreenKind.root.kind.position, marks: marks)
        }
    }

    /// A file read back whole: the state, or why it is not one. Anything but what `record` writes
    /// is refused.
    public static func read(_ bytes: [UInt8]) -> Result<SavedState, Problem> {
        let salvage: Salvage
        switch self.salvage(bytes) {
        case .failure(let problem): return .failure(problem)
        case .success(let read): salvage = read
        }
        if let first = salvage.dropped.first { return .failure(first.problem) }
        guard let place = salvage.place else { return .failure(.damaged(line: 3)) }
        // Only what this program writes, byte for byte: no other order of the marks.
        let state = SavedState(folder: salvage.folder, place: place, marks: salvage.marks)
        let given = lines(bytes)
        let written = lines(Array(state.record.utf8))
        if let line = given.indices.first(where: { !written.indices.contains($0) || written[$0] != given[$0] }) {
            return .failure(.damaged(line: line + 1))
        }
        if written.count != given.count { return .failure(.damaged(line: given.count)) }
        return .success(state)
    }

    /// A file read record by record, as untrusted input: the header and the folder must be whole
    /// (else the file is refused, with why); then each place and mark is kept if it is byte for byte
    /// what `record` writes for it, and dropped, with why, if it is not. In a file cut short, the
    /// last record is dropped (it may be cut), and those before it are kept.
    public static func salvage(_ bytes: [UInt8]) -> Result<Salvage, Problem> {
        guard bytes.count <= maximumSize else { return .failure(.tooLong(bytes: bytes.count)) }
        guard !bytes.isEmpty else { return .failure(.cutShort) }
        guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(.notText) }
        var lines = lines(bytes)
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
        var dropped: [Dropped] = []
        // A whole file ends with "end" and a newline: the split leaves an empty last piece.
        let cutShort: Bool
        if let end = lines.firstIndex(of: "end") {
            cutShort = end + 1 == lines.count
            if !cutShort && (end + 2 != lines.count || lines[end + 1] != "") {
                dropped.append(Dropped(part: .lines(end + 2), problem: .damaged(line: end + 2)))
            }
            lines.removeSubrange(end...)
        } else {
            cutShort = true
            // What follows the last newline is part of a line.
            if lines.count > 1 && lines[lines.count - 1].isEmpty { lines.removeLast() }
        }
        // Cut in the folder's line, or right after it: nothing to go on.
        guard lines.count > 2 || !cutShort else { return .failure(.cutShort) }
        guard lines.count >= 2, lines[1].hasPrefix("folder "), !hasControl(lines[1]),
              let folder = unescaped(lines[1].dropFirst("folder ".count)) else {
            return .failure(cutShort && lines.count == 2 ? .cutShort : .damaged(line: 2))
        }
        // The records: "place", then "mark X" lines, each followed by its position's lines.
        var place: Position?
        var marks: [Character: Position] = [:]
        var index = 2
        while index < lines.count {
            let start = index
            index += 1
            while index < lines.count, !isOpener(lines[index]) { index += 1 }
            let opener = lines[start]
            let part: Dropped.Part
            if opener == "place" {
                part = .place
            } else if opener.hasPrefix("mark "), let letter = opener.last, opener.count == "mark ".count + 1 {
                part = .mark(letter)
            } else {
                part = .lines(start + 1)
            }
            if cutShort && index == lines.count {
                dropped.insert(Dropped(part: part, problem: .cutShort), at: 0)
                break
            }
            switch record(lines[start..<index], firstLine: start + 1, part: part, place: place, marks: marks) {
            case .failure(let problem):
                dropped.append(Dropped(part: part, problem: problem))
            case .success(let position):
                if case .mark(let letter) = part { marks[letter] = position } else { place = position }
            }
        }
        if place == nil && !dropped.contains(where: { $0.part == .place }) {
            // No place at all: it belongs at line 3, before anything dropped later in the file.
            let at = dropped.firstIndex { $0.problem != .cutShort } ?? dropped.count
            dropped.insert(Dropped(part: .place, problem: .damaged(line: 3)), at: at)
        }
        return .success(Salvage(folder: folder, place: place, marks: marks, dropped: dropped))
    }

    /// One record (its opener line, then its position's lines), checked against what `record`
    /// writes for it; `firstLine` is the opener's 1-based line in the file.
    private static func record(_ lines: ArraySlice<String>, firstLine: Int, part: Dropped.Part,
                               place: Position?, marks: [Character: Position]) -> Result<Position, Problem> {
        if let bad = lines.indices.first(where: { lines[$0].isEmpty || hasControl(lines[$0]) }) {
            return .failure(.damaged(line: firstLine + bad - lines.startIndex))
        }
        switch part {
        case .lines: return .failure(.damaged(line: firstLine))
        case .place:
            guard place == nil, firstLine == 3 else { return .failure(.damaged(line: firstLine)) }
        case .mark(let letter):
            guard letter.isASCII, letter.isLetter, marks[letter] == nil else { return .failure(.damaged(line: firstLine)) }
        }
        let body = lines.dropFirst()
        let (read, problems) = Position.read(Array(body.map { $0 + "\n" }.joined().utf8))
        guard let position = read, problems.isEmpty else { return .failure(.damaged(line: firstLine + 1)) }
        // Byte for byte what is written for it: no "05" for 5, no extra space, no other order.
        let written = position.record.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for (offset, line) in body.enumerated() where offset >= written.count || written[offset] != line {
            return .failure(.damaged(line: firstLine + 1 + offset))
        }
        if written.count != body.count { return .failure(.damaged(line: firstLine + body.count)) }
        return .success(position)
    }

    /// Whether a line starts a record ("place", or "mark X").
    private static func isOpener(_ line: String) -> Bool { line == "place" || line.hasPrefix("mark ") }

    /// Whether a line holds a control character or DEL.
    private static func hasControl(_ line: String) -> Bool {
        line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// The file's lines, split at each newline byte: as Characters, "\r\n" would be one, and hide a
    /// line end.
    private static func lines(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
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
