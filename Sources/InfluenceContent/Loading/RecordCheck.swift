/// A record just read from a content file, for its rules: which keys it has, where they stand,
/// and a way to report a problem there.
struct RecordCheck {
    let file: ContentFileDecoder
    let node: Int32

    var isMapping: Bool { node >= 0 && file.document[node].kind == .mapping }

    func has(_ key: some CodingKey) -> Bool { value(key) != nil }

    /// The value under `key`, if the record has it.
    func value(_ key: some CodingKey) -> Int32? { file.lookup(key.stringValue, in: node) }

    /// The cleaned one-line text under `key`, if it is text (problems with it were reported when it was read).
    func text(_ key: some CodingKey) -> String? {
        guard let v = value(key), file.document[v].kind == .scalar, !file.isNull(v) else { return nil }
        let text = ContentFileDecoder.trimmed(Sanitizer.clean(file.document.text(v), keepNewlines: false))
        return text.isEmpty ? nil : text
    }

    /// The items of the list under `key` that are records (mappings).
    func records(_ key: some CodingKey) -> [RecordCheck] {
        guard let v = value(key), file.document[v].kind == .sequence else { return [] }
        return file.document.children(of: v).map { RecordCheck(file: file, node: $0) }
    }

    /// A problem with the record as a whole, reported where it starts.
    func error(_ message: String) {
        file.error(node, message, fails: false)
    }

    /// A problem with the value under `key` (where the record starts, if it has no such key).
    func error(at key: some CodingKey, _ message: String) {
        file.error(value(key) ?? node, message, fails: false)
    }

    /// A problem with the key itself, reported where the key is written.
    func error(atKey key: some CodingKey, _ message: String) {
        file.error(file.lookup(key.stringValue, in: node, key: true) ?? node, message, fails: false)
    }

    /// A problem that makes the record unusable.
    func reject(_ message: String) {
        file.error(node, message, fails: true)
    }
}
