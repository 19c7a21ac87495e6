import CNCurses
import InfluenceUI

extension CursesTerminal {
    /// The key a curses key code (wget_wch returned KEY_CODE_YES) stands for; nil for keys the explorer does not use.
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case influence_KEY_UP: return .up
        case influence_KEY_DOWN: return .down
        case influence_KEY_LEFT: return .left
        case influence_KEY_RIGHT: return .right
        case influence_KEY_PPAGE, influence_KEY_A3: return .pageUp
        case influence_KEY_NPAGE, influence_KEY_C3: return .pageDown
        case influence_KEY_HOME, influence_KEY_A1: return .home
        case influence_KEY_END, influence_KEY_C1: return .end
        case influence_KEY_BTAB: return .backTab
        case influence_KEY_BACKSPACE: return .backspace
        case influence_KEY_ENTER: return .enter
        default: return nil  // KEY_DC, function keys, mouse: no meaning here
        }
    }

    /// The key a character (wget_wch returned OK) stands for; nil for other control characters.
    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter  // nonl: Enter arrives as 13
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 3: return .ctrlC  // only when ISIG is off; normally Ctrl-C is SIGINT
        case 0..<0x20, 0x7F..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }
}
