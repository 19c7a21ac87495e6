/// Where each part of a reading screen goes in its area: side by side when wide, stacked when narrow.
public struct ReadingLayout: Equatable, Sendable {
    /// From this width on, the side pane sits beside the text instead of below it.
    public static let sideBySideWidth = 100
    /// Columns of the side pane kept for the selection gutter.
    public static let gutter = 2

    public var breadcrumb: Rect
    public var stepper: Rect
    public var mainTitle: Rect
    public var main: Rect
    public var sideTitle: Rect
    public var side: Rect
    /// The column of the vertical rule between the panes, when side by side.
    public var divider: Rect?
    public var stacked: Bool

    public init(area: Rect) {
        let (breadcrumb, belowCrumb) = area.splitTop(1)
        let (stepper, panes) = belowCrumb.splitTop(1)
        self.breadcrumb = breadcrumb
        self.stepper = stepper
        stacked = area.width < ReadingLayout.sideBySideWidth
        if stacked {
            let available = max(0, panes.height - 2)
            let mainHeight = (available * 3 + 4) / 5
            let (mainTitle, afterTitle) = panes.splitTop(1)
            let (mainRows, sideBlock) = afterTitle.splitTop(mainHeight)
            let (sideTitle, sideRows) = sideBlock.splitTop(1)
            self.mainTitle = mainTitle
            main = mainRows.inset(dx: 1)
            self.sideTitle = sideTitle
            side = sideRows.splitLeft(sideRows.width - 1).left
            divider = nil
        } else {
            let mainWidth = (area.width - 1) * 3 / 5
            let (left, rightWithRule) = panes.splitLeft(mainWidth)
            let (rule, right) = rightWithRule.splitLeft(1)
            let (mainTitle, mainRows) = left.splitTop(1)
            let (sideTitle, sideRows) = right.splitTop(1)
            self.mainTitle = mainTitle
            main = mainRows.inset(dx: 1)
            divider = rule
            self.sideTitle = sideTitle
            side = sideRows.splitLeft(sideRows.width - 1).left
        }
    }

    /// The width side-pane text wraps to.
    public var sideTextWidth: Int { max(1, side.width - ReadingLayout.gutter) }

    /// Where the side pane's text goes, right of the selection gutter.
    public var sideText: Rect { side.splitLeft(ReadingLayout.gutter).rest }
}
