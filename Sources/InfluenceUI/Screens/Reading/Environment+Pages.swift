import InfluenceContent
import InfluenceText

/// The note labels worked out so far, by subject (and stage, across the cases).
final class NoteLabelCache {
    struct Key: Hashable {
        var subject: ReadingSubject
        var stage: Int
    }

    var labels: [Key: NoteLabels] = [:]
}

extension Environment {
    /// The note labels of a case, of the argument, or of one stage across the cases (at `step`), worked out once.
    public func labels(for subject: ReadingSubject, step: Int = 0) -> NoteLabels {
        let cache = cache { NoteLabelCache() }
        let key = NoteLabelCache.Key(subject: subject, stage: subject == .across ? step : 0)
        if let known = cache.labels[key] { return known }
        let made: NoteLabels
        switch subject {
        case .argument:
            made = NoteLabels(argumentOf: content)
        case .case(let id):
            made = content.case(id).map { NoteLabels(case: $0, in: content) } ?? NoteLabels(argumentOf: content)
        case .across:
            let stage = content.stages.indices.contains(step) ? content.stages[step].id : ""
            made = NoteLabels(stage: stage, acrossCasesOf: content)
        }
        cache.labels[key] = made
        return made
    }

    /// The page for a case at a stage (or a section of the argument) laid out in `area`; nil for a
    /// case the content does not have.
    public func page(_ subject: ReadingSubject, step: Int, area: Rect) -> Page? {
        cache { PageCache() }.page(subject, step: step, size: area.size) {
            PageBuilder(env: self, layout: ReadingLayout(area: Rect(area.size)))
                .page(for: subject, step: step, labels: labels(for: subject, step: step))
        }
    }
}
