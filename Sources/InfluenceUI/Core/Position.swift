import InfluenceContent
import InfluenceText

/// Where the explorer is, in a few words that survive a restart and travel from a presenter to the
/// class: which view, which case and stage, how far revealed or scrolled, which item chosen.
///
/// Written as a small text record, one `key value` per line after a `influence-position 1` header.
/// Read back strictly, as untrusted input: bounded, only known keys, numbers in range; anything
/// else is left out and said, never a crash.
public struct Position: Equatable, Sendable {
    /// The kind of screen: any a position can name (`ScreenKind.named`).
    public var view: ScreenKind
    public var caseID: CaseID?
    /// A stage or section (0-based), a grid column, a presenter's slide.
    public var step: Int?
    /// The presenter's units shown.
    public var reveal: Int?
    /// Where the text starts on screen: the block of the page and the character offset in it, so it
    /// means the same at any window size.
    public var anchor: Anchor?
    /// The chosen entry of a list or grid row.
    public var item: Int?
    /// The note marker selected (and so highlighted) in the text, counted from the first.
    public var marker: Int?
    /// The note open in a box over the screen.
    public var note: NoteID?
    /// The lesson's clock, in a presenter's record and the saved place.
    public var clock: Clock?
    /// The quotation or note chosen in the side pane (when it has the focus), and whether its
    /// quotation is open in a box.
    public var side: Int?
    public var quote = false
    /// A search hit shown in its place: the words (folded), which pane, which part of it, which match.
    public var hit: Hit?

    /// A search hit as a position carries it.
    public struct Hit: Equatable, Sendable {
        public var words: String
        public var inSide: Bool
        public var part: Int
        public var ordinal: Int

        /// Whether words can stand in a hit: folded words only (ASCII letters, digits, spaces), at
        /// most 64, so nothing else of a record reaches the screen.
        public static func isPlain(_ words: String) -> Bool {
            !words.isEmpty && words.count <= 64 && words.allSatisfy { $0 == " " || (($0.isLetter || $0.isNumber) && $0.isASCII) }
        }

        public init(words: String, inSide: Bool, part: Int, ordinal: Int) {
            self.words = words
            self.inSide = inSide
            self.part = part
            self.ordinal = ordinal
        }
    }

    public init(view: ScreenKind, caseID: CaseID? = nil, step: Int? = nil, reveal: Int? = nil, anchor: Anchor? = nil,
                item: Int? = nil) {
        self.view = view
        self.caseID = caseID
        self.step = step
        self.reveal = reveal
        self.anchor = anchor
        self.item = item
    }

    /// The first line of every record, with the format's version.
    public static let header = "influence-position 1"
    /// The longest record read, in bytes.
    public static let maximumSize = 4096
    /// The largest number a record may hold.
    static let maximumNumber = 1_000_000

    /// The record's text.
    public var record: String {
        var lines = [Self.header, "view \(view.name)"]
        if let caseID { lines.append("case \(caseID.rawValue)") }
        if let step { lines.append("step \(step)") }
        if let reveal { lines.append("reveal \(reveal)") }
        if let anchor { lines.append("anchor \(anchor.block) \(anchor.offset)") }
        if let item { lines.append("item \(item)") }
        if let marker { lines.append("marker \(marker)") }
        if let note { lines.append("note \(note.rawValue)") }
        if let clock { lines.append("clock \(clock.elapsed) \(clock.running ? 1 : 0) \(clock.minutes ?? 0)") }
        if let side { lines.append("side \(side)") }
        if quote { lines.append("quote 1") }
        if let hit { lines.append("hit \(hit.inSide ? "side" : "main") \(hit.part) \(hit.ordinal) \(hit.words)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A record read back: the position, and what in it was left out (for a status line); nil with
    /// the reason when it is not a record of this version at all.
    public static func read(_ bytes: [UInt8]) -> (position: Position?, problems: [String]) {
        guard bytes.count <= maximumSize else { return (nil, ["too long (\(bytes.count) bytes)"]) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return (nil, ["not UTF-8"]) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first, first == header else {
            let version = lines.first.map(String.init) ?? ""
            return (nil, [version.hasPrefix("influence-position ") ? "a newer format (\(Sanitizer.clean(version, keepNewlines: false)))" : "not a position record"])
        }
        lines.removeFirst()
        var problems: [String] = []
        var view: ScreenKind?
        var position = Position(view: ScreenKind.root.kind)
        func number(_ word: Substring) -> Int? {
            guard word.count <= 7, let n = Int(word), n >= 0, n <= maximumNumber else { return nil }
            return n
        }
        for line in lines {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let key = words.first else { continue }
            let values = words.dropFirst()
            switch (key, values.count) {
            case ("view", 1):
                view = ScreenKind.named(String(values[values.startIndex]))
                if view == nil { problems.append("an unknown view") }
            case ("case", 1):
                let id = String(values[values.startIndex])
                if id.count <= 64, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                    position.caseID = CaseID(id)
                } else {
                    problems.append("a case id that cannot be one")
                }
            case ("step", 1): position.step = number(values[values.startIndex]); if position.step == nil { problems.append("a step out of range") }
            case ("reveal", 1): position.reveal = number(values[values.startIndex]); if position.reveal == nil { problems.append("a reveal out of range") }
            case ("item", 1): position.item = number(values[values.startIndex]); if position.item == nil { problems.append("an item out of range") }
            case ("marker", 1): position.marker = number(values[values.startIndex]); if position.marker == nil { problems.append("a marker out of range") }
            case ("side", 1): position.side = number(values[values.startIndex]); if position.side == nil { problems.append("a side item out of range") }
            case ("quote", 1): position.quote = values[values.startIndex] == "1"
            case ("hit", let n) where n >= 4:
                let words = Array(values)
                let text = words[3...].joined(separator: " ")
                if let part = number(words[1]), let ordinal = number(words[2]), words[0] == "main" || words[0] == "side",
                   Hit.isPlain(text) {
                    position.hit = Hit(words: text, inSide: words[0] == "side", part: part, ordinal: ordinal)
                } else {
                    problems.append("a search hit that cannot be one")
                }
            case ("clock", 3):
                let words = Array(values)
                if let elapsed = number(words[0]), let running = number(words[1]), running <= 1, let minutes = number(words[2]),
                   minutes <= 24 * 60 {
                    position.clock = Clock(elapsed: elapsed, running: running == 1, minutes: minutes == 0 ? nil : minutes)
                } else {
                    problems.append("a clock out of range")
                }
            case ("note", 1):
                let id = String(values[values.startIndex])
                if id.count <= 64, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                    position.note = NoteID(id)
                } else {
                    problems.append("a note id that cannot be one")
                }
            case ("anchor", 2):
                if let block = number(values[values.startIndex]), let offset = number(values[values.index(after: values.startIndex)]) {
                    position.anchor = Anchor(block: block, offset: offset)
                } else {
                    problems.append("an anchor out of range")
                }
            default:
                problems.append("an unknown line")
            }
        }
        guard let view else { return (nil, problems + ["no view"]) }
        position.view = view
        return (position, problems)
    }
}
