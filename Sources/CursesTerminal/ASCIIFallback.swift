import Foundation

/// Folds text to plain ASCII for terminals whose locale is not UTF-8, so nothing shows as mojibake.
public enum ASCIIFallback {
    /// `text` with every non-ASCII character folded (see `fold(_:)` for a character). ASCII is unchanged.
    public static func fold(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text { result += fold(character) }
        return result
    }

    /// One character as ASCII: typographic punctuation, arrows and box drawing by a table
    /// ("—" → "-", "…" → "...", "←" → "<-", "│" → "|"), letters by dropping their diacritics
    /// ("é" → "e"), invisible characters to nothing, anything else to "?". ASCII is unchanged.
    public static func fold(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let mapped = table[character] { return mapped }
        var result = ""
        // Compatibility decomposition splits accents from letters and ligatures into letters
        // ("é" → "e" + U+0301, "ﬁ" → "fi", "²" → "2", "Ａ" → "A"); the marks are then dropped.
        for scalar in String(character).decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if isDropped(scalar) {
                continue
            } else if let mapped = table[Character(scalar)] {
                result += mapped
            } else {
                result += fallback(for: scalar)
            }
        }
        return result
    }

    /// One character folded to exactly `columns` printable ASCII characters (the cell or pair of
    /// cells it occupies on screen): cut when longer ("…" in one column is "."), padded with
    /// spaces when shorter; control characters become "?".
    public static func fold(_ character: Character, columns: Int) -> String {
        guard columns > 0 else { return "" }
        var result = ""
        for scalar in fold(character).unicodeScalars {
            if result.unicodeScalars.count == columns { break }
            let printable = scalar.value >= 0x20 && scalar.value < 0x7F
            result.unicodeScalars.append(printable ? scalar : "?")
        }
        while result.unicodeScalars.count < columns { result += " " }
        return result
    }

    /// Combining marks (the diacritics left by decomposition) and invisible format characters.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default: return (0xFE00...0xFE0F).contains(scalar.value)  // variation selectors
        }
    }

    /// Whole blocks that have an obvious ASCII look; "?" otherwise.
    private static func fallback(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x2500...0x257F: return "+"  // box drawing not in the table: corners and joints
        case 0x2580...0x259F: return "#"  // block elements
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "  // spaces
        default: return "?"
        }
    }

    private static let table: [Character: String] = [
        // Dashes and hyphens
        "—": "-", "–": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-", "−": "-", "⁃": "-",
        // Quotes and primes
        "‘": "'", "’": "'", "‚": ",", "‛": "'", "′": "'", "ʼ": "'",
        "“": "\"", "”": "\"", "„": "\"", "‟": "\"", "″": "\"",
        "‹": "<", "›": ">", "«": "<<", "»": ">>",
        // Punctuation
        "…": "...", "•": "*", "·": "*", "‣": ">", "◦": "o", "●": "*", "○": "o", "■": "#", "□": "#", "◆": "*", "◇": "*",
        "¡": "!", "¿": "?", "†": "+", "‡": "+", "§": "S", "¶": "P", "⁄": "/",
        // Box drawing: lines; the corners and joints fall back to "+"
        "│": "|", "┃": "|", "║": "|", "╎": "|", "┆": "|", "┊": "|", "╏": "|", "┇": "|", "┋": "|",
        "─": "-", "━": "-", "╌": "-", "┄": "-", "┈": "-", "╍": "-", "┅": "-", "┉": "-", "═": "=",
        // Arrows and triangles
        "←": "<-", "→": "->", "↑": "^", "↓": "v", "↔": "<->", "↕": "|",
        "⇐": "<=", "⇒": "=>", "⇔": "<=>", "⟵": "<-", "⟶": "->",
        "▲": "^", "▼": "v", "▶": ">", "◀": "<", "►": ">", "◄": "<", "▸": ">", "◂": "<", "▴": "^", "▾": "v",
        // Symbols
        "×": "x", "÷": "/", "±": "+/-", "≤": "<=", "≥": ">=", "≠": "!=", "≈": "~", "∞": "inf", "°": "o",
        "©": "(c)", "®": "(R)", "€": "EUR", "£": "GBP", "¥": "JPY", "¢": "c",
        "✓": "v", "✔": "v", "✗": "x", "✘": "x", "★": "*", "☆": "*",
        // Letters that do not decompose
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th",
        "ı": "i", "ħ": "h", "Ħ": "H", "ŋ": "ng", "Ŋ": "NG",
        // Invisible
        "\u{00A0}": " ", "\u{00AD}": "", "\u{200B}": "", "\u{200C}": "", "\u{200D}": "", "\u{2060}": "",
        "\u{FEFF}": "",
    ]
}
