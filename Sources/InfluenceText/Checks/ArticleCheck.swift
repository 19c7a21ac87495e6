import InfluenceContent

/// Reads the content against the article's own text: every traced passage's numbers, names and
/// credited sources stand in the paragraphs it names (or its background), and no passage of ours
/// repeats a long run of the article's words.
///
/// The article's paragraphs are the blank-line-separated blocks of its text, numbered from 1, as
/// `from` counts them. Quotations and official names (glossary terms and their expansions, actors)
/// are the article's words by right and are not counted as runs.
public struct ArticleCheck: Sendable {
    /// The longest run of the article's words a passage may share: a run this long is an error.
    public static let longestRun = 12
    /// Runs of at least this many shared words are counted, and at most `allowedShortRuns` may stand.
    public static let shortRun = 8
    public static let allowedShortRuns = 20

    /// A run of words a passage shares with the article.
    public struct Run: Sendable, CustomStringConvertible {
        public var passage: String
        public var location: SourceLocation
        public var words: [String]
        public var description: String { "\(location): \(words.count) words in \(passage): \"\(words.joined(separator: " "))\"" }
    }

    /// What the reading found.
    public struct Report: Sendable {
        /// Claims not found where the passage says they come from, and runs of `longestRun` or more words.
        public var problems: [Diagnostic] = []
        /// Every run of `shortRun` words or more, longest first.
        public var runs: [Run] = []
        /// Runs of `shortRun` to `longestRun - 1` words.
        public var shortRuns: [Run] { runs.filter { $0.words.count < ArticleCheck.longestRun } }
    }

    /// The article's paragraphs.
    public let paragraphs: [String]
    private let words: [[String]]
    private let wordSets: [Set<String>]
    private let numberSets: [Set<String>]
    /// Every word the article writes capitalised inside a sentence and never in lowercase: a name,
    /// even where ours starts a sentence with it.
    private let capitalisedWords: Set<String>
    /// Article positions of every run of `seed` words, for finding shared runs.
    private let seeds: [String: [(paragraph: Int, word: Int)]]
    private static let seed = 5

    public init(article: String) {
        var blocks: [String] = [], current: [Substring] = []
        for line in article.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        paragraphs = blocks
        words = blocks.map { Self.words(in: $0) }
        wordSets = words.map(Self.withPossessives)
        numberSets = blocks.map { Set(Self.numbers(in: $0)) }
        // A word also written in lowercase is an ordinary word ("Footnote 10 The…" does not make
        // "The" a name).
        var capitalised = Set<String>(), lowercase = Set<String>()
        for block in blocks {
            for (word, atStart) in Self.wordsWithStarts(in: block) {
                if word.first?.isLowercase == true { lowercase.insert(TextFolding.foldedString(word)) }
                if !atStart && word.first?.isUppercase == true { capitalised.insert(TextFolding.foldedString(word)) }
            }
        }
        capitalisedWords = capitalised.subtracting(lowercase)
        var seeds: [String: [(paragraph: Int, word: Int)]] = [:]
        for (p, list) in words.enumerated() where list.count >= Self.seed {
            for i in 0...(list.count - Self.seed) {
                seeds[list[i..<(i + Self.seed)].joined(separator: " "), default: []].append((p, i))
            }
        }
        self.seeds = seeds
    }

    /// Reads every passage of `content`.
    public func check(_ content: Content, index: ContentIndex, folder: String = "") -> Report {
        var report = Report()
        if let count = content.article.paragraphs, count != paragraphs.count {
            let at = SourceLocation(file: folder.isEmpty ? "article.yaml" : folder + "/article.yaml", line: 1, column: 1)
            report.problems.append(Diagnostic(at, "article.yaml says the article has \(count) paragraphs, but its text has \(paragraphs.count)"))
        }
        let names = Self.officialNames(content), caseNames = Self.caseNames(content)
        for passage in content.passages(index: index, folder: folder) {
            if passage.traced, let from = passage.from {
                report.problems += claims(of: passage, from: from, content: content, caseNames: caseNames)
            }
            report.runs += runs(in: passage, names: names)
        }
        report.runs.sort { ($0.words.count, $1.location.description) > ($1.words.count, $0.location.description) }
        for run in report.runs where run.words.count >= Self.longestRun {
            report.problems.append(Diagnostic(run.location, "\(run.passage) repeats \(run.words.count) words of the article: \"\(run.words.joined(separator: " "))\"; say it in our own words, or quote it"))
        }
        return report
    }

    // MARK: Claims

    /// The numbers, names and credited sources of each paragraph of a passage that the article
    /// paragraphs it names do not hold.
    func claims(of passage: Passage, from: Provenance, content: Content, caseNames: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let background = passage.background.joined(separator: "\n")
        let backgroundWords = Self.withPossessives(Self.words(in: background))
        let backgroundNumbers = Set(Self.numbers(in: background))
        for (i, paragraph) in passage.paragraphs.enumerated() {
            let sources = from.paragraphs(for: i).filter { paragraphs.indices.contains($0 - 1) }
            guard !sources.isEmpty else { continue }
            let list = sources.map(String.init).joined(separator: ", ")
            var known = sources.reduce(into: backgroundWords) { $0.formUnion(wordSets[$1 - 1]) }
            let text = sources.map { paragraphs[$0 - 1] }.joined(separator: "\n")
            let foldedText = TextFolding.foldedString(text)
            // A glossary term the article writes out in full ("MLAT" where it says "Mutual Legal
            // Assistance Treaty") names what the paragraph names.
            for term in content.glossary {
                guard let expansion = term.expansion, TextTools.contains(foldedText, TextFolding.foldedString(expansion)) else { continue }
                known.formUnion(Self.words(in: term.term))
            }
            let knownNumbers = sources.reduce(into: backgroundNumbers) { $0.formUnion(numberSets[$1 - 1]) }
            let which = passage.paragraphs.count > 1 ? "paragraph \(i + 1) of \(passage.what)" : passage.what
            let plain = Self.withoutMarkers(paragraph)
            let missingNumbers = Self.numbers(in: plain).filter { !knownNumbers.contains($0) }
            if !missingNumbers.isEmpty {
                problems.append(Diagnostic(passage.location, "\(which) gives \(Self.list(missingNumbers)), not in article paragraph\(sources.count == 1 ? "" : "s") \(list)"))
            }
            let missingNames = names(in: plain, caseNames: caseNames).filter { !known.contains($0.folded) }.map(\.word)
            if !missingNames.isEmpty {
                problems.append(Diagnostic(passage.location, "\(which) names \(Self.list(missingNames)), not in article paragraph\(sources.count == 1 ? "" : "s") \(list)"))
            }
            // What it credits: its own sources (a note's, a figure's) on its first paragraph, and
            // the sources and footnotes of the notes it marks.
            var cites = i == 0 ? passage.cites : []
            var footnotes = i == 0 ? passage.footnotes : []
            for id in MarkedText.markers(in: paragraph) {
                guard let note = content.note(id: id) else { continue }
                cites += note.cites
                if let n = note.footnote { footnotes.append(n) }
            }
            for n in footnotes where !Self.hasFootnote(n, in: text) {
                problems.append(Diagnostic(passage.location, "\(which) credits footnote \(n), which is not in article paragraph\(sources.count == 1 ? "" : "s") \(list)"))
            }
            for cite in cites {
                guard let source = content.source(id: cite.source) else { continue }
                let surname = TextFolding.foldedString(String(source.author.split(separator: " ").first ?? ""))
                if !TextTools.contains(foldedText, surname) || !TextTools.contains(foldedText, TextFolding.foldedString(source.year)) {
                    problems.append(Diagnostic(passage.location, "\(which) credits \(source.author) \(source.year), who is not cited in article paragraph\(sources.count == 1 ? "" : "s") \(list)"))
                }
            }
        }
        return problems
    }

    /// Whether `text` holds the article's marker "Footnote N" for this N (not for N0, N1…).
    static func hasFootnote(_ n: Int, in text: String) -> Bool {
        let marker = Array("Footnote \(n)".utf8), bytes = Array(text.utf8)
        var from = 0
        while let at = TextTools.firstOffset(of: marker, in: bytes, from: from) {
            let after = at + marker.count
            if after == bytes.count || !(0x30...0x39).contains(bytes[after]) { return true }
            from = after
        }
        return false
    }

    /// Words our text uses as names, folded: capitalised inside a sentence; at a sentence's start,
    /// only an acronym or a word the article itself capitalises inside a sentence (else "Looking"
    /// would count). A few words name the two countries and the content's own parts.
    func names(in text: String, caseNames: Set<String> = []) -> [(word: String, folded: String)] {
        var out: [(word: String, folded: String)] = []
        for (word, atStart) in Self.wordsWithStarts(in: text) {
            guard let first = word.first, first.isUppercase else { continue }
            var name = word
            if name.hasSuffix("'s") { name.removeLast(2) }
            let folded = TextFolding.foldedString(name)
            guard !Self.ownWords.contains(folded), !caseNames.contains(folded), !folded.allSatisfy(\.isNumber) else { continue }
            let acronym = name.count > 1 && name.allSatisfy { $0.isUppercase || $0.isNumber }
            if atStart && !acronym && !capitalisedWords.contains(folded) { continue }
            if !out.contains(where: { $0.folded == folded }) { out.append((name, folded)) }
        }
        return out
    }

    /// The words as written, each with whether it starts a sentence (the text's start, or after
    /// . ! ? : or ;, past any opening quote or bracket).
    static func wordsWithStarts(in text: String) -> [(word: String, atStart: Bool)] {
        var out: [(word: String, atStart: Bool)] = []
        var word = "", sentenceStart = true
        func finish() {
            while word.last == "'" { word.removeLast() }
            if !word.isEmpty { out.append((word, sentenceStart)) }
            word = ""
            sentenceStart = false
        }
        for ch in text {
            if ch.isLetter || ch.isNumber || ((ch == "'" || ch == "’") && !word.isEmpty) {
                word.append(ch == "’" ? "'" : ch)
                continue
            }
            if !word.isEmpty { finish() }
            if ".!?:;".contains(ch) || ch == "\n" { sentenceStart = true }
        }
        if !word.isEmpty { finish() }
        return out
    }

    /// The words of the cases' names ("Operation Casablanca", "Leyenda"): the content's parts, named
    /// wherever a passage refers to another case.
    static func caseNames(_ content: Content) -> Set<String> {
        Set(content.cases.flatMap { words(in: $0.title + " " + $0.shortTitle) })
    }

    /// Capitalised words that are the content's own (its parts, the two countries), never a claim.
    static let ownWords: Set<String> = ["us", "u", "s", "mexico", "mexican", "mexicans", "united", "states", "america", "american",
                                        "americans", "washington", "case", "cases", "round", "rounds", "stage", "stages", "background",
                                        "footnote", "footnotes", "note", "notes", "see", "article", "i"]

    // MARK: Runs

    /// Runs of `shortRun` or more words the passage shares with the article, outside text in
    /// quotation marks and official names.
    func runs(in passage: Passage, names: [[String]]) -> [Run] {
        var found: [Run] = []
        for piece in Self.unquoted(Self.withoutMarkers(passage.text)) {
            let tokens = Self.words(in: piece)
            // Figures break a run too: a list of figures may stand as the article gives it.
            var kept = Array<String?>(tokens.map { $0.first?.isNumber == true ? nil : Optional($0) })
            // Official names are the article's words by right: they break a run.
            for name in names where name.count >= 2 && name.count <= tokens.count {
                var i = 0
                while i + name.count <= tokens.count {
                    if Array(tokens[i..<(i + name.count)]) == name {
                        for j in i..<(i + name.count) { kept[j] = nil }
                        i += name.count
                    } else {
                        i += 1
                    }
                }
            }
            var covered = 0
            var i = 0
            while i + Self.shortRun <= kept.count {
                let length = longestMatch(kept, at: i)
                if length >= Self.shortRun, i + length > covered {
                    found.append(Run(passage: passage.what, location: passage.location,
                                     words: kept[i..<(i + length)].compactMap { $0 }))
                    covered = i + length
                    i += length
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    /// The most words from `start` that stand, in order, somewhere in the article.
    private func longestMatch(_ tokens: [String?], at start: Int) -> Int {
        guard start + Self.seed <= tokens.count else { return 0 }
        var key: [String] = []
        for t in tokens[start..<(start + Self.seed)] {
            guard let t else { return 0 }
            key.append(t)
        }
        guard let hits = seeds[key.joined(separator: " ")] else { return 0 }
        var best = 0
        for hit in hits {
            let list = words[hit.paragraph]
            var n = 0
            while start + n < tokens.count, hit.word + n < list.count, let t = tokens[start + n], t == list[hit.word + n] { n += 1 }
            best = max(best, n)
        }
        return best
    }

    /// The names that may stand as the article gives them, each as its words: glossary terms and
    /// expansions, actors, case titles and `official_names`, where written as names; longest first.
    static func officialNames(_ content: Content) -> [[String]] {
        var names = content.glossary.flatMap { [$0.term] + TextFolding.names(in: $0.term) }
        for c in content.cases {
            names += c.actors.map(\.name) + [c.title]
        }
        // A name is official when it is written as one: its words capitalised, bar short joining
        // words ("Agreement on Cooperation in…"); "Mexican bankers" or "money laundering" is prose.
        let official = names.filter { name in
            rawWords(in: name).allSatisfy { $0.count <= 3 || $0.first?.isUppercase == true || $0.first?.isNumber == true }
        }
        // What an acronym stands for, and the article's own list, stand as written.
        let expansions = content.glossary.compactMap(\.expansion)
        return Set((official + expansions + content.article.officialNames).map { words(in: $0) }.filter { $0.count >= 2 }).sorted { $0.count > $1.count }
    }

    // MARK: Words and numbers

    /// Folded words: letters and digits, an apostrophe inside a word kept ("mexico's"); "U.S" and
    /// "U.S." read as "us", as the article writes it both ways.
    static func words(in text: String) -> [String] {
        var out: [String] = []
        for word in rawWords(in: text).map({ TextFolding.foldedString($0) }) {
            if word == "s", out.last == "u" { out[out.count - 1] = "us" } else { out.append(word) }
        }
        return out
    }

    /// The words as written.
    static func rawWords(in text: String) -> [String] {
        wordsWithStarts(in: text).map(\.word)
    }

    /// A set of words that also holds each possessive's word ("general's" names "general").
    static func withPossessives(_ words: [String]) -> Set<String> {
        Set(words + words.filter { $0.hasSuffix("'s") }.map { String($0.dropLast(2)) })
    }

    /// The numbers a text gives: digits ("1,500" and "1500" alike, "15.1", the "1980" of "1980s"),
    /// and number words from three up ("eight days" gives 8). A digit after "round", "stage", "case"
    /// or "footnote" names a part of the content, not a claim.
    static func numbers(in text: String) -> [String] {
        var out: [String] = [], previous = "", word = "", number = ""
        let chars = Array(text)
        func flushWord() {
            if !word.isEmpty {
                let lower = word.lowercased()
                if let n = numberWords[lower] { out.append(n) }
                previous = lower
            }
            word = ""
        }
        for (i, ch) in chars.enumerated() {
            let nextIsDigit = i + 1 < chars.count && chars[i + 1].isNumber
            if ch.isNumber && word.isEmpty {
                number.append(ch)
            } else if !number.isEmpty && (ch == "," || ch == ".") && nextIsDigit {
                if ch == "." { number.append(ch) }
            } else {
                if !number.isEmpty {
                    if !Self.partWords.contains(previous) { out.append(number) }
                    previous = number
                    number = ""
                    if ch.isLetter { continue }
                }
                if ch.isLetter { word.append(ch) } else { flushWord() }
            }
        }
        if !number.isEmpty, !Self.partWords.contains(previous) { out.append(number) }
        flushWord()
        return out
    }

    /// Words before a number that make it the name of a part of the content.
    static let partWords: Set<String> = ["round", "stage", "stages", "case", "cases", "footnote", "footnotes", "paragraph"]

    static let numberWords: [String: String] = [
        "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
        "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
        "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
        "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100",
    ]

    /// Text without its note markers.
    static func withoutMarkers(_ text: String) -> String {
        var out = ""
        for segment in MarkedText(text).segments {
            if case .text(let t) = segment { out += t } else { out += " " }
        }
        return out
    }

    /// The pieces of text outside quotation marks ("…", “…”, and ‘…’ or '…' that open after a space).
    static func unquoted(_ text: String) -> [String] {
        var pieces: [String] = [], current = ""
        var closing: Character?
        var previous: Character = " "
        for ch in text {
            if let close = closing {
                if ch == close || (close == "'" && ch == "’") {
                    closing = nil
                }
            } else if ch == "\"" || ch == "“" {
                pieces.append(current); current = ""; closing = ch == "“" ? "”" : "\""
            } else if (ch == "'" || ch == "‘") && (previous == " " || previous == "(" || previous == "\n") {
                pieces.append(current); current = ""; closing = ch == "‘" ? "’" : "'"
            } else {
                current.append(ch)
            }
            previous = ch
        }
        pieces.append(current)
        return pieces.filter { !$0.isEmpty }
    }

    static func list(_ items: [String]) -> String {
        items.count == 1 ? items[0] : items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}
