/// Terminal column widths of grapheme clusters, computed in pure Swift so tests can check them.
public enum TextWidth {
    /// Columns one grapheme cluster takes: 0, 1 or 2.
    public static func columns(of character: Character) -> Int {
        // Printable ASCII, most of the text, needs no Unicode tables.
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        // An emoji shown as a picture takes two columns.
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if isWide(first.value) { return 2 }
        // A cluster that is only marks or invisible characters draws nothing on its own.
        if scalars.allSatisfy({ isZeroWidth($0) }) { return 0 }
        return 1
    }

    /// Columns a whole string takes.
    public static func columns(of text: some StringProtocol) -> Int {
        // Printable ASCII, most of the text, is a column a byte.
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        // Otherwise the same a byte where printable ASCII is followed by ASCII (no cluster can
        // start before it), and a cluster at a time elsewhere.
        var total = 0
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i], next = utf8.index(after: i)
            if byte >= 0x20, byte < 0x7F, next == utf8.endIndex || utf8[next] < 0x80 {
                total += 1
                i = next
            } else {
                total += columns(of: text[i])
                i = text.index(after: i)
            }
        }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns, never splitting a cluster.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        // Printable ASCII up to the cut, and ASCII just after it (which starts a new cluster):
        // a column a byte, so the cut is a byte count.
        let utf8 = text.utf8
        var asciiCount = 0
        for byte in utf8 {
            guard asciiCount < width, byte >= 0x20, byte < 0x7F else { break }
            asciiCount += 1
        }
        if asciiCount == width || asciiCount == utf8.count {
            let cut = utf8.index(utf8.startIndex, offsetBy: asciiCount)
            if cut == utf8.endIndex || utf8[cut] < 0x80 { return String(text[..<cut]) }
        }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = columns(of: text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Cuts `text` to `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if columns(of: text) <= width { return text }
        let ellipsisWidth = columns(of: ellipsis)
        guard width > ellipsisWidth else { return prefix(text, fitting: width) }
        return prefix(text, fitting: width - ellipsisWidth) + ellipsis
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.value == 0x200B
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
