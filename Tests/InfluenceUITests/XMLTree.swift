import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element, read with its document by Foundation's XMLParser (a real, strict parser: a page that is not
/// well-formed fails), kept as a small tree to query.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLTree] = []
    /// Text and elements in order: text as strings, elements as nil (their text is in `children`).
    private(set) var content: [Either] = []
    weak var parent: XMLTree?

    enum Either {
        case text(String)
        case element(XMLTree)
    }

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func append(_ child: XMLTree) {
        child.parent = self
        children.append(child)
        content.append(.element(child))
    }

    func append(text: String) { content.append(.text(text)) }

    /// All the text inside, in order.
    var text: String {
        content.map { item in
            switch item {
            case .text(let t): return t
            case .element(let e): return e.text
            }
        }.joined()
    }

    /// The text inside, leaving out the elements `skip` picks, with the ends trimmed.
    func text(skipping skip: (XMLTree) -> Bool) -> String {
        content.map { item in
            switch item {
            case .text(let t): return t
            case .element(let e): return skip(e) ? "" : e.text(skipping: skip)
            }
        }.joined().trimmingCharacters(in: .whitespaces)
    }

    /// Every element below this one (not itself), in document order.
    var descendants: [XMLTree] { children.flatMap { [$0] + $0.descendants } }

    func all(_ name: String) -> [XMLTree] { descendants.filter { $0.name == name } }

    func classes() -> [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    func hasClass(_ c: String) -> Bool { classes().contains(c) }

    /// Parses `text`; the parser's error when it is not well-formed XML.
    static func parse(_ text: String) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw parser.parserError ?? NSError(domain: "XMLTree", code: 1)
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = XMLTree(name: name, attributes: attributes)
            if let top = stack.last { top.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.append(text: string)
        }
    }
}
