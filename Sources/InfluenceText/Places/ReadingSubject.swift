import InfluenceContent

/// What a reading screen shows: one case, the article's argument, or one stage across all the cases.
public enum ReadingSubject: Hashable, Sendable {
    case argument
    case `case`(CaseID)
    /// One stage of every case, one case after another; the step is the stage.
    case across
}
