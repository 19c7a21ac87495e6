/// A vote to put to the class beside a case's discussion questions: a prompt and two to six
/// options, and, where the article takes a side, which option it supports and why.
public struct Poll: Codable, Equatable, Sendable {
    public var id: String
    public var prompt: String
    public var options: [String]
    /// The option the article supports, counted from 1; nil where the article does not say.
    public var supported: Int?
    /// Why the article supports it, in one line of our own words (traced by `from`).
    public var why: String?
    /// The article paragraphs `why` restates.
    public var from: Provenance?

    /// The range of options a poll may have.
    public static let optionCounts = 2...6

    enum CodingKeys: String, ContentKey {
        case id, prompt, options, supported, why, from
        static let noun = "a poll"
        var itemNoun: String? { self == .options ? "an option of a poll" : nil }
    }

    /// The letter an option is shown with: a, b, c…
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(min(25, max(0, index)))))
    }

    /// The supported option's text.
    public var supportedOption: String? {
        supported.flatMap { options.indices.contains($0 - 1) ? options[$0 - 1] : nil }
    }
}

extension Poll: ContentChecked {
    /// Two to six options, each said once; `supported` names one of them, and `why` goes with it.
    func check(_ record: RecordCheck) {
        if !Self.optionCounts.contains(options.count) {
            record.error(at: CodingKeys.options, "a poll needs \(Self.optionCounts.lowerBound) to \(Self.optionCounts.upperBound) options, not \(options.count)")
        }
        var seen: Set<String> = []
        for option in options where !seen.insert(option.lowercased()).inserted {
            record.error(at: CodingKeys.options, "the option \"\(option)\" is given twice in this poll")
        }
        if let n = supported, !options.indices.contains(n - 1) {
            record.error(at: CodingKeys.supported, "\"supported\" is \(n), but this poll has \(options.count) options; give the number of the option the article supports (1–\(options.count))")
        }
        if why != nil && supported == nil {
            record.error(at: CodingKeys.why, "\"why\" says why the article supports an option: give that option's number in \"supported\"")
        }
        if supported != nil && why == nil {
            record.error(at: CodingKeys.supported, "a poll that names the option the article supports says why in \"why\", from the article")
        }
    }
}
