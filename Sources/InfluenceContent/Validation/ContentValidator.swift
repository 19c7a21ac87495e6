/// Checks loaded content as a whole: ids, references, stages, footnotes. Pure: no I/O.
///
/// While a file could not be read in full (`ContentIndex.incompleteFiles`), the checks whose
/// findings would only echo that file's problems are skipped: references to ids it may define,
/// footnotes it may place, notes it may refer to.
public enum ContentValidator {
    /// The article marks footnotes 1 to 38.
    public static let footnoteCount = 38

    public static func validate(_ content: Content, index: ContentIndex, folder: String = "") -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let fallback = SourceLocation(file: folder.isEmpty ? "content" : folder, line: 1, column: 1)
        let kindWords: [ContentIndex.Kind: String] = [
            .note: "note", .source: "source", .stage: "stage", .term: "glossary term", .case: "case",
        ]

        // Ids: each defined once, as a plain word; ids that differ only in letter case are the same
        // id to a reader (and the same anchor in a handout). Stage ids are left to the check that
        // each is one of the seven.
        var differInCase: Set<SourceLocation> = []
        for dup in index.duplicates {
            let word = kindWords[dup.kind] ?? "id"
            if dup.id == dup.firstID {
                problems.append(Diagnostic(dup.at, "the \(word) id \"\(dup.id)\" is used twice; it is already defined at \(dup.first)"))
            } else if dup.kind != .stage {
                // Reported at the one not in lowercase: the earlier when the later is a plain word.
                let earlierIsWrong = isPlainID(dup.id)
                let (id, at) = earlierIsWrong ? (dup.firstID, dup.first) : (dup.id, dup.at)
                let (other, otherAt) = earlierIsWrong ? (dup.id, dup.at) : (dup.firstID, dup.first)
                differInCase.insert(at)
                problems.append(Diagnostic(at, "the \(word) id \"\(id)\" differs only in letter case from \"\(other)\", defined at \(otherAt); give it an id of its own, in lowercase letters, digits and hyphens"))
            }
        }
        for kind in ContentIndex.Kind.allCases where kind != .stage {
            let word = kindWords[kind] ?? "id"
            for (id, at) in index.definitions[kind] ?? [:] where !isPlainID(id) && !differInCase.contains(at) {
                problems.append(Diagnostic(at, "the \(word) id \"\(id)\" is not a plain word; write ids with lowercase letters (a–z), digits and hyphens, starting with a letter or digit"))
            }
        }

        let incomplete = index.incompleteFiles
        /// Whether a file that could not be read in full may define ids of this kind.
        func mayBeUnread(_ kind: ContentIndex.Kind) -> Bool {
            incomplete.contains { file in
                switch kind {
                case .note: return file.hasSuffix("article.yaml") || TextTools.contains(file, "cases/")
                case .case: return TextTools.contains(file, "cases/")
                case .stage: return file.hasSuffix("stages.yaml")
                case .source: return file.hasSuffix("sources.yaml")
                case .term: return file.hasSuffix("glossary.yaml")
                }
            }
        }

        for use in index.uses where !index.isDefined(use.kind, use.id) && !mayBeUnread(use.kind) {
            let word = kindWords[use.kind] ?? "id"
            var message = "there is no \(word) \"\(use.id)\""
            switch use.kind {
            case .source: message += " in sources.yaml"
            case .stage: message += " in stages.yaml"
            default: break
            }
            if let guess = TextTools.closest(to: use.id, in: index.ids(use.kind)) {
                message += "; did you mean \"\(guess)\"?"
            }
            problems.append(Diagnostic(use.location, message))
        }

        // The seven stages, each defined once.
        let stagesFile = index.definitions[.stage]?.values.first.map { SourceLocation(file: $0.file, line: 1, column: 1) } ?? fallback
        for id in Stage.requiredIDs where !mayBeUnread(.stage) && !content.stages.contains(where: { $0.id == id }) {
            problems.append(Diagnostic(stagesFile, "stages.yaml has no stage \"\(id)\"; the explorer needs all seven stages"))
        }
        for stage in content.stages where !Stage.requiredIDs.contains(stage.id) {
            let at = index.definitions[.stage]?[stage.id] ?? stagesFile
            problems.append(Diagnostic(at, "\"\(stage.id)\" is not one of the seven stages (\(Stage.requiredIDs.joined(separator: ", ")))"))
        }

        // Every case has every stage, once, and distinct numbers.
        var numbers: [Int: String] = [:]
        for c in content.cases {
            let at = index.definitions[.case]?[c.id] ?? fallback
            let caseFile = SourceLocation(file: at.file, line: 1, column: 1)
            if let other = numbers[c.number] {
                problems.append(Diagnostic(at, "case \"\(c.id)\" has number \(c.number), which case \"\(other)\" already has"))
            }
            numbers[c.number] = c.id
            for id in Stage.requiredIDs where !incomplete.contains(caseFile.file) {
                let count = c.stages.filter { $0.stage == id }.count
                if count == 0 {
                    problems.append(Diagnostic(caseFile, "case \"\(c.id)\" has no \"\(id)\" stage; every case needs all seven stages"))
                } else if count > 1 {
                    problems.append(Diagnostic(caseFile, "case \"\(c.id)\" has the \"\(id)\" stage \(count) times; keep one"))
                }
            }
            for stage in c.stages where stage.parts.isEmpty {
                problems.append(Diagnostic(caseFile, "the \"\(stage.stage)\" stage of case \"\(c.id)\" is empty; write a summary, or say plainly that the article says little about it"))
            }
        }

        // Footnotes 1–38: each placed exactly once.
        var footnotes: [Int: String] = [:]
        for note in content.allNotes {
            guard let n = note.footnote else { continue }
            if let other = footnotes[n] {
                let at = index.definitions[.note]?[note.id] ?? fallback
                problems.append(Diagnostic(at, "article footnote \(n) is given twice, in notes \"\(other)\" and \"\(note.id)\""))
            }
            footnotes[n] = note.id
        }
        if !content.cases.isEmpty && !mayBeUnread(.note) {
            let missing = (1...footnoteCount).filter { footnotes[$0] == nil }
            if !missing.isEmpty {
                let list = missing.map(String.init).joined(separator: ", ")
                problems.append(Diagnostic(fallback, "article footnote\(missing.count == 1 ? "" : "s") \(list) \(missing.count == 1 ? "is" : "are") not placed in any note"))
            }
        }

        // Every note is referred to somewhere.
        let used = Set(index.uses.filter { $0.kind == .note }.map(\.id))
        for note in content.allNotes where incomplete.isEmpty && !used.contains(note.id) {
            let at = index.definitions[.note]?[note.id] ?? fallback
            problems.append(Diagnostic(at, "note \"\(note.id)\" is never referred to; put [^\(note.id)] in the text where it belongs"))
        }
        problems += provenanceProblems(content, index: index, folder: folder)
        return problems
    }

    /// Content that says how many paragraphs the article has traces every passage that restates
    /// it: each has a `from`, with one list or one per paragraph, of numbers in the article.
    static func provenanceProblems(_ content: Content, index: ContentIndex, folder: String) -> [Diagnostic] {
        guard let count = content.article.paragraphs else { return [] }
        var problems: [Diagnostic] = []
        for provenance in index.provenances {
            let at = provenance.location ?? SourceLocation(file: "article.yaml", line: 1, column: 1)
            for n in provenance.all where !(1...max(1, count)).contains(n) {
                problems.append(Diagnostic(at, "paragraph \(n) is not in the article: its text has \(count) paragraphs (article.yaml, \"paragraphs\")"))
            }
        }
        guard index.incompleteFiles.isEmpty else { return problems }
        for passage in content.passages(index: index, folder: folder) where passage.traced {
            guard let from = passage.from else {
                problems.append(Diagnostic(passage.location, "\(passage.what) has no \"from\": list the article paragraphs it restates, like from: [61] (the article's blank-line-separated blocks, from 1)"))
                continue
            }
            let paragraphs = passage.paragraphs.count
            if from.paragraphs.count != 1 && from.paragraphs.count != paragraphs {
                problems.append(Diagnostic(passage.location, "\"from\" gives \(from.paragraphs.count) lists, but \(passage.what) has \(paragraphs) paragraph\(paragraphs == 1 ? "" : "s"); give one list per paragraph, or one for all"))
            }
        }
        return problems
    }

    /// Whether an id is a plain word: lowercase letters (a–z), digits and hyphens, starting with a
    /// letter or digit (as every id in `Content/` is, such as "leyenda", "fn19" or "smith-1999").
    static func isPlainID(_ id: String) -> Bool {
        guard let first = id.utf8.first, first != UInt8(ascii: "-") else { return false }
        return id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }
}
