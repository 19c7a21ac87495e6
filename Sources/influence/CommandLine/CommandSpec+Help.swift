/// `--help` and the usage lines of errors, from the table of commands.
extension CommandSpec {
    /// "influence print [CASE] [--stage STAGE] [--width N] [--content DIR]".
    var usage: String {
        var parts = [CommandSpec.program]
        if self.name != Command.explore.name { parts.append(self.name) }
        for argument in arguments { parts.append(argument.isRequired ? argument.name : "[\(argument.name)]") }
        for option in options {
            parts.append(option.isRequired ? option.synopsis : "[\(option.synopsis)]")
        }
        return parts.joined(separator: " ")
    }

    /// The help for one command.
    var help: String {
        var out = [CommandSpec.wrap("OVERVIEW: " + abstract, indent: 0)]
        if let discussion { out += ["", CommandSpec.wrap(discussion, indent: 0)] }
        out += ["", "USAGE: " + usage]
        if !arguments.isEmpty {
            out += ["", "ARGUMENTS:"] + arguments.map { CommandSpec.row($0.name, $0.help) }
        }
        out += ["", "OPTIONS:"]
        out += options.map { CommandSpec.row($0.synopsis, $0.help) }
        out.append(CommandSpec.row("-h, --help", "Show help for this command."))
        if !examples.isEmpty {
            out += ["", "EXAMPLES:"] + examples.map { "  " + $0 }
        }
        return out.joined(separator: "\n")
    }

    /// The help for `influence` itself.
    static var overviewHelp: String {
        var out = [wrap("OVERVIEW: " + overview, indent: 0), "", wrap(topDiscussion, indent: 0), ""]
        out.append("USAGE: \(program) [COMMAND] [OPTIONS]")
        out += ["", "OPTIONS:"]
        out.append(row(OptionSpec.content.synopsis, OptionSpec.content.help))
        out.append(row("--version", "Show the version."))
        out.append(row("--generate-completion-script SHELL", "Print a completion script for bash, zsh or fish."))
        out.append(row("--generate-manual", "Print the manual page (man influence), in mdoc."))
        out.append(row("-h, --help", "Show this help."))
        out += ["", "COMMANDS:"]
        for command in Command.all.map(\.spec) {
            out.append(row(command.name + (command.name == Command.explore.name ? " (default)" : ""), command.abstract))
        }
        out += ["", "  See '\(program) help COMMAND' for a command's options."]
        return out.joined(separator: "\n")
    }

    /// A name and its help, the help wrapped in a column.
    static func row(_ name: String, _ help: String) -> String {
        let column = 24
        let lead = "  " + name
        let text = wrap(help, indent: column)
        if lead.count + 2 <= column {
            return lead + String(repeating: " ", count: column - lead.count) + text.dropFirst(column)
        }
        return lead + "\n" + text
    }

    /// Text wrapped at 80 columns, every line indented by `indent` spaces.
    static func wrap(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = pad
            for word in paragraph.split(separator: " ") {
                if line.count > indent && line.count + 1 + word.count > 80 {
                    lines.append(line)
                    line = pad
                }
                line += (line.count > indent ? " " : "") + word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
