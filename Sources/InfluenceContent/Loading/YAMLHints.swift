/// Plain-words hints added to libyaml's terse syntax messages.
enum YAMLHints {
    static func hint(for problem: String) -> String {
        if problem.contains("tab") { return " (indent with spaces, not tabs)" }
        if problem.contains("mapping values are not allowed") {
            return " (a \": \" inside text: put the whole text in quotes)"
        }
        if problem.contains("did not find expected key") || problem.contains("expected <block end>") {
            return " (check the indentation of this line against the lines above)"
        }
        if problem.contains("could not find expected ':'") {
            return " (a line needs \"key: value\", or the text above is missing a closing quote)"
        }
        return ""
    }
}
