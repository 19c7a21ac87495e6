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
}
