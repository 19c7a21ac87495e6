/// The whole state of the explorer: one value, changed only by `apply(_:)`.
public struct ExplorerState: Equatable, Sendable {
    /// The screen underneath any overlay.
    public enum Screen: Hashable, Sendable {
        case home
        /// The article's framework, at one of its sections.
        case framework
        /// A case (index into content.cases) at one of its stages.
        case reading(caseIndex: Int)
    }

    /// Which pane of a reading screen takes the scroll keys.
    public enum Pane: Equatable, Sendable {
        case main, side
    }

    /// A box drawn over the screen.
    public enum Overlay: Equatable, Sendable {
        case help
        /// A note in full, by id.
        case note(String)
        /// A quotation in full: index among the page's side items.
        case quotation(Int)
    }

    public var size: Size
    public var screen: Screen = .home
    /// The selected row on the home screen: 0 is the framework, 1…n the cases.
    public var homeSelection = 0
    /// The current stage (or framework section), 0-based.
    public var step = 0
    public var focus: Pane = .main
    public var mainScroll = 0
    public var sideScroll = 0
    /// The selected item in the side pane.
    public var sideSelection = 0
    /// The selected note marker in the main pane, as an index into the page's markers.
    public var markerSelection: Int?
    public var overlay: Overlay?
    public var overlayScroll = 0
    /// Set when the explorer should stop, with the process exit code.
    public var exitCode: Int32?

    public init(size: Size) {
        self.size = size
    }
}
