/// Which paragraphs of the article a passage of ours restates, so a claim can be checked against them.
///
/// The article's paragraphs are the blank-line-separated blocks of its text, numbered from 1. A file
/// writes `from: [61]` (one list for the whole passage) or `from: [[61], [61, 62]]` (one list per
/// paragraph of the passage, in order).
public struct Provenance: Codable, Equatable, Sendable {
    /// One list of article paragraph numbers per paragraph of the passage, or one for all of them.
    public var paragraphs: [[Int]]
    /// Where `from` is written, for messages; nil for a passage built in code.
    public var location: SourceLocation?

    public init(_ paragraphs: [[Int]], location: SourceLocation? = nil) {
        self.paragraphs = paragraphs
        self.location = location
    }

    /// The article paragraphs that paragraph `i` (0-based) of the passage restates.
    public func paragraphs(for i: Int) -> [Int] {
        paragraphs.count == 1 ? paragraphs[0] : (paragraphs.indices.contains(i) ? paragraphs[i] : [])
    }

    /// Every article paragraph the passage names.
    public var all: [Int] { paragraphs.flatMap { $0 } }

    /// The same paragraphs, wherever they were written (the built-in content and a folder read
    /// under another name are equal).
    public static func == (a: Provenance, b: Provenance) -> Bool { a.paragraphs == b.paragraphs }
}


extension Provenance: ContentList {
    /// `[61]` or `[[61], [61, 62]]`: numbers alone are one list; lists are one per paragraph.
    static func readList(_ file: ContentFileDecoder, at node: Int32, _ place: ContentFileDecoder.Place, path: [any CodingKey]) throws -> Provenance {
        let doc = file.document
        let hint = "\"from\" should list the article's paragraph numbers, like [61] or, one list per paragraph, [[61], [61, 62]]"
        guard doc[node].kind == .sequence, !doc.children(of: node).isEmpty else {
            file.error(node, "\(hint), but it is \(doc[node].kind == .sequence ? "an empty list" : file.describe(node))", fails: true)
            return Provenance([])
        }
        let items = Array(doc.children(of: node))
        func numbers(_ list: [Int32]) -> [Int]? {
            var out: [Int] = []
            for item in list {
                guard doc[item].kind == .scalar, let n = Int(doc.text(item)) else {
                    file.error(item, "\(hint), but it holds \(file.describe(item))", fails: true)
                    return nil
                }
                out.append(n)
            }
            return out
        }
        let lists: [[Int]]?
        if items.allSatisfy({ doc[$0].kind == .scalar }) {
            lists = numbers(items).map { [$0] }
        } else {
            var all: [[Int]] = []
            for item in items {
                guard doc[item].kind == .sequence, !doc.children(of: item).isEmpty, let list = numbers(Array(doc.children(of: item))) else {
                    if doc[item].kind != .sequence || doc.children(of: item).isEmpty {
                        file.error(item, "\(hint), but it mixes numbers and lists or holds an empty list", fails: true)
                    }
                    return Provenance([])
                }
                all.append(list)
            }
            lists = all
        }
        guard let lists else { return Provenance([]) }
        let provenance = Provenance(lists, location: file.location(node))
        file.index.trace(provenance)
        return provenance
    }
}
