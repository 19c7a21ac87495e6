/// A colour as red, green and blue, 0–255 each (sRGB).
struct RGB: Equatable, Sendable {
    var red, green, blue: UInt8
}

/// The colours the themes are chosen for: what the explorer assumes a curses colour number shows and
/// what each theme assumes behind and in front of its text (ThemeContrastTests measures the themes
/// against these).
///
/// 16–255 are the xterm-256 palette, which terminals rarely change: the 6×6×6 cube (levels 0, 95,
/// 135, 175, 215, 255) and 24 greys (8 + 10n). 0–15 are xterm's defaults, but these are the colours
/// that terminal themes redefine (and that many terminals brighten for bold text), so with 256
/// colours the themes use 16–255 only.
enum AssumedColours {
    /// xterm's default 16 colours: black, red, green, yellow, blue, magenta, cyan, white, then bright.
    static let xterm16: [RGB] = [
        RGB(red: 0x00, green: 0x00, blue: 0x00), RGB(red: 0xcd, green: 0x00, blue: 0x00),
        RGB(red: 0x00, green: 0xcd, blue: 0x00), RGB(red: 0xcd, green: 0xcd, blue: 0x00),
        RGB(red: 0x00, green: 0x00, blue: 0xee), RGB(red: 0xcd, green: 0x00, blue: 0xcd),
        RGB(red: 0x00, green: 0xcd, blue: 0xcd), RGB(red: 0xe5, green: 0xe5, blue: 0xe5),
        RGB(red: 0x7f, green: 0x7f, blue: 0x7f), RGB(red: 0xff, green: 0x00, blue: 0x00),
        RGB(red: 0x00, green: 0xff, blue: 0x00), RGB(red: 0xff, green: 0xff, blue: 0x00),
        RGB(red: 0x5c, green: 0x5c, blue: 0xff), RGB(red: 0xff, green: 0x00, blue: 0xff),
        RGB(red: 0x00, green: 0xff, blue: 0xff), RGB(red: 0xff, green: 0xff, blue: 0xff),
    ]

    /// The colour of curses colour `index` (0–255); nil for -1 (the terminal's default) and others.
    static func rgb(_ index: Int16) -> RGB? {
        switch index {
        case 0..<16:
            return xterm16[Int(index)]
        case 16..<232:
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let cube = Int(index) - 16
            return RGB(red: levels[cube / 36], green: levels[cube / 6 % 6], blue: levels[cube % 6])
        case 232..<256:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return RGB(red: grey, green: grey, blue: grey)
        default:
            return nil
        }
    }

    /// The terminal's default background the theme assumes: black for the dark and contrast themes
    /// (the contrast theme also paints it), white for the light theme.
    static func background(_ theme: Theme) -> RGB {
        switch theme {
        case .dark, .contrast: return RGB(red: 0, green: 0, blue: 0)
        case .light: return RGB(red: 0xff, green: 0xff, blue: 0xff)
        }
    }

    /// The terminal's default foreground the theme assumes: xterm's white (#e5e5e5) on a dark
    /// background, black on a white one.
    static func foreground(_ theme: Theme) -> RGB {
        switch theme {
        case .dark, .contrast: return xterm16[7]
        case .light: return RGB(red: 0, green: 0, blue: 0)
        }
    }
}
