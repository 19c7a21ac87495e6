/// A compact text form of `Content` that reads back in well under a millisecond, for the content
/// compiled into the binary (JSON decoding took several milliseconds of every start).
///
/// Values are written in a fixed order, each type writing its fields one after another:
/// text as `<utf8 length>:<bytes>`, numbers as `<digits>;`, optionals as `-` or `+value`,
/// lists as a count then the items. Only `ContentEmbedder` writes it, at build time.
public enum ContentArchive {
    /// The archive of some content.
    public static func encode(_ content: Content) -> String {
        var writer = ArchiveWriter()
        content.archive(into: &writer)
        return writer.output
    }

    /// Content read back from an archive; nil when the archive is damaged.
    public static func decode(_ text: String) -> Content? {
        var reader = ArchiveReader(text)
        guard let content = try? Content(archive: &reader), reader.isAtEnd else { return nil }
        return content
    }
}

/// Something that writes itself to an archive and reads itself back in the same order.
protocol Archivable {
    func archive(into writer: inout ArchiveWriter)
    init(archive reader: inout ArchiveReader) throws(ArchiveReader.Damaged)
}

/// Writes archive values.
struct ArchiveWriter {
    private(set) var output = ""

    mutating func write(_ text: String) {
        output += "\(text.utf8.count):"
        output += text
    }

    mutating func write(_ number: Int) { output += "\(number);" }
    mutating func write(_ number: Double) { output += "\(number);" }
    mutating func write(_ flag: Bool) { output += flag ? "1;" : "0;" }

    mutating func write(_ text: String?) {
        guard let text else { output += "-"; return }
        output += "+"
        write(text)
    }

    mutating func write(_ number: Int?) {
        guard let number else { output += "-"; return }
        output += "+"
        write(number)
    }

    mutating func write<T: Archivable>(_ items: [T]) {
        write(items.count)
        for item in items { item.archive(into: &self) }
    }

    mutating func write(_ items: [String]) {
        write(items.count)
        for item in items { write(item) }
    }
}

/// Reads archive values in the order they were written.
struct ArchiveReader {
    /// The archive does not have the shape the reader expects.
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var isAtEnd: Bool { index == bytes.count }

    /// Digits (and a sign, dot or exponent) up to `terminator`.
    private mutating func token(until terminator: UInt8) throws(Damaged) -> ArraySlice<UInt8> {
        let start = index
        while index < bytes.count, bytes[index] != terminator { index += 1 }
        guard index < bytes.count else { throw Damaged() }
        let token = bytes[start..<index]
        index += 1
        return token
    }

    mutating func int() throws(Damaged) -> Int {
        let token = try token(until: UInt8(ascii: ";"))
        guard let n = Int(String(decoding: token, as: UTF8.self)) else { throw Damaged() }
        return n
    }

    mutating func double() throws(Damaged) -> Double {
        let token = try token(until: UInt8(ascii: ";"))
        guard let n = Double(String(decoding: token, as: UTF8.self)) else { throw Damaged() }
        return n
    }

    mutating func bool() throws(Damaged) -> Bool { try int() != 0 }

    mutating func string() throws(Damaged) -> String {
        let token = try token(until: UInt8(ascii: ":"))
        guard let length = Int(String(decoding: token, as: UTF8.self)), length >= 0,
              index + length <= bytes.count else { throw Damaged() }
        let text = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
        index += length
        return text
    }

    private mutating func present() throws(Damaged) -> Bool {
        guard index < bytes.count else { throw Damaged() }
        let mark = bytes[index]
        index += 1
        switch mark {
        case UInt8(ascii: "+"): return true
        case UInt8(ascii: "-"): return false
        default: throw Damaged()
        }
    }

    mutating func optionalString() throws(Damaged) -> String? { try present() ? try string() : nil }
    mutating func optionalInt() throws(Damaged) -> Int? { try present() ? try int() : nil }

    mutating func list<T: Archivable>(_ type: T.Type = T.self) throws(Damaged) -> [T] {
        let count = try int()
        guard count >= 0, count <= bytes.count else { throw Damaged() }
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try T(archive: &self)) }
        return items
    }

    mutating func strings() throws(Damaged) -> [String] {
        let count = try int()
        guard count >= 0, count <= bytes.count else { throw Damaged() }
        var items: [String] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try string()) }
        return items
    }
}
