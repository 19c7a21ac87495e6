/// Everything a user can ask of the explorer, by key or mouse; the screens decide what each means.
public enum Action: Equatable, Sendable {
    case quit
    /// Ctrl-C: quit with exit code 130.
    case interrupt
    /// Return to the screen before this one, exactly as it was.
    case back
    /// Leave this screen the way its own key does again (presenter mode: for the same case and
    /// stage read as usual).
    case leave
    /// Open a kind of screen over the current one (from anywhere, by one key): the help, the grid…
    case open(ScreenKind)
    /// A number typed or clicked: whatever that number stands for on this screen (a case on the
    /// home screen, a stage in a case, a section of the argument).
    case number(Int)
    case nextStage, previousStage
    case nextCase, previousCase
    case up, down, pageUp, pageDown, top, bottom
    /// The mouse wheel over a pane: lines to scroll, negative for up.
    case scroll(Pane, Int)
    /// A click on an entry of a list or a chart (its index on the screen): choose it; a click on the
    /// entry already chosen opens it.
    case select(Int)
    case focusNext, focusPrevious
    case activate
    case nextMarker, previousMarker
    /// Presenter mode: show the next unit of the stage (or the next stage); hide the last one shown
    /// (or go back a stage).
    case revealNext, revealPrevious
    /// The grid in presenter mode: reveal it by stages instead of cases, or back, from the start.
    case toggleReveal
    /// Presenter mode: the speaker's view on, or off (the presenter's own terminal).
    case toggleSpeaker
    /// Presenter mode: pause or resume the elapsed time; set it back to zero.
    case toggleTimer, resetTimer
    /// Presenter mode: five minutes more, or less, to count the lesson down from.
    case moreTime, lessTime
    /// A follower goes back to following the presenter, at the presenter's place.
    case rejoin
    /// m and ': the next key, a letter, names the mark to set here or to go to (as in less and vim).
    case beginMark, beginJump
    /// The next (or previous) hit of the search, shown in its place.
    case nextHit, previousHit
    /// One stage across the cases: open the case on screen at this stage.
    case openCase
    /// A click on an item of a grid or list: choose it and open it.
    case choose(Int)
    /// A character typed into a screen that takes text (a search, a filter).
    case type(Character)
    /// Backspace in a screen that takes text: the last character typed goes.
    case erase
    /// Esc in a screen that takes text: what was typed goes; with nothing typed, back.
    case cancel
}

extension Action {
    /// Whether the action moves a follower away from the presenter's place (quitting, opening a
    /// box such as help, and rejoining do not).
    var detachesFollower: Bool {
        switch self {
        case .quit, .interrupt, .rejoin: return false
        case .open(let kind): return !kind.isBox
        default: return true
        }
    }
}

/// What a screen asks the explorer to do after an action.
public enum Navigation: Equatable, Sendable {
    /// Open a screen over this one; `back` returns here.
    case push(Screen)
    /// Open these screens over this one, one over the other (a search, and its first hit's place).
    case pushAll([Screen])
    /// Open the screen a position names over this one (a case at a stage, an event of the
    /// timeline): how one screen opens another without building it.
    case go(Position)
    /// Leave this screen for the one beneath.
    case back
    /// Say something in the footer until the next key.
    case message(String)
}
