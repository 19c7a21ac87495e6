/// The `Decoder` side of `ContentFileDecoder`: a value at a node (or a placeholder, at node -1).
extension ContentFileDecoder {
    struct ValueDecoder: Decoder {
        let file: ContentFileDecoder
        let node: Int32
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        /// Whether this reads a placeholder: nothing is there and nothing is reported.
        var isPlaceholder: Bool { node < 0 }

        func container<K: CodingKey>(keyedBy type: K.Type) throws -> KeyedDecodingContainer<K> {
            let noun = (K.self as? any ContentKey.Type)?.noun(under: codingPath.last?.stringValue) ?? "this value"
            guard node >= 0 else {
                return KeyedDecodingContainer(KeyedReader<K>(file: file, node: -1, noun: noun, codingPath: codingPath))
            }
            guard file.document[node].kind == .mapping else {
                file.error(node, "\(noun) should be a set of \"key: value\" lines, but it is \(file.describe(node))", fails: true)
                return KeyedDecodingContainer(KeyedReader<K>(file: file, node: -1, noun: noun, codingPath: codingPath))
            }
            file.beginRecord(node, noun: noun)
            return KeyedDecodingContainer(KeyedReader<K>(file: file, node: node, noun: noun, codingPath: codingPath))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let items = node >= 0 && file.document[node].kind == .sequence ? Array(file.document.children(of: node)) : []
            return ListReader(file: file, items: items, codingPath: codingPath)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer {
            SingleReader(file: file, node: node, codingPath: codingPath)
        }

        /// Runs `body`; if it failed, returns nil and forgets the failure (the caller copes without
        /// the value, as a list does without an item).
        func tolerating<V>(_ body: () throws -> V) rethrows -> V? {
            let before = file.failures
            let value = try body()
            guard file.failures == before else {
                file.failures = before
                return nil
            }
            return value
        }
    }

    /// A record's fields, looked up by key in its mapping.
    struct KeyedReader<K: CodingKey>: KeyedDecodingContainerProtocol {
        let file: ContentFileDecoder
        let node: Int32
        let noun: String
        let codingPath: [any CodingKey]

        var allKeys: [K] {
            guard node >= 0 else { return [] }
            let items = file.document.children(of: node)
            return stride(from: items.startIndex, to: items.endIndex, by: 2).compactMap { K(stringValue: file.document.text(items[$0])) }
        }

        private func value(_ key: K) -> Int32? {
            node >= 0 ? file.value(key.stringValue, in: node) : nil
        }

        private func place(_ key: K) -> Place {
            let info = key as? any ContentKey
            return Place(key: key.stringValue, noun: noun, role: info?.role ?? .line, itemNoun: info?.itemNoun)
        }

        func contains(_ key: K) -> Bool { value(key) != nil }

        func decodeNil(forKey key: K) throws -> Bool {
            guard let v = value(key) else { return true }
            return file.isNull(v)
        }

        func decode(_ type: String.Type, forKey key: K) throws -> String {
            guard let v = value(key) else { return try file.missing(type, key: key.stringValue, record: node, noun: noun, path: codingPath) }
            return file.readText(v, place(key))
        }

        func decode(_ type: Bool.Type, forKey key: K) throws -> Bool {
            guard let v = value(key) else { return false }
            return file.readBool(v, place(key))
        }

        func decode(_ type: Int.Type, forKey key: K) throws -> Int {
            guard let v = value(key) else { return try file.missing(type, key: key.stringValue, record: node, noun: noun, path: codingPath) }
            return file.readInt(v, place(key))
        }

        func decode(_ type: Double.Type, forKey key: K) throws -> Double {
            guard let v = value(key) else { return try file.missing(type, key: key.stringValue, record: node, noun: noun, path: codingPath) }
            return file.readDouble(v, place(key))
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: K) throws -> T {
            guard let v = value(key) else {
                return try file.missing(type, key: key.stringValue, record: node, noun: noun, path: codingPath + [key])
            }
            return try file.read(type, at: v, place(key), path: codingPath + [key])
        }

        func decodeIfPresent(_ type: String.Type, forKey key: K) throws -> String? {
            guard let v = value(key) else { return nil }
            return file.readText(v, place(key))
        }

        func decodeIfPresent(_ type: Int.Type, forKey key: K) throws -> Int? {
            guard let v = value(key) else { return nil }
            return file.readInt(v, place(key))
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: K) throws -> T? {
            guard let v = value(key) else { return nil }
            return try file.read(type, at: v, place(key), path: codingPath + [key])
        }

        // Content has no other kinds of numbers; these read as whole numbers that must fit.
        func decode(_ type: Float.Type, forKey key: K) throws -> Float { Float(try decode(Double.self, forKey: key)) }
        func decode(_ type: Int8.Type, forKey key: K) throws -> Int8 { try narrow(key) }
        func decode(_ type: Int16.Type, forKey key: K) throws -> Int16 { try narrow(key) }
        func decode(_ type: Int32.Type, forKey key: K) throws -> Int32 { try narrow(key) }
        func decode(_ type: Int64.Type, forKey key: K) throws -> Int64 { try narrow(key) }
        func decode(_ type: UInt.Type, forKey key: K) throws -> UInt { try narrow(key) }
        func decode(_ type: UInt8.Type, forKey key: K) throws -> UInt8 { try narrow(key) }
        func decode(_ type: UInt16.Type, forKey key: K) throws -> UInt16 { try narrow(key) }
        func decode(_ type: UInt32.Type, forKey key: K) throws -> UInt32 { try narrow(key) }
        func decode(_ type: UInt64.Type, forKey key: K) throws -> UInt64 { try narrow(key) }

        private func narrow<I: FixedWidthInteger>(_ key: K) throws -> I {
            I(clamping: try decode(Int.self, forKey: key))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: K) throws -> KeyedDecodingContainer<NestedKey> {
            try superDecoder(forKey: key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: K) throws -> any UnkeyedDecodingContainer {
            try superDecoder(forKey: key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            ValueDecoder(file: file, node: node, codingPath: codingPath)
        }

        func superDecoder(forKey key: K) throws -> any Decoder {
            ValueDecoder(file: file, node: value(key) ?? -1, codingPath: codingPath + [key])
        }
    }

    /// The items of a list, for types that read a list themselves (content types do not).
    struct ListReader: UnkeyedDecodingContainer {
        let file: ContentFileDecoder
        let items: [Int32]
        let codingPath: [any CodingKey]
        private(set) var currentIndex = 0

        init(file: ContentFileDecoder, items: [Int32], codingPath: [any CodingKey]) {
            self.file = file
            self.items = items
            self.codingPath = codingPath
        }

        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        private mutating func next() -> Int32 {
            defer { currentIndex += 1 }
            return currentIndex < items.count ? items[currentIndex] : -1
        }

        private var place: Place { Place(key: codingPath.last?.stringValue, noun: "this list", isItem: true) }

        mutating func decodeNil() throws -> Bool {
            guard currentIndex < items.count, file.isNull(items[currentIndex]) else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try item(type) }

        private mutating func item<T: Decodable>(_ type: T.Type) throws -> T {
            let place = self.place
            let node = next()
            let path = codingPath + [IndexKey(intValue: currentIndex - 1)]
            guard node >= 0 else { return try file.placeholder(type, path: path) }
            return try file.read(type, at: node, place, path: path)
        }

        mutating func decode(_ type: String.Type) throws -> String { try item(type) }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try item(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try item(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try item(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { Int8(clamping: try decode(Int.self)) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { Int16(clamping: try decode(Int.self)) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { Int32(clamping: try decode(Int.self)) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { Int64(try decode(Int.self)) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { UInt(clamping: try decode(Int.self)) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { UInt8(clamping: try decode(Int.self)) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { UInt16(clamping: try decode(Int.self)) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { UInt32(clamping: try decode(Int.self)) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { UInt64(clamping: try decode(Int.self)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try superDecoder().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try superDecoder().unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let path = codingPath + [IndexKey(intValue: currentIndex)]
            return ValueDecoder(file: file, node: next(), codingPath: path)
        }
    }

    /// One value, for types that read a single value themselves.
    struct SingleReader: SingleValueDecodingContainer {
        let file: ContentFileDecoder
        let node: Int32
        let codingPath: [any CodingKey]

        private var place: Place { Place(key: codingPath.last?.stringValue, noun: "this value") }

        func decodeNil() -> Bool { node < 0 || file.isNull(node) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try value(type) }

        private func value<T: Decodable>(_ type: T.Type) throws -> T {
            guard node >= 0 else { return try file.placeholder(type, path: codingPath) }
            return try file.read(type, at: node, place, path: codingPath)
        }

        func decode(_ type: String.Type) throws -> String { try value(type) }
        func decode(_ type: Bool.Type) throws -> Bool { try value(type) }
        func decode(_ type: Int.Type) throws -> Int { try value(type) }
        func decode(_ type: Double.Type) throws -> Double { try value(type) }
        func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
        func decode(_ type: Int8.Type) throws -> Int8 { Int8(clamping: try decode(Int.self)) }
        func decode(_ type: Int16.Type) throws -> Int16 { Int16(clamping: try decode(Int.self)) }
        func decode(_ type: Int32.Type) throws -> Int32 { Int32(clamping: try decode(Int.self)) }
        func decode(_ type: Int64.Type) throws -> Int64 { Int64(try decode(Int.self)) }
        func decode(_ type: UInt.Type) throws -> UInt { UInt(clamping: try decode(Int.self)) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { UInt8(clamping: try decode(Int.self)) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { UInt16(clamping: try decode(Int.self)) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { UInt32(clamping: try decode(Int.self)) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { UInt64(clamping: try decode(Int.self)) }
    }
}

extension Decoder {
    /// The content file being read, when this decoder reads one (nil for the embedded archive).
    var contentFile: ContentFileDecoder.ValueDecoder? { self as? ContentFileDecoder.ValueDecoder }
}
