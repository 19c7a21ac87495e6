/// What a cell means; only a terminal backend decides how that looks (colour, bold, reverse).
public enum StyleRole: UInt8, CaseIterable, Sendable {
    case normal
    case dim
    case title
    case heading
    case accent
    case selection
    case marker
    case quote
    case attribution
    case condition
    case currentStage
    case figure
    case border
    case focusBorder
    case breadcrumb
    case status
    case statusKey
    case error
    /// Words that match the search.
    case match
    /// The match the search is at (n and N move it).
    case currentMatch
    /// Text from outside the article, under its label ("Background, not from the article").
    case background
    /// The marks of the cases on the timeline, one role each; a sixth case takes the first again.
    case caseMark1, caseMark2, caseMark3, caseMark4, caseMark5

    /// The case mark for the case at this position (0-based) in the content, used cyclically.
    public static func caseMark(_ index: Int) -> StyleRole {
        let marks: [StyleRole] = [.caseMark1, .caseMark2, .caseMark3, .caseMark4, .caseMark5]
        return marks[((index % marks.count) + marks.count) % marks.count]
    }
}
