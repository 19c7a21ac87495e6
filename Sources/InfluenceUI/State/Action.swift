/// Everything a user can ask of the explorer; `ExplorerState.apply` is the only place they take effect.
public enum Action: Equatable, Sendable {
    case quit
    /// Ctrl-C: quit with exit code 130.
    case interrupt
    case openCase(Int)
    case openFramework
    case back
    case nextStage, previousStage
    case nextCase, previousCase
    case up, down, pageUp, pageDown, top, bottom
    case focusNext, focusPrevious
    case activate
    case nextMarker, previousMarker
    case toggleHelp
    case resize(Size)
}
