/// Makes untrusted text safe for a terminal: no control, bidi or invisible characters reach it.
public enum Sanitizer {
    /// Removes C0 and C1 controls (keeping line feeds when `keepNewlines`), bidi controls and invisible
    /// characters; a tab becomes a space, so does a line feed when newlines are not kept.
    public static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        if text.unicodeScalars.allSatisfy({ isPlainSafe($0) || (keepNewlines && $0 == "\n") }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out.append(keepNewlines ? scalar : " ")
            case 0x09: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default:
                if isInvisible(scalar) { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether a scalar passes through unchanged; the fast path for ordinary text.
    static func isPlainSafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return true }
        return v >= 0xA0 && !isInvisible(scalar)
    }

    /// Bidi embeddings, overrides, isolates and marks; zero-width and other invisible format characters.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
             0xFEFF, 0x00AD, 0x180E, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
            return true
        default:
            return scalar.properties.generalCategory == .format && scalar.value < 0x10000 && scalar.value != 0x0600
        }
    }
}
