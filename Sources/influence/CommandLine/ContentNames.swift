import BuiltinContent
import InfluenceContent

/// The cases and stages of the content at hand, as help, the man page and completion name them;
/// none when the content could not be read (help then speaks of "a case number or id").
struct ContentNames: Equatable, Sendable {
    /// A case as help names it.
    struct CaseName: Equatable, Sendable {
        var number: Int
        var id: String
    }

    /// A stage as help names it.
    struct StageName: Equatable, Sendable {
        var number: Int
        var id: String
        var shortTitle: String

        /// The word that picks it in an example: its name from the stage bar ("resources"), or its
        /// id when that name is more than one plain word ("us-move").
        var word: String {
            let name = shortTitle.lowercased()
            return !name.isEmpty && name.allSatisfy({ $0.isLetter && $0.isASCII }) ? name : id
        }
    }

    /// The article as the man page names it.
    struct ArticleName: Equatable, Sendable {
        var title: String
        var publication: String
    }

    var cases: [CaseName]
    var stages: [StageName]
    /// The article's title and where it was published, when known.
    var article: ArticleName?

    /// No content: help phrased without names.
    static let unknown = ContentNames(cases: [], stages: [], article: nil)

    init(cases: [CaseName], stages: [StageName], article: ArticleName? = nil) {
        self.cases = cases
        self.stages = stages
        self.article = article
    }

    init(_ content: Content) {
        cases = content.cases.map { CaseName(number: $0.number, id: $0.id) }
        stages = content.stages.map { StageName(number: $0.number, id: $0.id, shortTitle: $0.shortTitle) }
        article = ArticleName(title: content.article.title, publication: content.article.publication)
    }

    /// The built-in content's names; none if it cannot be read.
    static func builtin() -> ContentNames {
        guard case .success(let content) = BuiltinContent.load() else { return .unknown }
        return ContentNames(content)
    }

    /// For a command's help: the names of the content in `folder` when it is given and loads
    /// cleanly, else the built-in content's. Nothing is printed about a folder that does not load.
    static func forHelp(folder: String?) -> ContentNames {
        if let folder, System.isDirectory(folder),
           case .success(let content) = ContentLoader.loadValidated(directory: folder, displayPath: folder) {
            return ContentNames(content)
        }
        return builtin()
    }

    // MARK: Phrases

    /// "A case number (1–5) or id (intercept, condor, leyenda, casablanca, merida)", or
    /// "A case number or id" when no case is known.
    var aCase: String {
        guard !cases.isEmpty else { return "A case number or id" }
        return "A case number (\(Self.span(cases.map(\.number)))) or id (\(Self.list(cases.map(\.id))))"
    }

    /// "its number (1–7)", or "its number" when no stage is known.
    var stageNumber: String {
        stages.isEmpty ? "its number" : "its number (\(Self.span(stages.map(\.number))))"
    }

    /// "its number (1–7), id (mexico-response) or name as the stage bar shows it (response)": a stage
    /// whose name differs from its id shows both; without stages, the same words with no examples.
    var stageWithExamples: String {
        guard let sample = stages.first(where: { $0.word != $0.id }) ?? stages.last else {
            return "\(stageNumber), id or name as the stage bar shows it"
        }
        return "\(stageNumber), id (\(sample.id)) or name as the stage bar shows it (\(sample.word))"
    }

    /// "five cases" and "seven stages" in prose; nil when unknown.
    var caseCount: String? { cases.isEmpty ? nil : Self.count(cases.count, "case") }
    var stageCount: String? { stages.isEmpty ? nil : Self.count(stages.count, "stage") }

    /// The case at `index`, or the last when there are fewer (for examples); nil with no cases.
    func `case`(at index: Int) -> CaseName? { cases.isEmpty ? nil : cases[min(index, cases.count - 1)] }

    /// The stage at `index`, or the last when there are fewer (for examples); nil with no stages.
    func stage(at index: Int) -> StageName? { stages.isEmpty ? nil : stages[min(index, stages.count - 1)] }

    /// "1–5" for numbers that run from 1 up, else the numbers listed.
    static func span(_ numbers: [Int]) -> String {
        guard numbers != Array(1...max(1, numbers.count)) else {
            return numbers.count == 1 ? "1" : "1\u{2013}\(numbers.count)"
        }
        return list(numbers.map(String.init))
    }

    /// Every word up to six; the first three and an ellipsis past that.
    static func list(_ words: [String]) -> String {
        words.count <= 6 ? words.joined(separator: ", ") : words.prefix(3).joined(separator: ", ") + ", \u{2026}"
    }

    /// "five cases", "one stage", "12 cases".
    static func count(_ n: Int, _ noun: String) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        let number = words.indices.contains(n) ? words[n] : String(n)
        return "\(number) \(noun)\(n == 1 ? "" : "s")"
    }
}
