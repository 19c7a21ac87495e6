import Yams

/// Reads typed values out of a composed YAML tree, collecting every problem with its position.
final class YAMLReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Ids defined and referred to, with where, for the cross-file checks.
    var index: ContentIndex
    private var budget: Int
    private let limit: Int
    private var reportedBudget = false

    init(file: String, index: ContentIndex, nodeBudget: Int) {
        self.file = file
        self.index = index
        self.budget = nodeBudget
        self.limit = nodeBudget
    }

    func location(_ node: Node?) -> SourceLocation {
        let mark = node?.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(location(node), message))
    }

    /// Counts a visited node; false once the file holds more nodes than content ever needs (alias bombs).
    func visit(_ node: Node) -> Bool {
        guard budget > 0 else {
            if !reportedBudget {
                reportedBudget = true
                error(node, "this file expands to more than \(limit) YAML values (too many aliases?); split it up or remove the aliases")
            }
            return false
        }
        budget -= 1
        return true
    }

    /// The mapping at `node`, or nil with an error naming what was expected.
    func fields(_ node: Node, _ what: String, allowed: [String]) -> Fields? {
        guard visit(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            error(node, "\(what) should be a set of \"key: value\" lines, but it is \(describe(node))")
            return nil
        }
        return Fields(reader: self, node: node, mapping: mapping, what: what, allowed: allowed)
    }

    /// Text from a scalar, sanitized; nil with an error otherwise.
    func text(_ node: Node, _ what: String, keepNewlines: Bool = true) -> String? {
        guard visit(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            error(node, "\(what) should be text, but it is \(describe(node))")
            return nil
        }
        if scalar.style == .plain && (scalar.string == "~" || scalar.string == "null" || scalar.string.isEmpty) {
            error(node, "\(what) is empty")
            return nil
        }
        let cleaned = Sanitizer.clean(scalar.string, keepNewlines: keepNewlines)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if cleaned.isEmpty {
            error(node, "\(what) is empty")
            return nil
        }
        return cleaned
    }

    /// The items of a sequence, or nil with an error.
    func items(_ node: Node, _ what: String) -> [Node]? {
        guard visit(node) else { return nil }
        if case .scalar(let s) = node, s.style == .plain, s.string.isEmpty || s.string == "~" || s.string == "[]" {
            return []
        }
        guard case .sequence(let sequence) = node else {
            error(node, "\(what) should be a list (lines starting with \"- \"), but it is \(describe(node))")
            return nil
        }
        return Array(sequence)
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s):
            let shown = TextTools.shorten(Sanitizer.clean(s.string, keepNewlines: false), to: 40)
            return shown.isEmpty ? "empty" : "the text \"\(shown)\""
        case .mapping: return "a set of \"key: value\" lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

/// A YAML mapping being read: typed getters that record missing keys, wrong types and unknown keys.
struct Fields {
    let reader: YAMLReader
    let node: Node
    let what: String
    private var values: [String: (key: Node, value: Node)] = [:]

    init(reader: YAMLReader, node: Node, mapping: Node.Mapping, what: String, allowed: [String]) {
        self.reader = reader
        self.node = node
        self.what = what
        for (key, value) in mapping {
            guard case .scalar(let k) = key else {
                reader.error(key, "a key in \(what) should be a plain word, but it is \(reader.describe(key))")
                continue
            }
            let name = Sanitizer.clean(k.string, keepNewlines: false)
            guard allowed.contains(name) else {
                if let guess = TextTools.closest(to: name, in: allowed) {
                    reader.error(key, "unknown key \"\(name)\" in \(what); did you mean \"\(guess)\"?")
                } else {
                    reader.error(key, "unknown key \"\(name)\" in \(what); the keys allowed here are: \(allowed.joined(separator: ", "))")
                }
                continue
            }
            values[name] = (key, value)
        }
    }

    func has(_ key: String) -> Bool { values[key] != nil }
    func valueNode(_ key: String) -> Node? { values[key]?.value }
    func keyNode(_ key: String) -> Node? { values[key]?.key }

    private func missing(_ key: String) {
        reader.error(node, "\(what) is missing \"\(key)\"")
    }

    func text(_ key: String, required: Bool = true, keepNewlines: Bool = true) -> String? {
        guard let value = values[key]?.value else {
            if required { missing(key) }
            return nil
        }
        return reader.text(value, "\"\(key)\" in \(what)", keepNewlines: keepNewlines)
    }

    /// Text that may carry note markers; the markers are recorded as references.
    func markedText(_ key: String, required: Bool = true) -> String? {
        guard let result = text(key, required: required), let value = values[key]?.value else { return nil }
        for id in MarkedText(result).markers {
            reader.index.use(.note, id, at: reader.location(value))
        }
        return result
    }

    func int(_ key: String, required: Bool = true) -> Int? {
        guard let value = values[key]?.value else {
            if required { missing(key) }
            return nil
        }
        guard reader.visit(value) else { return nil }
        guard case .scalar(let s) = value, let n = Int(s.string) else {
            reader.error(value, "\"\(key)\" in \(what) should be a whole number, but it is \(reader.describe(value))")
            return nil
        }
        return n
    }

    func double(_ key: String, required: Bool = true) -> Double? {
        guard let value = values[key]?.value else {
            if required { missing(key) }
            return nil
        }
        guard reader.visit(value) else { return nil }
        guard case .scalar(let s) = value, let n = Double(s.string.replacingOccurrences(of: "_", with: "")),
              n.isFinite else {
            reader.error(value, "\"\(key)\" in \(what) should be a number (digits only, like 1500000), but it is \(reader.describe(value))")
            return nil
        }
        return n
    }

    func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let value = values[key]?.value else { return fallback }
        guard reader.visit(value) else { return fallback }
        if case .scalar(let s) = value {
            switch s.string.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        reader.error(value, "\"\(key)\" in \(what) should be true or false, but it is \(reader.describe(value))")
        return fallback
    }

    /// A list of items read by `read`; items that fail are left out (their problems are recorded).
    func list<T>(_ key: String, required: Bool = false, _ read: (Node) -> T?) -> [T] {
        guard let value = values[key]?.value else {
            if required { missing(key) }
            return []
        }
        guard let nodes = reader.items(value, "\"\(key)\" in \(what)") else { return [] }
        return nodes.compactMap(read)
    }

    /// A list of note ids, recorded as references.
    func noteIDs(_ key: String = "notes") -> [String] {
        list(key) { node -> String? in
            guard let id = reader.text(node, "a note id in \(what)", keepNewlines: false) else { return nil }
            reader.index.use(.note, id, at: reader.location(node))
            return id
        }
    }
}
