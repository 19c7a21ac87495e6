import CNCurses
import InfluenceUI

/// How one style role looks on screen: curses attributes and a colour pair (0 = the terminal's own colours).
struct CellStyle: Equatable {
    var attributes: attr_t
    var pair: Int16

    static let plain = CellStyle(attributes: influence_A_NORMAL, pair: 0)
}

extension CursesTerminal {
    /// The foreground colours the scheme uses, one colour pair each, on the user's own background
    /// (use_default_colors). Blue is left out: it is hard to read on dark backgrounds and projectors.
    enum Palette: Int16, CaseIterable {
        case cyan = 1, yellow, green, magenta, red

        var foreground: Int16 {
            switch self {
            case .cyan: return Int16(COLOR_CYAN)
            case .yellow: return Int16(COLOR_YELLOW)
            case .green: return Int16(COLOR_GREEN)
            case .magenta: return Int16(COLOR_MAGENTA)
            case .red: return Int16(COLOR_RED)
            }
        }
    }

    /// The colours of the five case marks on the timeline, one colour pair each after the palette's.
    /// With 256 colours: mid-luminance red, gold, green, azure and magenta (xterm 160, 136, 28, 33,
    /// 127), each with a contrast of about 3:1 or more against both black and white, so they read
    /// on dark and light themes alike. With 8 colours: the theme's own red, yellow, green, cyan and
    /// magenta (themes tune those to their background), made bold.
    enum CaseColour {
        static let firstPair = Int16(Palette.allCases.count + 1)
        static let count = 5

        static func foregrounds(colours: Int32) -> [Int16] {
            if colours >= 256 { return [160, 136, 28, 33, 127] }
            return [COLOR_RED, COLOR_YELLOW, COLOR_GREEN, COLOR_CYAN, COLOR_MAGENTA].map { Int16($0) }
        }

        /// The colour pair of the case mark `index` (0-based).
        static func pair(_ index: Int) -> Int16 { firstPair + Int16(index % count) }
    }

    /// Starts colour when the terminal has at least 8 colours and can keep its default background,
    /// and NO_COLOR is not set (no-color.org: set and not empty). Returns whether colour is on.
    static func startColor(environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        guard has_colors(), start_color() == influence_OK, use_default_colors() == influence_OK else { return false }
        guard influence_colors() >= 8, influence_color_pairs() > Palette.allCases.count else { return false }
        for colour in Palette.allCases {
            // -1: the terminal's default background, so the user's theme shows through.
            guard init_pair(colour.rawValue, colour.foreground, -1) == influence_OK else { return false }
        }
        // The case marks; with too few pairs they keep the terminal's colour and stay bold.
        if influence_color_pairs() > Int32(CaseColour.firstPair) + Int32(CaseColour.count) {
            for (i, foreground) in CaseColour.foregrounds(colours: influence_colors()).enumerated() {
                _ = init_pair(CaseColour.pair(i), foreground, -1)
            }
        }
        return true
    }

    /// The style of every role, indexed by `StyleRole.rawValue`.
    static func styleTable(color: Bool) -> [CellStyle] {
        var table = Array(repeating: CellStyle.plain, count: Int(StyleRole.allCases.map(\.rawValue).max() ?? 0) + 1)
        for role in StyleRole.allCases {
            table[Int(role.rawValue)] = color ? colorStyle(for: role) : monochromeStyle(for: role)
        }
        return table
    }

    /// Readable on a projector: colour only adds to bold/reverse, so meaning survives a washed-out image.
    static func colorStyle(for role: StyleRole) -> CellStyle {
        let bold = influence_A_BOLD, dim = influence_A_DIM, reverse = influence_A_REVERSE
        switch role {
        case .normal: return .plain
        case .dim: return CellStyle(attributes: dim, pair: 0)
        case .title: return CellStyle(attributes: bold, pair: 0)
        case .heading: return CellStyle(attributes: bold, pair: Palette.cyan.rawValue)
        case .accent: return CellStyle(attributes: bold, pair: Palette.yellow.rawValue)
        case .selection: return CellStyle(attributes: reverse, pair: 0)
        case .marker: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.cyan.rawValue)
        case .quote: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.green.rawValue)
        case .attribution: return CellStyle(attributes: dim, pair: 0)
        case .condition: return CellStyle(attributes: bold, pair: Palette.magenta.rawValue)
        case .currentStage: return CellStyle(attributes: reverse | bold, pair: 0)
        case .figure: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.yellow.rawValue)
        case .border: return CellStyle(attributes: dim, pair: 0)
        case .focusBorder: return CellStyle(attributes: bold, pair: Palette.cyan.rawValue)
        case .breadcrumb: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.cyan.rawValue)
        case .status: return CellStyle(attributes: reverse, pair: 0)
        case .statusKey: return CellStyle(attributes: reverse | bold, pair: 0)
        case .error: return CellStyle(attributes: bold, pair: Palette.red.rawValue)
        case .background: return CellStyle(attributes: influence_A_NORMAL, pair: Palette.magenta.rawValue)
        case .caseMark1: return CellStyle(attributes: bold, pair: CaseColour.pair(0))
        case .caseMark2: return CellStyle(attributes: bold, pair: CaseColour.pair(1))
        case .caseMark3: return CellStyle(attributes: bold, pair: CaseColour.pair(2))
        case .caseMark4: return CellStyle(attributes: bold, pair: CaseColour.pair(3))
        case .caseMark5: return CellStyle(attributes: bold, pair: CaseColour.pair(4))
        }
    }

    /// Without colour (or with NO_COLOR): bold, underline, reverse and dim only.
    static func monochromeStyle(for role: StyleRole) -> CellStyle {
        let bold = influence_A_BOLD, dim = influence_A_DIM, reverse = influence_A_REVERSE
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
        case .currentStage, .statusKey: attributes = reverse | bold
        }
        return CellStyle(attributes: attributes, pair: 0)
    }
}
