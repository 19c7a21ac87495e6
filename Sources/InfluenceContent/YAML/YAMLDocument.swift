import CYAML

/// One YAML file as libyaml reads it: a flat tree of scalars, lists and mappings, each with its
/// 1-based line and column, built from libyaml's events.
///
/// Content needs none of YAML's anchors, aliases, tags, merge keys, keys that are not text, or
/// several documents in a file, so each is refused with its position (alias bombs cannot exist);
/// an alias is read as an empty value, so what follows it is read as written and gives no errors of its own.
/// Duplicate keys are refused too, every one with its position. Nesting depth and the number of
/// values are bounded, so no file can make the reader work or allocate without limit.
struct YAMLDocument {
    enum Kind: UInt8 {
        case scalar, sequence, mapping
    }

    /// A value. Scalars point into `texts`; lists and mappings into `children` (a mapping's
    /// children alternate key, value).
    struct Node {
        var kind: Kind
        /// A plain scalar (no quotes, no block indicator): only these can be `~`, `null` or `<<`.
        var isPlain: Bool
        var line: Int32
        var column: Int32
        var start: Int32
        var count: Int32
    }

    private(set) var nodes: [Node] = []
    private(set) var texts: [String] = []
    private(set) var children: [Int32] = []
    /// The document's top value; nil for a file with no document (empty, or only comments).
    private(set) var root: Int32?

    /// The deepest nesting of lists and mappings accepted; content files nest about 7 deep.
    static let maxDepth = 100
    /// Problems reported from one file before reading stops.
    static let maxProblems = 20

    subscript(node: Int32) -> Node { nodes[Int(node)] }

    func text(_ node: Int32) -> String { texts[Int(nodes[Int(node)].start)] }

    /// The items of a list, or the keys and values (alternating) of a mapping.
    func children(of node: Int32) -> ArraySlice<Int32> {
        let n = nodes[Int(node)]
        guard n.kind != .scalar else { return [] }
        return children[Int(n.start)..<Int(n.start + n.count)]
    }

    /// Parses UTF-8 text (without a byte-order mark; CRLF is fine). `file` names the file in
    /// messages; `valueBudget` bounds the number of values. Fails with every problem found.
    static func parse(_ bytes: [UInt8], file: String, valueBudget: Int) -> Result<YAMLDocument, YAMLProblems> {
        var builder = Builder(file: file, valueBudget: valueBudget)
        bytes.withUnsafeBufferPointer { buffer in
            builder.run(buffer)
        }
        if builder.problems.isEmpty {
            return .success(builder.document)
        }
        return .failure(YAMLProblems(diagnostics: builder.problems))
    }
}

/// Why a file could not be parsed: every problem, positioned.
struct YAMLProblems: Error {
    var diagnostics: [Diagnostic]
}

extension YAMLDocument {
    /// Turns libyaml's events into nodes, checking each as it comes.
    private struct Builder {
        let file: String
        let valueBudget: Int
        var document = YAMLDocument()
        var problems: [Diagnostic] = []
        /// Open lists and mappings: the node and where its children start in `pending`.
        var open: [(node: Int32, isMapping: Bool, firstChild: Int)] = []
        /// Children of the open containers, innermost last.
        var pending: [Int32] = []
        var documents = 0
        /// The placeholders of aliases, already reported: never a duplicate key of one another.
        var aliases: Set<Int32> = []
        var bytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)

        init(file: String, valueBudget: Int) {
            self.file = file
            self.valueBudget = valueBudget
        }

        mutating func run(_ input: UnsafeBufferPointer<UInt8>) {
            // No bytes: no document (libyaml wants a non-null pointer even for nothing).
            guard let base = input.baseAddress, !input.isEmpty else { return }
            bytes = input
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                problem(line: 1, column: 1, "this file could not be read as YAML (out of memory)")
                return
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, base, input.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    syntaxProblem(parser)
                    return
                }
                let keepGoing = handle(event)
                let ended = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if !keepGoing || ended { return }
                if problems.count >= YAMLDocument.maxProblems {
                    let at = problems[problems.count - 1].location
                    problems.append(Diagnostic(at, "stopped reading after \(YAMLDocument.maxProblems) problems; fix these and check again"))
                    return
                }
            }
        }

        /// One event; false when reading must stop.
        mutating func handle(_ event: yaml_event_t) -> Bool {
            let line = Int32(clamping: event.start_mark.line + 1)
            let column = Int32(clamping: event.start_mark.column + 1)
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    problem(line: line, column: column, "a content file holds one YAML document, but a second one starts here; remove the \"---\" (or \"...\") line and what follows, or move it to a file of its own")
                    return false
                }
                return true
            case YAML_ALIAS_EVENT:
                // Refused, but it still stands for one value: an empty placeholder keeps the keys and
                // values of the mapping around it paired (without it, every key after it was read as
                // a value and every value as a key, one error each).
                problem(line: line, column: column, "anchors and aliases are not used in content files; write the value out in full here")
                document.texts.append("")
                aliases.insert(Int32(document.nodes.count))
                return add(Node(kind: .scalar, isPlain: true, line: line, column: column,
                                start: Int32(document.texts.count - 1), count: 0))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                checkAnchorAndTag(anchor: scalar.anchor, tag: scalar.tag, line: line, column: column)
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                var text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                if isKeyPosition {
                    if isPlain && text == "<<" {
                        problem(line: line, column: column, "merge keys (<<) are not used in content files; write the keys out in full here")
                    }
                    // Keys are compared as the loader will read them.
                    text = Sanitizer.clean(text, keepNewlines: false)
                }
                document.texts.append(text)
                return add(Node(kind: .scalar, isPlain: isPlain, line: line, column: column,
                                start: Int32(document.texts.count - 1), count: 0))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                if isMapping {
                    checkAnchorAndTag(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, line: line, column: column)
                } else {
                    checkAnchorAndTag(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, line: line, column: column)
                }
                if isKeyPosition {
                    let what = isMapping ? "a set of \"key: value\" lines" : "a list"
                    problem(line: line, column: column, "a key should be a plain word, but this one is \(what)")
                }
                if open.count >= YAMLDocument.maxDepth {
                    problem(line: line, column: column, "lists and \"key: value\" blocks are nested more than \(YAMLDocument.maxDepth) deep here; content files never need such deep nesting")
                    return false
                }
                let node = Int32(document.nodes.count)
                guard add(Node(kind: isMapping ? .mapping : .sequence, isPlain: false, line: line, column: column,
                               start: 0, count: 0)) else { return false }
                open.append((node, isMapping, pending.count))
                return true
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let container = open.popLast() else { return true }
                let start = Int32(document.children.count)
                document.children.append(contentsOf: pending[container.firstChild...])
                pending.removeSubrange(container.firstChild...)
                let count = Int32(document.children.count) - start
                document.nodes[Int(container.node)].start = start
                document.nodes[Int(container.node)].count = count
                if container.isMapping { checkDuplicateKeys(container.node) }
                return true
            default:
                return true
            }
        }

        /// Whether the next value is a key of the innermost open mapping.
        var isKeyPosition: Bool {
            guard let top = open.last, top.isMapping else { return false }
            return (pending.count - top.firstChild) % 2 == 0
        }

        /// Records a new node as a child of the open container (or as the root); false past the budget.
        mutating func add(_ node: Node) -> Bool {
            guard document.nodes.count < valueBudget else {
                problem(line: node.line, column: node.column, "this file has more than \(valueBudget) YAML values; no content file needs so many: split it up")
                return false
            }
            let index = Int32(document.nodes.count)
            document.nodes.append(node)
            if open.isEmpty {
                document.root = index
            } else {
                pending.append(index)
            }
            return true
        }

        mutating func checkAnchorAndTag(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
                                        line: Int32, column: Int32) {
            if anchor != nil {
                problem(line: line, column: column, "anchors and aliases are not used in content files; remove the \"&\" name here")
            }
            if let tag {
                var name = Sanitizer.clean(String(cString: tag), keepNewlines: false)
                // libyaml spells out the standard tags: "!!str" arrives as "tag:yaml.org,2002:str".
                if name.hasPrefix("tag:yaml.org,2002:") { name = "!!" + name.dropFirst("tag:yaml.org,2002:".count) }
                problem(line: line, column: column, "YAML tags (here \"\(TextTools.shorten(name, to: 40))\") are not used in content files; remove the tag and write the value plainly")
            }
        }

        /// Every key that repeats an earlier key of the same mapping, at the repeat.
        mutating func checkDuplicateKeys(_ mapping: Int32) {
            let items = document.children(of: mapping)
            var keys: [Int32] = []
            keys.reserveCapacity(items.count / 2)
            var i = items.startIndex
            while i < items.endIndex {
                keys.append(items[i])
                i += 2
            }
            func report(_ key: Int32, first: Int32) {
                let n = document[key]
                problem(line: n.line, column: n.column, "the key \"\(TextTools.shorten(document.text(key), to: 40))\" appears twice in the same block; keep one (the first is on line \(document[first].line))")
            }
            func isText(_ key: Int32) -> Bool {
                document[key].kind == .scalar && (aliases.isEmpty || !aliases.contains(key))
            }
            if keys.count <= 16 {
                for (k, key) in keys.enumerated() where isText(key) {
                    let name = document.text(key)
                    if let first = keys[..<k].first(where: { isText($0) && document.text($0) == name }) {
                        report(key, first: first)
                    }
                }
            } else {
                var seen: [String: Int32] = [:]
                for key in keys where isText(key) {
                    let name = document.text(key)
                    if let first = seen[name] { report(key, first: first) } else { seen[name] = key }
                }
            }
        }

        mutating func problem(line: Int32, column: Int32, _ message: String) {
            problems.append(Diagnostic(SourceLocation(file: file, line: Int(line), column: Int(column)), message))
        }

        /// libyaml's own message, with a plain-words hint where one helps.
        mutating func syntaxProblem(_ parser: yaml_parser_t) {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            switch parser.error {
            case YAML_READER_ERROR:
                // Reader errors give a byte offset; the UTF-8 check ran first, so this is a control
                // character or similar that YAML does not allow.
                let at = position(ofByte: parser.problem_offset)
                var message = "YAML: \(problem)"
                if (0..<0x20).contains(parser.problem_value) || (0x7F...0x9F).contains(parser.problem_value) {
                    message += "; delete the invisible control character here"
                }
                self.problem(line: Int32(at.line), column: Int32(at.column), message)
            case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
                var message = "YAML syntax: \(problem)"
                if let context = parser.context { message += " " + String(cString: context) }
                let line = parser.problem_mark.line + 1, column = parser.problem_mark.column + 1
                message += YAMLHints.hint(for: problem, at: byte(atLine: line, column: column))
                self.problem(line: Int32(clamping: line), column: Int32(clamping: column), message)
            case YAML_MEMORY_ERROR:
                self.problem(line: 1, column: 1, "this file could not be read as YAML (out of memory)")
            default:
                self.problem(line: 1, column: 1, "this file could not be read as YAML (\(problem))")
            }
        }

        /// The first byte of the character at a line and column (both 1-based, the column in characters).
        func byte(atLine line: Int, column: Int) -> UInt8? {
            var i = 0, l = 1
            while l < line, i < bytes.count {
                if bytes[i] == 0x0A { l += 1 }
                i += 1
            }
            var c = 1
            while c < column, i < bytes.count {
                i += 1
                while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
                c += 1
            }
            return i < bytes.count ? bytes[i] : nil
        }

        /// Line and column (in characters) of a byte offset.
        func position(ofByte offset: Int) -> (line: Int, column: Int) {
            var line = 1, column = 1
            for b in bytes.prefix(max(0, offset)) {
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return (line, column)
        }
    }
}
