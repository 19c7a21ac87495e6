/// Writes any `Encodable` value as JSON text (RFC 8259) without Foundation: object keys in the order
/// the value encodes them (for the content model, the order of its `CodingKeys`), so the same value
/// always gives the same text; an absent optional as `null`, so every object of a type has the same
/// keys; two spaces of indentation.
public enum JSONWriter {
    /// A number that JSON cannot write (infinity or not a number).
    public struct NotANumber: Error, Equatable {
        public var value: Double
    }

    /// The value as JSON text, ending without a newline.
    public static func json<T: Encodable>(_ value: T) throws(NotANumber) -> String {
        let root = Node()
        do {
            try write(value, to: root)
        } catch let error as NotANumber {
            throw error
        } catch {
            // Only `NotANumber` is thrown here; a conformance of the value's own that throws
            // something else is reported as not a number, which it never is for content.
            throw NotANumber(value: .nan)
        }
        var output = ""
        root.write(to: &output, indent: 0)
        return output
    }

    /// A JSON string literal: quotes, backslashes, every control character, U+2028 and U+2029 and
    /// the invisible characters (bidi controls, zero-width spaces) escaped; all else as UTF-8.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x20...0x7E:
                // The rest of printable ASCII, most of the text, is never invisible: no Unicode
                // property to look up.
                out.unicodeScalars.append(scalar)
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                out += escaped(scalar.value)
            default:
                if Sanitizer.isInvisible(scalar) {
                    // Kept exactly, but never raw: a terminal or an editor showing the file would act on it.
                    if scalar.value >= 0x10000 {
                        let v = scalar.value - 0x10000
                        out += escaped(0xD800 + (v >> 10)) + escaped(0xDC00 + (v & 0x3FF))
                    } else {
                        out += escaped(scalar.value)
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `\uXXXX` for a UTF-16 code unit.
    static func escaped(_ unit: UInt32) -> String {
        let hex = String(unit, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A number as JSON writes it: whole numbers without a fraction, others in Swift's shortest
    /// form that reads back to the same value.
    static func number(_ value: Double) throws(NotANumber) -> String {
        guard value.isFinite else { throw NotANumber(value: value) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// One value of the tree being built; containers fill it in.
    final class Node {
        enum Kind {
            /// Nothing written yet (written out as an empty object, as Foundation's encoder does).
            case empty, null, literal, array, object
        }

        var kind = Kind.empty
        /// The JSON text of a literal: a quoted string, a number, true or false.
        var literal = ""
        var items: [Node] = []
        var keys: [String] = []
        var byKey: [String: Node] = [:]

        func set(_ text: String) {
            kind = .literal
            literal = text
        }

        /// A new node under `key`, replacing one written before under the same key.
        func child(_ key: String) -> Node {
            makeObject()
            let node = Node()
            if byKey.updateValue(node, forKey: key) == nil { keys.append(key) }
            return node
        }

        /// A new node at the end of this array.
        func append() -> Node {
            makeArray()
            let node = Node()
            items.append(node)
            return node
        }

        func makeObject() {
            guard kind != .object else { return }
            kind = .object
            keys = []
            byKey = [:]
        }

        func makeArray() {
            guard kind != .array else { return }
            kind = .array
            items = []
        }

        func write(to out: inout String, indent: Int) {
            let inner = String(repeating: " ", count: indent + 2)
            switch kind {
            case .empty: out += "{}"
            case .null: out += "null"
            case .literal: out += literal
            case .array:
                guard !items.isEmpty else { return out += "[]" }
                out += "["
                for (i, item) in items.enumerated() {
                    out += (i == 0 ? "\n" : ",\n") + inner
                    item.write(to: &out, indent: indent + 2)
                }
                out += "\n" + String(repeating: " ", count: indent) + "]"
            case .object:
                guard !keys.isEmpty else { return out += "{}" }
                out += "{"
                for (i, key) in keys.enumerated() {
                    out += (i == 0 ? "\n" : ",\n") + inner + JSONWriter.quoted(key) + ": "
                    byKey[key]?.write(to: &out, indent: indent + 2)
                }
                out += "\n" + String(repeating: " ", count: indent) + "}"
            }
        }
    }

    /// Writes one value into a node: the standard library's scalars directly, anything else
    /// through its own `encode(to:)`.
    static func write<T: Encodable>(_ value: T, to node: Node) throws {
        switch value {
        case let text as String: node.set(quoted(text))
        case let flag as Bool: node.set(flag ? "true" : "false")
        case let number as Int: node.set(String(number))
        case let number as Int8: node.set(String(number))
        case let number as Int16: node.set(String(number))
        case let number as Int32: node.set(String(number))
        case let number as Int64: node.set(String(number))
        case let number as UInt: node.set(String(number))
        case let number as UInt8: node.set(String(number))
        case let number as UInt16: node.set(String(number))
        case let number as UInt32: node.set(String(number))
        case let number as UInt64: node.set(String(number))
        case let number as Double: node.set(try Self.number(number))
        case let number as Float: node.set(try Self.number(Double(number)))
        default: try value.encode(to: Writer(node: node))
        }
    }

    /// The Encoder: its containers write into one node.
    struct Writer: Encoder {
        let node: Node
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.makeObject()
            return KeyedEncodingContainer(Keyed<Key>(node: node))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.makeArray()
            return Unkeyed(node: node)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) { node.child(key.stringValue).kind = .null }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try JSONWriter.write(value, to: node.child(key.stringValue))
        }

        // An absent optional is written as null (by default it would be left out).
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try optional(value, key) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try optional(value, key) }

        private func optional<T: Encodable>(_ value: T?, _ key: Key) throws {
            let child = node.child(key.stringValue)
            guard let value else { return child.kind = .null }
            try JSONWriter.write(value, to: child)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            Writer(node: node.child(key.stringValue)).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Writer(node: node.child(key.stringValue)).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { Writer(node: node.child("super")) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { Writer(node: node.child(key.stringValue)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }
        var count: Int { node.items.count }

        mutating func encodeNil() { node.append().kind = .null }
        mutating func encode<T: Encodable>(_ value: T) throws { try JSONWriter.write(value, to: node.append()) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            Writer(node: node.append()).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            Writer(node: node.append()).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { Writer(node: node.append()) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() { node.kind = .null }
        mutating func encode<T: Encodable>(_ value: T) throws { try JSONWriter.write(value, to: node) }
    }
}
