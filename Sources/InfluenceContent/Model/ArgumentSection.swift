/// The sections of the article's argument, in reading order: the one list the explorer, print and
/// note labels all follow.
public enum ArgumentSection: String, CaseIterable, Sendable {
    case paradox, rivals, influence, cycle, stages, conclusion

    /// A word for the section stepper.
    public var shortTitle: String {
        switch self {
        case .paradox: return "Paradox"
        case .rivals: return "Rivals"
        case .influence: return "Influence"
        case .cycle: return "Cycle"
        case .stages: return "Stages"
        case .conclusion: return "Conclusion"
        }
    }

    /// The section's heading.
    public func title(in article: Article) -> String {
        switch self {
        case .paradox: return article.paradox.title
        case .rivals: return "Why the usual explanations fail"
        case .influence: return article.influence.title
        case .cycle: return article.cycle.title
        case .stages: return "The seven stages"
        case .conclusion: return article.conclusion.title
        }
    }

    /// The section's texts that may carry note markers, and its quotations, in reading order.
    public func parts(in content: Content) -> (texts: [String], quotations: [Quotation]) {
        let article = content.article
        switch self {
        case .paradox: return ([article.paradox.text], article.paradox.quotations)
        case .rivals: return ([article.rivalsSummary] + article.rivals.flatMap { [$0.claim, $0.failure] }, [])
        case .influence: return ([article.influence.text], article.influence.quotations)
        case .cycle: return ([article.cycle.text], article.cycle.quotations)
        case .stages: return (content.stages.map(\.description), [])
        case .conclusion: return ([article.conclusion.text], article.conclusion.quotations)
        }
    }

    /// The section with this number (1-based) or name, as `print` and the explorer's digits take it.
    public init?(_ key: String) {
        if let n = Int(key) {
            guard (1...ArgumentSection.allCases.count).contains(n) else { return nil }
            self = ArgumentSection.allCases[n - 1]
        } else {
            guard let found = ArgumentSection(rawValue: key.lowercased()) else { return nil }
            self = found
        }
    }
}
