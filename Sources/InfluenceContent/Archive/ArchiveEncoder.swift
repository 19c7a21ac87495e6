/// Writes any `Encodable` value as a positional archive (see `ContentArchive`): no keys, values in
/// the order they are encoded. A list's count is written before its items, so lists are collected
/// as parts and the text is put together at the end.
struct ArchiveEncoder {
    static func encode<T: Encodable>(_ value: T) -> String {
        let root = Part()
        // Nothing here throws: every value has an archive form.
        try? value.encode(to: Writer(part: root))
        var output = ""
        root.write(to: &output)
        return output
    }

    /// Archive text, with lists kept apart until their count is known.
    final class Part {
        enum Piece {
            case text(String)
            case list(Part, count: Int)
        }

        var pieces: [Piece] = []
        var count = 0

        func append(_ text: String) {
            if case .text(let last)? = pieces.last {
                pieces[pieces.count - 1] = .text(last + text)
            } else {
                pieces.append(.text(text))
            }
        }

        func write(to output: inout String) {
            for piece in pieces {
                switch piece {
                case .text(let text): output += text
                case .list(let part, _):
                    output += "\(part.count);"
                    part.write(to: &output)
                }
            }
        }

        func string(_ text: String) { append("\(text.utf8.count):" + text) }
        func number(_ text: String) { append(text + ";") }
        func none() { append("~") }
    }

    /// The Encoder: every container writes into the same part, in order.
    struct Writer: Encoder {
        let part: Part
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Keyed<Key>(part: part))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let list = Part()
            part.pieces.append(.list(list, count: 0))
            return Unkeyed(part: list)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(part: part) }
    }

    /// Writes one value of any kind into a part.
    static func write<T: Encodable>(_ value: T, to part: Part) throws {
        switch value {
        case let text as String: part.string(text)
        case let flag as Bool: part.number(flag ? "1" : "0")
        case let number as Int: part.number(String(number))
        case let number as Double: part.number(String(number))
        default: try value.encode(to: Writer(part: part))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let part: Part
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) { part.none() }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try ArchiveEncoder.write(value, to: part) }

        // An absent optional is written as `~` (by default nothing would be written, and every
        // value after it would be read into the wrong field).
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try optional(value) }

        private func optional<T: Encodable>(_ value: T?) throws {
            guard let value else { return part.none() }
            try ArchiveEncoder.write(value, to: part)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            Writer(part: part).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Writer(part: part).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { Writer(part: part) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { Writer(part: part) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let part: Part
        var codingPath: [any CodingKey] { [] }
        var count: Int { part.count }

        mutating func encodeNil() {
            part.none()
            part.count += 1
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try ArchiveEncoder.write(value, to: part)
            part.count += 1
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            part.count += 1
            return Writer(part: part).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            part.count += 1
            return Writer(part: part).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            part.count += 1
            return Writer(part: part)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let part: Part
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() { part.none() }
        mutating func encode<T: Encodable>(_ value: T) throws { try ArchiveEncoder.write(value, to: part) }
    }
}
