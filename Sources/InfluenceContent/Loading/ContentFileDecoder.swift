/// Reads one parsed content file into typed values through their `Decodable` conformance,
/// recording every problem with its position instead of stopping at the first.
///
/// A value with a problem is replaced by a placeholder so reading goes on (and every key a type
/// asks for is seen, which is how unknown keys are found); the problem counts as a failure. A list
/// drops an item that failed, so only that item is lost; a failure anywhere else fails the value
/// that holds it, up to the file, whose value is then not used.
final class ContentFileDecoder {
    let file: String
    let document: YAMLDocument
    private(set) var diagnostics: [Diagnostic] = []
    /// Ids defined and referred to, with where, for the cross-file checks.
    var index: ContentIndex
    /// Failures not yet absorbed by a list dropping the item they were in.
    var failures = 0
    /// Whether a list item was dropped: the content read is then incomplete.
    private(set) var droppedItems = false

    /// Per node: bit i is set once the i-th key of that mapping was asked for (first 64 keys).
    private var found: [UInt64]
    /// The key names the records being read asked for, innermost record last.
    private var askedNames: [String] = []
    /// The records being read: their mapping, noun, and where their names start in `askedNames`.
    private var records: [(node: Int32, noun: String, firstName: Int)] = []

    init(file: String, document: YAMLDocument, index: ContentIndex) {
        self.file = file
        self.document = document
        self.index = index
        found = Array(repeating: 0, count: document.nodes.count)
    }

    /// The file's value as `T`; nil when the file has no value or the value could not be read.
    func decodeFile<T: Decodable>(_ type: T.Type) -> T? {
        guard let root = document.root else { return nil }
        let before = failures
        do {
            let value = try read(T.self, at: root, Place(key: nil, noun: ""), path: [])
            return failures == before ? value : nil
        } catch {
            self.error(root, "this file could not be read (\(error))", fails: true)
            return nil
        }
    }

    // MARK: Problems and positions

    func location(_ node: Int32) -> SourceLocation {
        let n = document[node]
        return SourceLocation(file: file, line: Int(n.line), column: Int(n.column))
    }

    /// Records a problem at a node; `fails` when the value there cannot be used.
    func error(_ node: Int32, _ message: String, fails: Bool) {
        diagnostics.append(Diagnostic(location(node), message))
        if fails { failures += 1 }
    }

    /// How messages show a value: "the text "…"", "a list", "a set of "key: value" lines", "empty".
    func describe(_ node: Int32) -> String {
        switch document[node].kind {
        case .scalar:
            let shown = TextTools.shorten(Sanitizer.clean(document.text(node), keepNewlines: false), to: 40)
            return shown.isEmpty ? "empty" : "the text \"\(shown)\""
        case .mapping: return "a set of \"key: value\" lines"
        case .sequence: return "a list"
        }
    }

    /// Whether a node is YAML's null: an empty plain scalar, `~` or `null`.
    func isNull(_ node: Int32) -> Bool {
        let n = document[node]
        guard n.kind == .scalar, n.isPlain else { return false }
        let text = document.text(node)
        return text.isEmpty || text == "~" || text == "null"
    }

    // MARK: Values

    /// Where a value stands, for its messages: under which key of which record, and its role.
    struct Place {
        var key: String?
        var noun: String
        var role: TextRole = .line
        var itemNoun: String?
        var isItem = false

        /// "\"title\" in a case file", or for an item of a list, "a discussion question".
        var what: String {
            guard isItem else { return key.map { "\"\($0)\" in \(noun)" } ?? noun }
            if let itemNoun { return itemNoun }
            if case .reference(.note) = role { return "a note id in \(noun)" }
            return "an item of \"\(key ?? "")\" in \(noun)"
        }

        var item: Place {
            var place = self
            place.isItem = true
            return place
        }
    }

    /// The value at `node` as `T`: text, a number, a flag, a list, a choice or a record.
    func read<T: Decodable>(_ type: T.Type, at node: Int32, _ place: Place, path: [any CodingKey]) throws -> T {
        if T.self == String.self, let value = readText(node, place) as? T { return value }
        if T.self == Int.self, let value = readInt(node, place) as? T { return value }
        if T.self == Bool.self, let value = readBool(node, place) as? T { return value }
        if T.self == Double.self, let value = readDouble(node, place) as? T { return value }
        if let list = T.self as? any ContentList.Type, let value = try list.readList(self, at: node, place, path: path) as? T {
            return value
        }
        if let choice = T.self as? any ContentChoice.Type, let value = readChoice(choice, at: node, place) as? T {
            return value
        }
        return try readRecord(T.self, at: node, path: path)
    }

    /// A record: the type reads its own fields; then unknown keys are reported and its rules checked.
    private func readRecord<T: Decodable>(_ type: T.Type, at node: Int32, path: [any CodingKey]) throws -> T {
        let depth = records.count
        let before = failures
        let value = try T(from: ValueDecoder(file: self, node: node, codingPath: path))
        if records.count > depth {
            reportUnknownKeys(records[depth])
            askedNames.removeSubrange(records[depth].firstName...)
            records.removeSubrange(depth...)
        }
        if failures == before, let checked = value as? any ContentChecked {
            checked.check(RecordCheck(file: self, node: node))
        }
        return value
    }

    /// The value a missing key reads as: an empty list, false, nil; for anything else, a problem
    /// ("a source is missing "author"") and a placeholder. Inside a placeholder nothing is reported.
    func missing<T: Decodable>(_ type: T.Type, key: String, record node: Int32, noun: String, path: [any CodingKey]) throws -> T {
        let isQuiet = node < 0 || T.self == Bool.self || T.self is any ContentList.Type
        if !isQuiet {
            error(node, "\(noun) is missing \"\(key)\"", fails: true)
        }
        return try placeholder(T.self, path: path)
    }

    /// A stand-in value of any content type, built without reporting anything.
    func placeholder<T: Decodable>(_ type: T.Type, path: [any CodingKey]) throws -> T {
        if let value = "" as? T { return value }
        if let value = 0 as? T { return value }
        if let value = 0.0 as? T { return value }
        if let value = false as? T { return value }
        if let choice = T.self as? any ContentChoice.Type, let value = firstChoice(choice) as? T { return value }
        return try T(from: ValueDecoder(file: self, node: -1, codingPath: path))
    }

    private func firstChoice<C: ContentChoice>(_ type: C.Type) -> C? { C.allCases.first }

    /// Text, cleaned for the terminal and trimmed; ids and references are recorded with their place.
    func readText(_ node: Int32, _ place: Place) -> String {
        let n = document[node]
        guard n.kind == .scalar else {
            error(node, "\(place.what) should be text, but it is \(describe(node))", fails: true)
            return ""
        }
        let text = isNull(node) ? "" : ContentFileDecoder.trimmed(Sanitizer.clean(document.text(node), keepNewlines: place.role.keepsNewlines))
        guard !text.isEmpty else {
            error(node, "\(place.what) is empty", fails: true)
            return ""
        }
        switch place.role {
        case .line, .prose: break
        case .marked:
            if text.utf8.contains(UInt8(ascii: "[")) {
                for id in MarkedText.markers(in: text) { index.use(.note, id, at: location(node)) }
            }
        case .id(let kind): index.define(kind, text, at: location(node))
        case .reference(let kind): index.use(kind, text, at: location(node))
        }
        return text
    }

    func readInt(_ node: Int32, _ place: Place) -> Int {
        guard document[node].kind == .scalar, let number = Int(document.text(node)) else {
            error(node, "\(place.what) should be a whole number, but it is \(describe(node))", fails: true)
            return 0
        }
        return number
    }

    func readDouble(_ node: Int32, _ place: Place) -> Double {
        let text = document[node].kind == .scalar ? document.text(node) : ""
        guard let number = Double(text.contains("_") ? String(text.filter { $0 != "_" }) : text), number.isFinite else {
            error(node, "\(place.what) should be a number (digits only, like 1500000), but it is \(describe(node))", fails: true)
            return 0
        }
        return number
    }

    /// true/yes or false/no; anything else is reported (and reads as false) without failing the record.
    func readBool(_ node: Int32, _ place: Place) -> Bool {
        if document[node].kind == .scalar {
            switch document.text(node).lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        error(node, "\(place.what) should be true or false, but it is \(describe(node))", fails: false)
        return false
    }

    private func readChoice<C: ContentChoice>(_ type: C.Type, at node: Int32, _ place: Place) -> C? {
        var cleanPlace = place
        cleanPlace.role = .line
        let before = failures
        let text = readText(node, cleanPlace)
        guard failures == before else { return C.allCases.first }
        if let choice = C(rawValue: text) { return choice }
        let words = C.allCases.map(\.rawValue).joined(separator: ", ")
        error(node, "\"\(place.key ?? "")\" should be one of: \(words) (not \"\(text)\")", fails: true)
        return C.allCases.first
    }

    /// Items of a list as `Element`s, dropping (and absorbing the failures of) items that failed.
    func readItems<Element: Decodable>(_ type: Element.Type, at node: Int32, _ place: Place, path: [any CodingKey]) throws -> [Element] {
        let n = document[node]
        if n.kind == .scalar, n.isPlain {
            let text = document.text(node)
            if text.isEmpty || text == "~" || text == "[]" { return [] }
        }
        guard n.kind == .sequence else {
            error(node, "\(place.what) should be a list (lines starting with \"- \"), but it is \(describe(node))", fails: false)
            return []
        }
        var items: [Element] = []
        items.reserveCapacity(Int(n.count))
        let itemPlace = place.item
        for (i, item) in document.children(of: node).enumerated() {
            let before = failures
            let value = try read(Element.self, at: item, itemPlace, path: path + [IndexKey(intValue: i)])
            if failures == before {
                items.append(value)
            } else {
                failures = before
                droppedItems = true
            }
        }
        return items
    }

    // MARK: Keys

    /// Starts a record at a mapping: keys asked for from now on are its allowed keys.
    func beginRecord(_ node: Int32, noun: String) {
        records.append((node, noun, askedNames.count))
    }

    /// The value under `name` in a mapping, noting that the key was asked for.
    func value(_ name: String, in mapping: Int32) -> Int32? {
        askedNames.append(name)
        return lookup(name, in: mapping, markFound: true)
    }

    /// The value (or with `key`, the key node) under `name`, without noting anything.
    func lookup(_ name: String, in mapping: Int32, key: Bool = false, markFound: Bool = false) -> Int32? {
        guard mapping >= 0, document[mapping].kind == .mapping else { return nil }
        let items = document.children(of: mapping)
        var i = items.startIndex
        var pair = 0
        while i < items.endIndex {
            let k = items[i]
            if document[k].kind == .scalar && document.text(k) == name {
                if markFound && pair < 64 { found[Int(mapping)] |= 1 << UInt64(pair) }
                return key ? k : items[i + 1]
            }
            i += 2
            pair += 1
        }
        return nil
    }

    /// Every key of the record's mapping that its type did not ask for, with the nearest allowed key.
    private func reportUnknownKeys(_ record: (node: Int32, noun: String, firstName: Int)) {
        let items = document.children(of: record.node)
        let mask = found[Int(record.node)]
        var i = items.startIndex
        var pair = 0
        while i < items.endIndex {
            defer { i += 2; pair += 1 }
            if pair < 64 && mask & (1 << UInt64(pair)) != 0 { continue }
            let key = items[i]
            let name = document.text(key)
            var allowed: [String] = []
            for asked in askedNames[record.firstName...] where !allowed.contains(asked) { allowed.append(asked) }
            if allowed.contains(name) { continue }
            if let guess = TextTools.closest(to: name, in: allowed) {
                error(key, "unknown key \"\(name)\" in \(record.noun); did you mean \"\(guess)\"?", fails: false)
            } else {
                error(key, "unknown key \"\(name)\" in \(record.noun); the keys allowed here are: \(allowed.joined(separator: ", "))", fails: false)
            }
        }
    }

    /// Cuts spaces and line breaks from both ends.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\t" || s == "\r" || s.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}

/// A list type the loader reads item by item, dropping items that fail.
protocol ContentList {
    static func readList(_ file: ContentFileDecoder, at node: Int32, _ place: ContentFileDecoder.Place, path: [any CodingKey]) throws -> Self
}

extension Array: ContentList where Element: Decodable {
    static func readList(_ file: ContentFileDecoder, at node: Int32, _ place: ContentFileDecoder.Place, path: [any CodingKey]) throws -> [Element] {
        try file.readItems(Element.self, at: node, place, path: path)
    }
}

/// The coding-path key of a list item.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { intValue.map(String.init) ?? "" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
