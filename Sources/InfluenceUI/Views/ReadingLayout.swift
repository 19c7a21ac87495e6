/// Where each part of a reading screen goes at a given size: side by side when wide, stacked when narrow.
public struct ReadingLayout: Equatable, Sendable {
    /// The smallest window the explorer draws in; below it a message asks for more room.
    public static let minimum = Size(width: 60, height: 16)
    /// From this width on, the side pane sits beside the text instead of below it.
    public static let sideBySideWidth = 100

    public var breadcrumb: Rect
    public var stepper: Rect
    public var mainTitle: Rect
    public var main: Rect
    public var sideTitle: Rect
    public var side: Rect
    /// The column of the vertical rule between the panes, when side by side.
    public var divider: Rect?
    public var status: Rect
    public var stacked: Bool

    public init(size: Size) {
        let w = size.width, h = size.height
        breadcrumb = Rect(x: 0, y: 0, width: w, height: 1)
        stepper = Rect(x: 0, y: 1, width: w, height: 1)
        status = Rect(x: 0, y: max(0, h - 1), width: w, height: 1)
        stacked = w < ReadingLayout.sideBySideWidth
        if stacked {
            let available = max(0, h - 5)
            let mainHeight = (available * 3 + 4) / 5
            mainTitle = Rect(x: 0, y: 2, width: w, height: 1)
            main = Rect(x: 1, y: 3, width: w - 2, height: mainHeight)
            sideTitle = Rect(x: 0, y: 3 + mainHeight, width: w, height: 1)
            side = Rect(x: 0, y: 4 + mainHeight, width: w - 1, height: available - mainHeight)
            divider = nil
        } else {
            let mainWidth = (w - 1) * 3 / 5
            let paneHeight = max(0, h - 4)
            mainTitle = Rect(x: 0, y: 2, width: mainWidth, height: 1)
            main = Rect(x: 1, y: 3, width: mainWidth - 2, height: paneHeight)
            divider = Rect(x: mainWidth, y: 2, width: 1, height: paneHeight + 1)
            sideTitle = Rect(x: mainWidth + 1, y: 2, width: w - mainWidth - 1, height: 1)
            side = Rect(x: mainWidth + 1, y: 3, width: w - mainWidth - 2, height: paneHeight)
        }
    }

    /// Columns of the side pane kept for the selection gutter.
    public static let gutter = 2

    /// The width side-pane text wraps to.
    public var sideTextWidth: Int { max(1, side.width - ReadingLayout.gutter) }

    /// Whether a window of this size is big enough to draw the explorer.
    public static func fits(_ size: Size) -> Bool {
        size.width >= minimum.width && size.height >= minimum.height
    }
}
