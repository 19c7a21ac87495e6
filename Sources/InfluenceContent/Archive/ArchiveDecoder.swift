/// Reads any `Decodable` value back from a positional archive (see `ContentArchive`), taking the
/// values in the order the type asks for them. Any mismatch throws `Damaged`.
struct ArchiveDecoder {
    /// The archive does not have the shape the type expects.
    struct Damaged: Error {}

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let cursor = Cursor(bytes)
        let value = try cursor.read(T.self)
        guard cursor.isAtEnd else { throw Damaged() }
        return value
    }

    /// The bytes and the read position, shared by every container.
    final class Cursor {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var isAtEnd: Bool { index == bytes.count }

        /// Reads `~`, the mark of an absent optional, if it is next.
        func none() -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "~") else { return false }
            index += 1
            return true
        }

        /// A whole number up to `terminator`, without building a string.
        func integer(until terminator: UInt8) throws -> Int {
            var negative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
                negative = true
                index += 1
            }
            var value = 0
            var digits = 0
            while index < bytes.count, bytes[index] != terminator {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit), digits < 18 else { throw Damaged() }
                value = value * 10 + digit
                digits += 1
                index += 1
            }
            guard index < bytes.count, digits > 0 else { throw Damaged() }
            index += 1
            return negative ? -value : value
        }

        func string() throws -> String {
            let length = try integer(until: UInt8(ascii: ":"))
            guard length >= 0, length <= bytes.count - index else { throw Damaged() }
            let text = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
            index += length
            return text
        }

        func double() throws -> Double {
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: ";") { index += 1 }
            guard index < bytes.count, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
                throw Damaged()
            }
            index += 1
            return value
        }

        /// One value of any kind. The four kinds of values are told apart by type identity and
        /// passed on with `unsafeBitCast` (safe: `T` is that very type), which spares a dynamic
        /// cast per value (a tenth of the decoding time).
        func read<T: Decodable>(_ type: T.Type) throws -> T {
            if T.self == String.self { return unsafeBitCast(try string(), to: T.self) }
            if T.self == Int.self { return unsafeBitCast(try integer(until: UInt8(ascii: ";")), to: T.self) }
            if T.self == Bool.self { return unsafeBitCast(try integer(until: UInt8(ascii: ";")) != 0, to: T.self) }
            if T.self == Double.self { return unsafeBitCast(try double(), to: T.self) }
            return try T(from: Reader(cursor: self))
        }
    }

    /// The Decoder: every container reads from the same cursor, in order.
    struct Reader: Decoder {
        let cursor: Cursor
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(Keyed<Key>(cursor: cursor))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let count = try cursor.integer(until: UInt8(ascii: ";"))
            guard count >= 0, count <= cursor.bytes.count - cursor.index else { throw Damaged() }
            return Unkeyed(cursor: cursor, count: count)
        }

        func singleValueContainer() -> any SingleValueDecodingContainer { Single(cursor: cursor) }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let cursor: Cursor
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) -> Bool { cursor.none() }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try cursor.read(T.self) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try cursor.string() }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try cursor.integer(until: UInt8(ascii: ";")) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try cursor.integer(until: UInt8(ascii: ";")) != 0 }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try cursor.double() }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            cursor.none() ? nil : try cursor.read(T.self)
        }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { cursor.none() ? nil : try cursor.string() }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            cursor.none() ? nil : try cursor.integer(until: UInt8(ascii: ";"))
        }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { cursor.none() ? nil : try cursor.read(Bool.self) }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { cursor.none() ? nil : try cursor.double() }

        // Content has no other kinds of numbers; they are written as whole numbers.
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try cursor.double()) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try narrow() }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try narrow() }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try narrow() }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try narrow() }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try narrow() }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try narrow() }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try narrow() }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try narrow() }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try narrow() }

        private func narrow<I: FixedWidthInteger>() throws -> I {
            guard let value = I(exactly: try cursor.integer(until: UInt8(ascii: ";"))) else { throw Damaged() }
            return value
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedDecodingContainer<NestedKey> {
            Reader(cursor: cursor).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try Reader(cursor: cursor).unkeyedContainer()
        }

        func superDecoder() -> any Decoder { Reader(cursor: cursor) }
        func superDecoder(forKey key: Key) -> any Decoder { Reader(cursor: cursor) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let cursor: Cursor
        let total: Int
        private(set) var currentIndex = 0

        init(cursor: Cursor, count: Int) {
            self.cursor = cursor
            self.total = count
        }

        var codingPath: [any CodingKey] { [] }
        var count: Int? { total }
        var isAtEnd: Bool { currentIndex >= total }

        private mutating func next() throws {
            guard currentIndex < total else { throw Damaged() }
            currentIndex += 1
        }

        mutating func decodeNil() throws -> Bool {
            guard currentIndex < total, cursor.none() else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try next()
            return try cursor.read(T.self)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next()
            return Reader(cursor: cursor).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next()
            return try Reader(cursor: cursor).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            try next()
            return Reader(cursor: cursor)
        }
    }

    struct Single: SingleValueDecodingContainer {
        let cursor: Cursor
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { cursor.none() }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try cursor.read(T.self) }
    }
}
