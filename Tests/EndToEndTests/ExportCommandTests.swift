import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `influence export` as a user runs it: files written whole or not at all, exit codes, CASE and
/// --stage as print takes them, and hostile content folders exported harmlessly.
@Suite struct ExportCommandTests {
    /// A new empty folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("influence-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    /// `export --format html 3 --output FILE` prints nothing and writes, in place of the old file
    /// (renamed over it: a reader of the old file still reads the old file whole), what standard
    /// output would get; nothing else is left in the folder, and the old file's permissions are kept.
    @Test func htmlToAFileReplacesItWholeAndPrintsNothing() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("leyenda.html").path
        try Data("the old handout".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o640)
        let oldInode = Self.inode(file)
        let reader = try #require(FileHandle(forReadingAtPath: file))
        defer { try? reader.close() }

        let result = try runInfluence(["export", "--format", "html", "3", "--output", file])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "" && result.err == "")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        let printed = try runInfluence(["export", "--format", "html", "3"])
        #expect(printed.status == 0)
        #expect(written == printed.out)
        #expect(written.hasPrefix("<!DOCTYPE html>") && written.contains("Case 3 · Leyenda"))
        #expect(Self.inode(file) != oldInode, "a new file renamed into place")
        #expect(String(decoding: reader.readDataToEndOfFile(), as: UTF8.self) == "the old handout")
        #expect(Self.mode(file) == 0o640)
        #expect(try Self.names(in: dir) == ["leyenda.html"])

        // A new file gets the usual permissions (0666 less the umask).
        let mask = umask(0o022)
        umask(mask)
        let fresh = dir.appendingPathComponent("fresh.md").path
        #expect(try runInfluence(["export", "--format", "markdown", "1", "--output", fresh]).status == 0)
        #expect(Self.mode(fresh) == 0o666 & ~mask)
    }

    /// Without --format, the output file's extension says it; "-" is standard output.
    @Test func theFormatFromTheFileName() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, start) in [("a.md", "# "), ("a.markdown", "# "), ("a.html", "<!DOCTYPE html>"), ("a.HTM", "<!DOCTYPE html>"), ("a.json", "{")] {
            let path = dir.appendingPathComponent(name).path
            let result = try runInfluence(["export", "2", "--output", path].filter { !(name.hasSuffix("json") && $0 == "2") })
            #expect(result.status == 0, "\(name): \(result.err)")
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(start), "\(name)")
        }
        let dash = try runInfluence(["export", "--format", "markdown", "1", "--output", "-"])
        #expect(dash.status == 0 && dash.out.hasPrefix("# "))
    }

    @Test func usageErrors() throws {
        let bad = try runInfluence(["export", "--format", "pdf", "3"])
        #expect(bad.status == 64)
        #expect(bad.err.hasPrefix("influence: no format \"pdf\"; use one of: markdown, html, json\n"), "\(bad.err)")
        let none = try runInfluence(["export", "3"])
        #expect(none.status == 64)
        #expect(none.err.hasPrefix("influence: missing --format FORMAT (one of: markdown, html, json)"), "\(none.err)")
        let unknownExtension = try runInfluence(["export", "3", "--output", "/tmp/handout.pdf"])
        #expect(unknownExtension.status == 64)
        let jsonCase = try runInfluence(["export", "--format", "json", "3"])
        #expect(jsonCase.status == 64)
        #expect(jsonCase.err.contains("json holds the whole content model"))
        let noCase = try runInfluence(["export", "--format", "html", "grid"])
        #expect(noCase.status == 64)
        #expect(noCase.err.contains("no case \"grid\"") && noCase.err.contains("framework (0)"), "\(noCase.err)")
        let noStage = try runInfluence(["export", "--format", "html", "3", "--stage", "ressources"])
        #expect(noStage.status == 64)
        #expect(noStage.err.contains("no stage \"ressources\"") && noStage.err.contains("Resources"))
        let help = try runInfluence(["help", "export"])
        #expect(help.status == 0)
        for option in ["--format FORMAT", "--stage STAGE", "--output FILE", "--content DIR", "CASE"] {
            #expect(help.out.contains(option), "\(option)")
        }
    }

    @Test func aMissingContentFolderIs66() throws {
        let result = try runInfluence(["export", "--format", "html", "--content", "/nonexistent/influence-content"])
        #expect(result.status == 66)
        #expect(result.err.hasPrefix("influence: no content folder at /nonexistent/influence-content"))
        #expect(result.out == "")
    }

    /// `--stage` without a case: that stage of every case, in print's order, as print has it.
    @Test func aStageWithoutACaseWorksLikePrint() throws {
        let export = try runInfluence(["export", "--format", "markdown", "--stage", "resources"])
        #expect(export.status == 0, "\(export.err)")
        let lines = export.out.split(separator: "\n")
        let printed = try runInfluence(["print", "--stage", "resources", "--width", "200"])
        let printedCases = printed.out.split(separator: "\n").filter { $0.hasPrefix("CASE ") }
        let cases = lines.filter { $0.hasPrefix("## Case ") }
        #expect(cases.count == printedCases.count && cases.count == 5)
        // The note on the source ends the handout.
        #expect(lines.filter { $0.hasPrefix("## ") }.last == "## About the source")
        for (heading, printedHeading) in zip(cases, printedCases) {
            let number = heading.dropFirst("## Case ".count).prefix { $0.isNumber }
            #expect(printedHeading.hasPrefix("CASE \(number)/5"), "\(heading) / \(printedHeading)")
        }
        let stages = Set(lines.filter { $0.hasPrefix("### ") })
        #expect(stages == ["### 6. Resource transfer (a condition)", "### In the comparison grid"])
        #expect(!export.out.contains("Discussion questions") && !export.out.contains("## The argument"))
        // With framework, the argument's account of the stage alone.
        let framework = try runInfluence(["export", "--format", "markdown", "framework", "--stage", "2"])
        #expect(framework.status == 0)
        #expect(framework.out.contains("**2. Mexico's response:**") && !framework.out.contains("**1. The US move"))
        #expect(try runInfluence(["export", "--format", "markdown", "0", "--stage", "2"]).out == framework.out)
    }

    /// A symbolic link, a folder, a named pipe and a missing folder are refused with 73, and
    /// nothing is left behind; the file a link points to is untouched.
    @Test func refusesWhatItCannotReplace() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("target.txt").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: target))
        let link = dir.appendingPathComponent("link.html").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let linked = try runInfluence(["export", "--format", "html", "3", "--output", link])
        #expect(linked.status == 73)
        #expect(linked.err.contains("is a symbolic link"), "\(linked.err)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target)

        let sub = dir.appendingPathComponent("sub").path
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: false)
        let folder = try runInfluence(["export", "--format", "html", "3", "--output", sub])
        #expect(folder.status == 73)
        #expect(folder.err.contains("is a folder"))

        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let pipe = try runInfluence(["export", "--format", "html", "3", "--output", fifo])
        #expect(pipe.status == 73)
        #expect(pipe.err.contains("is not a regular file"))

        let missing = try runInfluence(["export", "--format", "html", "3", "--output", dir.appendingPathComponent("nope/x.html").path])
        #expect(missing.status == 73)
        #expect(missing.err.hasPrefix("influence: cannot create "), "\(missing.err)")
        #expect(try Self.names(in: dir) == ["link.html", "pipe", "sub", "target.txt"])
        #expect(try Self.names(in: URL(fileURLWithPath: sub)) == [])
    }

    /// A content folder whose gist and quotation hold markup, entities, quotes and control
    /// characters: the HTML parses as XML with the text literally in it (the controls cleaned at
    /// load) and no script element; Markdown escapes it; JSON gives the string back exactly.
    @Test func hostileContentFolder() throws {
        var content = try ContentFolder.shipped()
        let yaml = #""<script>alert(1)</script> & \"quoted\" 'single' \e[31m\a\x01 end""#
        content.setGist(Hostile.intercept, yaml: yaml)
        var lines = content.text(Hostile.intercept).components(separatedBy: "\n")
        let quote = try #require(lines.firstIndex(of: "      - text: frontal attack"))
        lines[quote] = "      - text: " + yaml
        content.setText(Hostile.intercept, lines.joined(separator: "\n"))
        let dir = try content.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let expected = "<script>alert(1)</script> & \"quoted\" 'single' [31m end"

        let html = try runInfluence(["export", "--format", "html", "1", "--content", dir.path])
        #expect(html.status == 0, "\(html.err)")
        let page = try PageElements.parse(html.out)
        #expect(!page.elements.contains { $0.name == "script" })
        #expect(page.elements.contains { $0.name == "p" && $0.attributes["class"] == "lead" && $0.text == expected })
        #expect(page.elements.contains { $0.name == "blockquote" && $0.text.trimmingCharacters(in: .whitespacesAndNewlines) == expected })
        #expect(html.out.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; 'single' [31m end"))

        let markdown = try runInfluence(["export", "--format", "markdown", "1", "--content", dir.path])
        #expect(markdown.out.contains(#"\<script\>alert(1)\</script\> \& "quoted" 'single' \[31m end"#))

        let json = try runInfluence(["export", "--format", "json", "--content", dir.path])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let cases = (object?["content"] as? [String: Any])?["cases"] as? [[String: Any]]
        #expect(cases?.first?["gist"] as? String == expected)
        let stages = cases?.first?["stages"] as? [[String: Any]]
        let parts = stages?.first?["parts"] as? [[String: Any]]
        let quotations = parts?.first?["quotations"] as? [[String: Any]]
        #expect(quotations?.first?["text"] as? String == expected)
    }

    /// Every loadable hostile folder exports in each format: HTML that parses as XML, JSON that
    /// parses, and nothing a terminal would act on in any of them.
    @Test(arguments: Hostile.loadable)
    func hostileFoldersExportHarmlessly(_ hostile: Hostile) throws {
        let dir = try hostile.folder().write()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["html", "markdown", "json"] {
            let result = try runBounded(["export", "--format", format, "--content", dir.path])
            #expect(result.finished && result.status == 0, "\(format): \(result.err)")
            #expect(terminalUnsafeScalars(in: result.out).isEmpty, "\(format): \(terminalUnsafeScalars(in: result.out).prefix(5))")
            switch format {
            case "html": #expect(throws: Never.self) { try PageElements.parse(result.out) }
            case "json": #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(result.out.utf8)) }
            default: break
            }
        }
    }
}

/// Every element of a page, with its attributes and all the text inside it, read by XMLParser.
struct PageElements {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    var elements: [Element] = []

    static func parse(_ text: String) throws -> PageElements {
        let collector = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return PageElements(elements: collector.done)
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var open: [Element] = []
        var done: [Element] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let element = open.popLast() { done.append(element) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for i in open.indices { open[i].text += string }
        }
    }
}
