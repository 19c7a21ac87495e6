import CNCurses
@testable import CursesTerminal
import InfluenceText
import InfluenceUI
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every role of every theme, as the explorer colours it on a 256-colour terminal, against the colours
/// it assumes (AssumedColours): text reaches WCAG 2's AA contrast (4.5:1), and the five case marks
/// of the timeline stay five different colours.
@Suite struct ThemeContrastTests {
    /// WCAG 2 AA for normal text.
    static let minimumRatio = 4.5

    @Test(arguments: Theme.allCases)
    func everyRoleReachesAA(_ theme: Theme) {
        let styles = CursesTerminal.styleTable(color: true, theme: theme, colours: 256)
        let pairs = CursesTerminal.colourPairs(theme: theme, colours: 256)
        for role in StyleRole.allCases {
            let style = styles[Int(role.rawValue)]
            guard let (text, behind) = Self.colours(of: style, theme: theme, pairs: pairs) else {
                Issue.record("\(theme) \(role): pair \(style.pair) is not a known colour pair")
                continue
            }
            let ratio = Self.contrastRatio(text, behind)
            #expect(ratio >= Self.minimumRatio,
                    "\(theme) \(role): \(Self.hex(text)) on \(Self.hex(behind)) is \(Self.rounded(ratio)):1")
        }
    }

    /// The colours 0–15 are the ones terminal themes redefine and bold may brighten, so with 256
    /// colours the dark and light themes ask for 16–255 only, whose colours AssumedColours knows.
    /// (The contrast theme is the terminal's own white on black, 7 on 0, whatever the colours.)
    @Test(arguments: [Theme.dark, .light])
    func with256ColoursOnlyTheFixedPaletteIsUsed(_ theme: Theme) {
        for (pair, colour) in CursesTerminal.colourPairs(theme: theme, colours: 256) {
            for index in [colour.foreground, colour.background] where index != -1 {
                #expect((16...255).contains(index), "\(theme) pair \(pair): colour \(index)")
            }
        }
    }

    /// Every pair a theme's styles use is one it sets up, with 8 colours (0–7 only) as with 256.
    @Test(arguments: Theme.allCases, [8, 256] as [Int32])
    func everyPairUsedIsSetUp(_ theme: Theme, colours: Int32) {
        let pairs = CursesTerminal.colourPairs(theme: theme, colours: colours)
        for role in StyleRole.allCases {
            let pair = CursesTerminal.styleTable(color: true, theme: theme, colours: colours)[Int(role.rawValue)].pair
            #expect(pair == 0 || pairs[pair] != nil, "\(theme) \(role) with \(colours) colours: pair \(pair)")
        }
        if colours == 8 {
            for (pair, colour) in pairs {
                #expect((-1...7).contains(colour.foreground) && (-1...7).contains(colour.background),
                        "\(theme) pair \(pair): \(colour)")
            }
        }
    }

    /// Five clearly different colours: in CIELAB (D65), each two case marks of a theme are at least
    /// ΔE*ab 40 apart (2.3 is a just noticeable difference between patches side by side; small
    /// bold letters need far more) and at least 30° apart in hue, each with a chroma of at least
    /// 30, so that no two are the same hue in a lighter and a darker shade. The contrast theme has
    /// black and white only: there the words say which case it is.
    @Test(arguments: [Theme.dark, .light])
    func caseMarksAreFiveDifferentColours(_ theme: Theme) {
        let styles = CursesTerminal.styleTable(color: true, theme: theme, colours: 256)
        let pairs = CursesTerminal.colourPairs(theme: theme, colours: 256)
        let marks: [StyleRole] = [.caseMark1, .caseMark2, .caseMark3, .caseMark4, .caseMark5]
        let colours = marks.compactMap { Self.colours(of: styles[Int($0.rawValue)], theme: theme, pairs: pairs)?.text }
        #expect(colours.count == 5, "\(theme): \(colours.map(Self.hex))")
        for (i, first) in colours.enumerated() {
            #expect(Self.lab(first).chroma >= 30, "\(theme) case mark \(i + 1): \(Self.hex(first)) is nearly grey")
            for (j, second) in colours.enumerated() where j > i {
                let a = Self.lab(first), b = Self.lab(second)
                let distance = ((a.l - b.l) * (a.l - b.l) + (a.a - b.a) * (a.a - b.a) + (a.b - b.b) * (a.b - b.b)).squareRoot()
                var hues = abs(a.hue - b.hue)
                if hues > 180 { hues = 360 - hues }
                let label = "\(theme) case marks \(i + 1) and \(j + 1): \(Self.hex(first)) and \(Self.hex(second))"
                #expect(distance >= 40, "\(label): ΔE \(Self.rounded(distance))")
                #expect(hues >= 30, "\(label): \(Self.rounded(hues))° apart in hue")
            }
        }
    }

    // MARK: - What a cell shows

    /// The text colour and the colour behind it for `style`, as the terminal shows it: pair 0 and -1
    /// are the theme's assumed default foreground and background; reverse swaps them; dim (which the
    /// terminal renders as it likes) is taken as half-way to the background, as many terminals do.
    static func colours(of style: CellStyle, theme: Theme,
                        pairs: [Int16: PairColour]) -> (text: RGB, behind: RGB)? {
        let pair = style.pair == 0 ? PairColour(foreground: -1, background: -1) : pairs[style.pair]
        guard let pair else { return nil }
        guard var text = pair.foreground == -1 ? AssumedColours.foreground(theme) : AssumedColours.rgb(pair.foreground),
              var behind = pair.background == -1 ? AssumedColours.background(theme) : AssumedColours.rgb(pair.background)
        else { return nil }
        if style.attributes & influence_A_REVERSE != 0 { swap(&text, &behind) }
        if style.attributes & influence_A_DIM != 0 {
            text = RGB(red: UInt8((Int(text.red) + Int(behind.red)) / 2),
                       green: UInt8((Int(text.green) + Int(behind.green)) / 2),
                       blue: UInt8((Int(text.blue) + Int(behind.blue)) / 2))
        }
        return (text, behind)
    }

    // MARK: - WCAG 2 and CIELAB

    /// sRGB 0–255 to linear light 0–1.
    static func linear(_ value: UInt8) -> Double {
        let c = Double(value) / 255
        return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }

    /// WCAG 2 relative luminance.
    static func luminance(_ colour: RGB) -> Double {
        0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue)
    }

    /// WCAG 2 contrast ratio, 1 to 21.
    static func contrastRatio(_ first: RGB, _ second: RGB) -> Double {
        let a = luminance(first), b = luminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// CIELAB (D65 white) with chroma and hue angle in degrees.
    static func lab(_ colour: RGB) -> (l: Double, a: Double, b: Double, chroma: Double, hue: Double) {
        let r = linear(colour.red), g = linear(colour.green), b = linear(colour.blue)
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? pow(t, 1.0 / 3) : (24389.0 / 27 * t + 16) / 116 }
        let l = 116 * f(y) - 16, a = 500 * (f(x) - f(y)), bb = 200 * (f(y) - f(z))
        var hue = atan2(bb, a) * 180 / Double.pi
        if hue < 0 { hue += 360 }
        return (l, a, bb, (a * a + bb * bb).squareRoot(), hue)
    }

    static func hex(_ colour: RGB) -> String {
        "#" + [colour.red, colour.green, colour.blue].map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
