/// Everything a user can ask of the explorer, by key or mouse; the screens decide what each means.
public enum Action: Equatable, Sendable {
    case quit
    /// Ctrl-C: quit with exit code 130.
    case interrupt
    /// Return to the screen before this one, exactly as it was.
    case back
    case toggleHelp
    /// Open one of the explorer's views over the current screen (from anywhere, by one key).
    case open(View)
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
    /// A character typed into a screen that takes text (a search, a filter).
    case type(Character)
    /// Backspace in a screen that takes text: the last character typed goes.
    case erase
}

/// The views a key opens from anywhere.
public enum View: Equatable, Sendable {
    case argument
    case questions
    case figures
}

/// What a screen asks the explorer to do after an action.
public enum Navigation: Equatable, Sendable {
    /// Open a screen over this one; `back` returns here.
    case push(Screen)
    /// Leave this screen for the one beneath.
    case back
    /// Say something in the footer until the next key.
    case message(String)
}
