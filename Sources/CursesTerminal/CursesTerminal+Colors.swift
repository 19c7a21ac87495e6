import CNCurses
import InfluenceUI
import InfluenceText

/// How one style role looks on screen: curses attributes and a colour pair (0 = the terminal's own colours).
struct CellStyle: Equatable {
    var attributes: attr_t
    var pair: Int16

    static let plain = CellStyle(attributes: influence_A_NORMAL, pair: 0)
}

/// How the explorer looks: for the terminal's own (usually dark) background, for a white screen
/// (no dim text, no yellow or cyan on white), or in black and white only (bold, reverse and
/// underline, for the most washed-out projector). NO_COLOR still turns colour off in any of them.
/// With 256 colours all text is at least 4.5:1 (WCAG AA) against the background the theme assumes:
/// black for dark and contrast, white for light (AssumedColours).
public enum Theme: String, CaseIterable, Sendable {
    case dark, light, contrast
}

/// A colour pair as init_pair sets it up: curses colour numbers, -1 for the terminal's default.
struct PairColour: Equatable, Sendable {
    var foreground: Int16
    var background: Int16
}

extension CursesTerminal {
    /// The colour pairs the themes use, by pair number: a foreground on the user's own background
    /// (use_default_colors), white on black for the contrast theme, and the five case marks of the
    /// timeline. Each theme sets up only the pairs it uses (`foregrounds(theme:colours:)`). The dark
    /// theme leaves blue out: it is hard to read on dark backgrounds and projectors; the light theme
    /// uses blue instead of cyan and yellow.
    enum Palette: Int16, CaseIterable {
        case cyan = 1, yellow, green, magenta, red, blue, grey, whiteOnBlack
        case caseMark1, caseMark2, caseMark3, caseMark4, caseMark5
    }

    /// The foreground of each pair `theme` uses.
    ///
    /// With 256 colours or more, for the dark and light themes: xterm-256 indices from 16 up, which
    /// terminal themes leave alone and bold does not brighten, each at least 4.5:1 (WCAG AA)
    /// against the theme's background, the case marks five different hues: red, gold, green, azure
    /// and magenta (ThemeContrastTests, on the colours in AssumedColours). With fewer: the
    /// terminal's own 8, whose shades its palette decides; with xterm's, red and magenta on black
    /// are under 4.5:1 unless bold brightens them, and green on white is 2.2:1 (README, In class).
    static func foregrounds(theme: Theme, colours: Int32) -> [Palette: Int16] {
        func ansi(_ colour: Int32) -> Int16 { Int16(colour) }
        switch (theme, colours >= 256) {
        case (.dark, true):
            // On black: #00d7d7 11.7:1, #d7d700 13.6, #00d700 10.7, #d75fd7 6.5, #ff5f5f 7.1, and
            // #8a8a8a 6.1 for dim text (in place of A_DIM, which each terminal renders its own way);
            // case marks #ff5f5f, #af8700 6.3, #00af00 7.1, #0087ff 5.9, #d75fd7.
            return [.cyan: 44, .yellow: 184, .green: 40, .magenta: 170, .red: 203, .grey: 245,
                    .caseMark1: 203, .caseMark2: 136, .caseMark3: 34, .caseMark4: 33, .caseMark5: 170]
        case (.dark, false):
            return [.cyan: ansi(COLOR_CYAN), .yellow: ansi(COLOR_YELLOW), .green: ansi(COLOR_GREEN),
                    .magenta: ansi(COLOR_MAGENTA), .red: ansi(COLOR_RED),
                    .caseMark1: ansi(COLOR_RED), .caseMark2: ansi(COLOR_YELLOW), .caseMark3: ansi(COLOR_GREEN),
                    .caseMark4: ansi(COLOR_CYAN), .caseMark5: ansi(COLOR_MAGENTA)]
        case (.light, true):
            // On white: #005faf 6.5:1, #af00af 6.1, #008700 4.7, #af0000 7.4; case marks #d70000 5.4,
            // #875f00 5.7, #008700, #005faf, #af00af.
            return [.blue: 25, .magenta: 127, .green: 28, .red: 124,
                    .caseMark1: 160, .caseMark2: 94, .caseMark3: 28, .caseMark4: 25, .caseMark5: 127]
        case (.light, false):
            return [.blue: ansi(COLOR_BLUE), .magenta: ansi(COLOR_MAGENTA), .green: ansi(COLOR_GREEN),
                    .red: ansi(COLOR_RED),
                    .caseMark1: ansi(COLOR_RED), .caseMark2: ansi(COLOR_BLUE), .caseMark3: ansi(COLOR_GREEN),
                    .caseMark4: ansi(COLOR_MAGENTA), .caseMark5: ansi(COLOR_BLACK)]
        case (.contrast, _):
            // The terminal's own white on its own black (xterm's: #e5e5e5 on #000000, 16.7:1);
            // bold only brightens the white.
            return [.whiteOnBlack: ansi(COLOR_WHITE)]
        }
    }

    /// The pairs `theme` sets up, by pair number: the foreground from `foregrounds(theme:colours:)`
    /// on the terminal's default background, or on black for white on black.
    static func colourPairs(theme: Theme, colours: Int32) -> [Int16: PairColour] {
        var pairs: [Int16: PairColour] = [:]
        for (colour, foreground) in foregrounds(theme: theme, colours: colours) {
            let background = colour == .whiteOnBlack ? Int16(COLOR_BLACK) : -1
            pairs[colour.rawValue] = PairColour(foreground: foreground, background: background)
        }
        return pairs
    }

    /// Starts colour when the terminal has at least 8 colours and can keep its default background,
    /// and NO_COLOR is not set (no-color.org: set and not empty), and sets up the pairs of `theme`.
    /// Returns whether colour is on.
    static func startColor(environment: [String: String], theme: Theme) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        guard has_colors(), start_color() == influence_OK, use_default_colors() == influence_OK else { return false }
        guard influence_colors() >= 8, influence_color_pairs() > Palette.whiteOnBlack.rawValue else { return false }
        for (pair, colour) in colourPairs(theme: theme, colours: influence_colors()) {
            let done = init_pair(pair, colour.foreground, colour.background) == influence_OK
            // A case mark without a pair (too few of them) keeps the terminal's colour and stays bold.
            guard done || pair >= Palette.caseMark1.rawValue else { return false }
        }
        return true
    }

    /// The style of every role, indexed by `StyleRole.rawValue`.
    /// `colours` is the terminal's number of colours: with 256 the dark theme's dim text is grey.
    static func styleTable(color: Bool, theme: Theme, colours: Int32) -> [CellStyle] {
        var table = Array(repeating: CellStyle.plain, count: Int(StyleRole.allCases.map(\.rawValue).max() ?? 0) + 1)
        for role in StyleRole.allCases {
            let style: CellStyle
            switch (color, theme) {
            case (true, .dark): style = colorStyle(for: role, greyForDim: colours >= 256)
            case (true, .light): style = lightStyle(for: role)
            case (true, .contrast): style = CellStyle(attributes: monochromeStyle(for: role, dim: false).attributes,
                                                      pair: Palette.whiteOnBlack.rawValue)
            case (false, _): style = monochromeStyle(for: role, dim: theme == .dark)
            }
            table[Int(role.rawValue)] = style
        }
        return table
    }

    /// For a white background: dark colours, no dim text, nothing yellow or cyan.
    static func lightStyle(for role: StyleRole) -> CellStyle {
        let bold = influence_A_BOLD, reverse = influence_A_REVERSE, normal = influence_A_NORMAL
        switch role {
        case .normal, .dim, .attribution, .border: return .plain
        case .title: return CellStyle(attributes: bold, pair: 0)
        case .heading, .focusBorder: return CellStyle(attributes: bold, pair: Palette.blue.rawValue)
        case .accent, .condition: return CellStyle(attributes: bold, pair: Palette.magenta.rawValue)
        case .selection, .status: return CellStyle(attributes: reverse, pair: 0)
        case .marker, .breadcrumb: return CellStyle(attributes: normal, pair: Palette.blue.rawValue)
        case .quote: return CellStyle(attributes: normal, pair: Palette.green.rawValue)
        case .currentStage, .statusKey: return CellStyle(attributes: reverse | bold, pair: 0)
        case .figure: return CellStyle(attributes: bold, pair: 0)
        case .error: return CellStyle(attributes: bold, pair: Palette.red.rawValue)
        case .match: return CellStyle(attributes: reverse, pair: Palette.blue.rawValue)
        case .currentMatch: return CellStyle(attributes: reverse | bold, pair: Palette.magenta.rawValue)
        case .background: return CellStyle(attributes: normal, pair: Palette.magenta.rawValue)
        case .caseMark1: return CellStyle(attributes: bold, pair: Palette.caseMark1.rawValue)
        case .caseMark2: return CellStyle(attributes: bold, pair: Palette.caseMark2.rawValue)
        case .caseMark3: return CellStyle(attributes: bold, pair: Palette.caseMark3.rawValue)
        case .caseMark4: return CellStyle(attributes: bold, pair: Palette.caseMark4.rawValue)
        case .caseMark5: return CellStyle(attributes: bold, pair: Palette.caseMark5.rawValue)
        }
    }

    /// Readable on a projector: colour only adds to bold/reverse, so meaning survives a washed-out image.
    /// Dim text is grey with `greyForDim` (256 colours), else the terminal's dim.
    static func colorStyle(for role: StyleRole, greyForDim: Bool = false) -> CellStyle {
        let bold = influence_A_BOLD, reverse = influence_A_REVERSE
        let faint = greyForDim ? CellStyle(attributes: influence_A_NORMAL, pair: Palette.grey.rawValue)
            : CellStyle(attributes: influence_A_DIM, pair: 0)
        switch role {
        case .normal: return .plain
        case .dim: return faint
        case .title: return CellStyle(attributes: bold, pair: 0)
        case .heading: return CellStyle(attributes: bold, pair: Palette.cyan.rawValue)
        case .accent: return CellStyle(attributes: bold, pair: Palette.yellow.rawValue)
        case .selection: return CellStyle(attributes: reverse, pair: 0)
        case .marker: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.cyan.rawValue)
        case .quote: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.green.rawValue)
        case .attribution: return faint
        case .condition: return CellStyle(attributes: bold, pair: Palette.magenta.rawValue)
        case .currentStage: return CellStyle(attributes: reverse | bold, pair: 0)
        case .figure: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.yellow.rawValue)
        case .border: return faint
        case .focusBorder: return CellStyle(attributes: bold, pair: Palette.cyan.rawValue)
        case .breadcrumb: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.cyan.rawValue)
        case .status: return CellStyle(attributes: reverse, pair: 0)
        case .statusKey: return CellStyle(attributes: reverse | bold, pair: 0)
        case .error: return CellStyle(attributes: bold, pair: Palette.red.rawValue)
        case .match: return CellStyle(attributes: reverse, pair: Palette.yellow.rawValue)
        case .currentMatch: return CellStyle(attributes: reverse | bold, pair: Palette.green.rawValue)
        case .background: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.magenta.rawValue)
        case .caseMark1: return CellStyle(attributes: bold, pair: Palette.caseMark1.rawValue)
        case .caseMark2: return CellStyle(attributes: bold, pair: Palette.caseMark2.rawValue)
        case .caseMark3: return CellStyle(attributes: bold, pair: Palette.caseMark3.rawValue)
        case .caseMark4: return CellStyle(attributes: bold, pair: Palette.caseMark4.rawValue)
        case .caseMark5: return CellStyle(attributes: bold, pair: Palette.caseMark5.rawValue)
        }
    }

    /// Without colour (or with NO_COLOR): bold, underline, reverse and, unless `dim` is false, dim.
    static func monochromeStyle(for role: StyleRole, dim useDim: Bool = true) -> CellStyle {
        let bold = influence_A_BOLD, reverse = influence_A_REVERSE
        let dim = useDim ? influence_A_DIM : influence_A_NORMAL
        let underline = influence_A_UNDERLINE
        let attributes: attr_t
        switch role {
        case .normal, .quote, .figure: attributes = influence_A_NORMAL
        case .dim, .attribution, .border, .breadcrumb, .background: attributes = dim
        // A case mark is its short name or number: bold, and the words carry which case it is.
        case .title, .accent, .marker, .focusBorder,
             .caseMark1, .caseMark2, .caseMark3, .caseMark4, .caseMark5: attributes = bold
        case .heading, .condition, .error: attributes = bold | underline
        case .selection, .status: attributes = reverse
        case .currentStage, .statusKey, .match: attributes = reverse | bold
        case .currentMatch: attributes = reverse | bold | underline
        }
        return CellStyle(attributes: attributes, pair: 0)
    }
}
