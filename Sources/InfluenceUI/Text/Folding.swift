/// Text folded for matching what a user types: lower case, accents dropped, typographic quotes and
/// dashes made plain ("Mérida" → "merida", "Mexico’s" → "mexico's"). Pure Swift, no Foundation.
public enum Folding {
    /// `text` folded: combining marks dropped, Latin letters with diacritics reduced to their base
    /// letter, everything lower case.
    public static func fold(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                result.append((0x41...0x5A).contains(v) ? Unicode.Scalar(v + 0x20) ?? scalar : scalar)
                continue
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            if let plain = plain[scalar.value] {
                result.append(plain)
            } else if let base = latinBase(of: scalar) {
                result.append(base)
            } else {
                result.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    /// Whether folded `text` contains folded `query` (an empty query matches everything).
    public static func matches(_ text: String, _ query: String) -> Bool {
        let folded = fold(query)
        return folded.isEmpty || fold(text).contains(folded)
    }

    /// Whether folded `query` stands in folded `text` as whole words, or as their plural: "dea" in
    /// "the dea's agents", "dto" in "dtos", not "dea" in "ideas". Both must be folded already.
    public static func containsWords(_ text: String, _ query: String) -> Bool {
        guard !query.isEmpty else { return false }
        let haystack = Array(text), needle = Array(query)
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            guard haystack[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            let before = start == 0 ? nil : haystack[start - 1]
            var end = start + needle.count
            if end < haystack.count, haystack[end] == "s" { end += 1 }
            let after = end < haystack.count ? haystack[end] : nil
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
        }
        return false
    }

    static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }

    /// Typographic punctuation a keyboard does not type.
    static let plain: [UInt32: Unicode.Scalar] = [
        0x2018: "'", 0x2019: "'", 0x201C: "\"", 0x201D: "\"", 0x2013: "-", 0x2014: "-", 0x00A0: " ",
    ]

    /// The base letter of a Latin letter with a diacritic, read from its Unicode name ("LATIN SMALL
    /// LETTER E WITH ACUTE" → "e"): the standard library has no decomposition, but every such
    /// letter is named this way. Nil for anything else.
    static func latinBase(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard let name = scalar.properties.name else { return nil }
        let words = name.split(separator: " ")
        guard words.count >= 6, words[0] == "LATIN", words[1] == "SMALL" || words[1] == "CAPITAL",
              words[2] == "LETTER", words[3].count == 1, words[4] == "WITH",
              let letter = words[3].unicodeScalars.first, letter.isASCII else { return nil }
        return Unicode.Scalar(letter.value | 0x20)
    }
}
