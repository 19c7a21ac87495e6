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
    /// ("—" → "-", "…" → "...", "←" → "<-", "│" → "|"), Latin letters by dropping their marks
    /// ("é" → "e", "ﬁ" → "fi", "Ａ" → "A"), digits of every form ("²" → "2"), invisible characters
    /// to nothing, anything else to "?". ASCII is unchanged.
    public static func fold(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let mapped = table[character] { return mapped }
        var result = ""
        // A character may be a letter followed by combining marks ("e" + U+0301): the marks go.
        for scalar in character.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if isDropped(scalar) {
                continue
            } else if let mapped = table[Character(scalar)] {
                result += mapped
            } else if let plain = plainForm(of: scalar) {
                result += plain
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

    /// Combining marks (diacritics written after their letter) and invisible format characters.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default: return (0xFE00...0xFE0F).contains(scalar.value)  // variation selectors
        }
    }

    /// A Latin letter or a digit in another form, found from the character's Unicode name or
    /// number (no decomposition tables needed): "LATIN SMALL LETTER E WITH ACUTE" → "e",
    /// "LATIN CAPITAL LETTER DZ WITH CARON" → "DZ", "LATIN SMALL LIGATURE FFL" → "ffl",
    /// "MATHEMATICAL BOLD CAPITAL A" → "A", "SUPERSCRIPT TWO" → "2"; a spacing accent ("¨") → " ".
    static func plainForm(of scalar: Unicode.Scalar) -> String? {
        if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
            return String(ascii)  // fullwidth forms of ASCII
        }
        let properties = scalar.properties
        if properties.numericType == .decimal || properties.numericType == .digit,
           let value = properties.numericValue, (0...9).contains(value) {
            return String(Int(value))
        }
        if properties.generalCategory == .modifierSymbol { return " " }
        guard let name = properties.name else { return nil }
        let words = name.split(separator: " ")
        let isLatin = words.contains("LATIN")
        guard let first = words.first, isLatin || latinStyles.contains(String(first)),
              !words.contains("GREEK"), !words.contains("CYRILLIC") else { return nil }
        // The name up to " WITH …" says which letter; what follows names the marks.
        let letterWords = words.prefix { $0 != "WITH" }
        guard let caseIndex = letterWords.lastIndex(where: { $0 == "SMALL" || $0 == "CAPITAL" }) else { return nil }
        let rest = letterWords[(caseIndex + 1)...].filter { $0 != "LETTER" && $0 != "LIGATURE" }
        // One letter, a Latin digraph letter ("DZ") or ligature ("FFL"); "ENG" or "ETH" is a name.
        guard rest.count == 1, let letters = rest.first, letters.allSatisfy({ $0 >= "A" && $0 <= "Z" }),
              letters.count == 1 || (isLatin && (letters.count == 2 || letterWords.contains("LIGATURE"))) else { return nil }
        return letterWords[caseIndex] == "SMALL" ? letters.lowercased() : String(letters)
    }

    /// Names of letter styles that are Latin without saying so ("MATHEMATICAL BOLD CAPITAL A").
    private static let latinStyles: Set<String> = [
        "MATHEMATICAL", "DOUBLE-STRUCK", "SCRIPT", "BLACK-LETTER", "MODIFIER", "SUPERSCRIPT", "SUBSCRIPT",
    ]

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
        "¡": "!", "¿": "?", "†": "+", "‡": "+", "§": "S", "¶": "P", "⁄": "/", "‼": "!!", "‥": "..", "․": ".",
        "ª": "a", "º": "o", "½": "1/2", "¼": "1/4", "¾": "3/4", "™": "TM", "№": "No", "ſ": "s",
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
