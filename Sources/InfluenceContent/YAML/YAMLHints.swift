/// Plain-words hints added to libyaml's terse syntax messages.
enum YAMLHints {
    /// `problem` is libyaml's message; `byte` the first byte of the character it points at.
    static func hint(for problem: String, at byte: UInt8? = nil) -> String {
        if TextTools.contains(problem, "tab") || byte == 0x09 { return " (indent with spaces, not tabs)" }
        if TextTools.contains(problem, "mapping values are not allowed") {
            return " (a \": \" inside text: put the whole text in quotes)"
        }
        if TextTools.contains(problem, "did not find expected key") || TextTools.contains(problem, "expected <block end>") {
            return " (check the indentation of this line against the lines above)"
        }
        if TextTools.contains(problem, "could not find expected ':'") {
            return " (a line needs \"key: value\", or the text above is missing a closing quote)"
        }
        return ""
    }
}
