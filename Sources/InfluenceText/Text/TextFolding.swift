import InfluenceContent

/// Folds text for matching that ignores case and accents: "Mérida" and "MERIDA" both fold to
/// "merida", "Álvarez" to "alvarez". Pure Swift (no Foundation): a letter with diacritics folds to
/// the letter its Unicode name is built on ("LATIN SMALL LETTER E WITH ACUTE" → "e").
public enum TextFolding {
    /// The folded form of each character of `text`, with the character's position, so a match in the
    /// folded text can be mapped back to the characters shown.
    public struct Folded: Sendable {
        /// Folded text as UTF-8 bytes.
        public var bytes: [UInt8] = []
        /// For each folded byte, the index of the character of the original text it came from.
        public var characterIndex: [Int] = []
    }

    public static func fold(_ text: String) -> Folded {
        var folded = Folded()
        folded.bytes.reserveCapacity(text.utf8.count)
        folded.characterIndex.reserveCapacity(text.utf8.count)
        forEachByte(of: text) { byte, index in
            folded.bytes.append(byte)
            folded.characterIndex.append(index)
        }
        return folded
    }

    /// The folded bytes alone, for text kept to search in (the character of each byte, eight bytes
    /// a byte, is worked out again for the few matches shown).
    public static func foldedBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        forEachByte(of: text) { byte, _ in bytes.append(byte) }
        return bytes
    }

    /// The folded form of a query or any short text, as a string.
    public static func foldedString(_ text: String) -> String {
        String(decoding: foldedBytes(text), as: UTF8.self)
    }

    /// Each byte of `text` folded, with the index of the character it comes from.
    private static func forEachByte(of text: String, _ body: (UInt8, Int) -> Void) {
        // Printable ASCII followed by ASCII (most of the text) is a character a byte, with no
        // grapheme breaking (as `CellBuffer.write` draws it); anything else is taken one grapheme
        // cluster at a time.
        let utf8 = text.utf8
        var i = utf8.startIndex
        var index = 0
        while i < utf8.endIndex {
            let byte = utf8[i], next = utf8.index(after: i)
            if byte >= 0x20, byte < 0x7F, next == utf8.endIndex || utf8[next] < 0x80 {
                body(byte >= 65 && byte <= 90 ? byte + 32 : byte, index)
                i = next
            } else {
                let character = text[i]
                i = text.index(after: i)
                for folded in fold(character).utf8 { body(folded, index) }
            }
            index += 1
        }
    }

    /// One character folded: lowercase, without diacritics, typographic quotes and dashes as the
    /// keys that type them ("Mexico’s" matches "mexico's"); characters with no simpler form stay.
    static func fold(_ character: Character) -> String {
        if let ascii = character.asciiValue {
            return ascii >= 65 && ascii <= 90 ? String(UnicodeScalar(ascii + 32)) : String(character)
        }
        switch character {
        case "\u{2018}", "\u{2019}", "\u{02BC}": return "'"
        case "\u{201C}", "\u{201D}": return "\""
        case "\u{2013}", "\u{2014}", "\u{2212}": return "-"
        case "\u{00A0}", "\u{2009}", "\u{202F}": return " "
        default: break
        }
        var result = ""
        for scalar in character.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: continue
            default: result += base(of: scalar)
            }
        }
        return result
    }

    /// A Latin, Greek or Cyrillic letter with marks as its plain letter, lowercased; otherwise the
    /// scalar lowercased.
    static func base(of scalar: Unicode.Scalar) -> String {
        let lower = String(scalar).lowercased()
        guard let name = scalar.properties.name, TextTools.contains(name, " WITH ") else { return lower }
        // "LATIN CAPITAL LETTER A WITH GRAVE": the word after LETTER, if it is a single letter.
        let words = name.split(separator: " ")
        guard let at = words.firstIndex(of: "LETTER"), at + 1 < words.count, words[at + 1].count == 1,
              let letter = words[at + 1].first else { return lower }
        return String(letter).lowercased()
    }

    /// The names a name stands for: the words outside brackets, and a bracketed name (not a
    /// bracketed year): "USAID (AID)" is "USAID " and "AID"; "Mérida Agreement (1999)" is one.
    public static func names(in name: String) -> [String] {
        var outside = "", inside = ""
        var depth = 0
        for ch in name {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth > 0 { inside.append(ch) } else { outside.append(ch) }
        }
        return inside.contains(where: \.isLetter) ? [outside, inside] : [outside]
    }
}
