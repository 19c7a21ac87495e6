/// Small text helpers shared by the loader and the validator.
public enum TextTools {
    /// Cuts text to at most `limit` characters, ending in "…" when cut.
    public static func shorten(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(0, limit - 1))) + "…"
    }

    /// The candidate nearest to `word` by edit distance, if near enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        var best: (String, Int)?
        for c in candidates {
            let d = editDistance(word.lowercased(), c.lowercased())
            if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// Levenshtein distance between two strings, by characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether `part` occurs in `text` (bytewise; the standard library's `contains(_:)` for strings
    /// would link the regular-expression engine, a megabyte, into the binary).
    public static func contains(_ text: String, _ part: String) -> Bool {
        firstOffset(of: Array(part.utf8), in: Array(text.utf8)) != nil
    }

    /// Where `needle` first occurs in `bytes` at or after `start`, as a byte offset.
    public static func firstOffset(of needle: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard !needle.isEmpty else { return start <= bytes.count ? start : nil }
        guard start >= 0, bytes.count - start >= needle.count else { return nil }
        for at in start...(bytes.count - needle.count) where bytes[at] == needle[0] {
            if bytes[at..<(at + needle.count)].elementsEqual(needle) { return at }
        }
        return nil
    }
}
