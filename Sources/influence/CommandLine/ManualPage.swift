#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The manual page, `man influence`, in mdoc, from the table of commands
/// (`influence --generate-manual > influence.1`; the README's install step does this).
enum ManualPage {
    /// The page, naming the cases and stages of `names` (the built-in content's).
    static func mdoc(names: ContentNames) -> String {
        let commands = Command.all.map { $0.describe(names) }
        var out: [String] = []
        out.append(".Dd \(today())")
        out.append(".Dt INFLUENCE 1")
        out.append(".Os")
        out.append(".Sh NAME")
        out.append(".Nm \(CommandSpec.program)")
        out.append(".Nd \(text(CommandSpec.overview))")
        out.append(".Sh SYNOPSIS")
        for command in commands {
            out.append(".Nm")
            if command.name != Command.explore.name { out.append(".Cm \(command.name)") }
            out += synopsis(command)
        }
        out.append(".Nm")
        out.append(".Fl \("-version")")
        out.append(".Nm")
        out.append(".Fl \("-generate-completion-script") Ar bash | zsh | fish")
        out.append(".Sh DESCRIPTION")
        out.append(text(description(names)))
        out.append(text(CommandSpec.topDiscussion))
        out.append(".Sh COMMANDS")
        out.append(".Bl -tag -width 6n")
        for command in commands {
            out.append(".It Cm \(command.name)")
            out.append(text(command.abstract))
            if let discussion = command.discussion { out.append(text(discussion)) }
            out.append(".Bl -tag -width 6n")
            for argument in command.arguments {
                out.append(".It Ar \(argument.name)")
                out.append(text(argument.help))
            }
            for option in command.options {
                out.append(".It Fl \(option.flag.dropFirst())" + argument(option))
                out.append(text(option.help))
            }
            out.append(".El")
        }
        out.append(".El")
        out.append(".Sh OPTIONS")
        out.append(".Bl -tag -width 6n")
        out.append(".It Fl -version")
        out.append("Show the version.")
        out.append(".It Fl -generate-completion-script Ar shell")
        out.append("Print a completion script for bash, zsh or fish; see EXAMPLES.")
        out.append(".It Fl -generate-manual")
        out.append("Print this manual page.")
        out.append(".It Fl h , Fl -help")
        out.append("Show help for the command.")
        out.append(".El")
        out.append(".Sh EXIT STATUS")
        out.append(".Bl -tag -width 6n")
        for (code, meaning) in exitStatuses {
            out.append(".It \(code)")
            out.append(text(meaning))
        }
        out.append(".El")
        out.append(".Sh EXAMPLES")
        for example in commands.flatMap(\.examples) + [
            "influence --generate-completion-script bash > ~/.local/share/bash-completion/completions/influence",
        ] {
            out.append(".Dl \(text(example))")
        }
        out.append(".Sh ENVIRONMENT")
        out.append(".Bl -tag -width 6n")
        out.append(".It Ev TERM")
        out.append("The terminal type; the explorer refuses an unset, unknown or dumb terminal.")
        out.append(".It Ev NO_COLOR")
        out.append("When set, the explorer uses no colour.")
        out.append(".It Ev LANG , Ev LC_ALL")
        out.append("Without a UTF-8 locale the explorer shows ASCII only.")
        out.append(".It Ev INFLUENCE_ROOM_DIR")
        out.append("The room folder when --room-dir is not given.")
        out.append(".It Ev INFLUENCE_ROOM_POLL")
        out.append("When 1, a follower looks at the room file every 200 ms instead of asking inotify (for a room folder on a network file system).")
        out.append(".It Ev XDG_RUNTIME_DIR")
        out.append("The default room folder is influence in it.")
        out.append(".It Ev XDG_STATE_HOME")
        out.append("Where the explorer keeps its place and marks (see FILES); ~/.local/state when unset.")
        out.append(".El")
        out.append(".Sh FILES")
        out.append(".Bl -tag -width 6n")
        out.append(".It Pa ~/.local/state/influence/")
        out.append(text("The place and marks of each content folder, so the explorer reopens where it was left: builtin.state for the built-in content, content-HASH.state for a folder given with --content (the file names the folder). Written atomically, keeping the marks another explorer of the same user saved meanwhile. Read record by record: a damaged place or mark is dropped, with a notice, and the rest kept; a file that could not be read whole is kept as NAME.damaged before it is replaced; one from a newer version is neither used nor written over."))
        out.append(".El")
        return out.joined(separator: "\n") + "\n"
    }

    /// What the explorer holds: the article, and how many cases and stages (unnamed when unknown).
    static func description(_ names: ContentNames) -> String {
        let article = names.article.map { " (\"\($0.title)\", \($0.publication))" } ?? ""
        let cases = names.caseCount ?? "cases"
        let stages = names.stageCount.map { "through " + $0 } ?? "stage by stage"
        return "A terminal explorer of one published article on US\u{2013}Mexico drug policy\(article): its argument, and the \(cases) it steps \(stages)."
    }

    static let exitStatuses: [(Int, String)] = [
        (0, "Success."),
        (64, "Usage error; also: standard input or output is not a terminal."),
        (65, "The content has errors (each is listed)."),
        (66, "The content folder is missing; or the room folder is."),
        (67, "--lead-user names no user in /etc/passwd."),
        (73, "export: the output file cannot be created (a link, a folder, a device, or no such folder); --lead: the room file cannot be written."),
        (74, "export: the output file could not be written in full."),
        (77, "The room file, or its folder, is not one to trust: not the presenter's, not a regular file, or a folder where others could rename or remove the presenter's files (writable by its group or anyone without the sticky bit, or owned by someone else)."),
        (78, "The terminal is unusable (TERM unset, unknown or dumb); or XDG_RUNTIME_DIR is unset and no room folder is named."),
        (129, "SIGHUP, or the terminal went away."),
        (130, "Ctrl-C."),
        (143, "SIGTERM."),
    ]

    /// " Ar DIR", " Op Ar ROOM" for a value that may be left out, or nothing.
    static func argument(_ option: OptionSpec) -> String {
        guard option.takesValue else { return "" }
        return option.valueIsOptional ? " Op Ar \(option.valueName)" : " Ar \(option.valueName)"
    }

    static func synopsis(_ command: CommandSpec) -> [String] {
        var lines: [String] = []
        for argument in command.arguments { lines.append(argument.isRequired ? ".Ar \(argument.name)" : ".Op Ar \(argument.name)") }
        for option in command.options {
            let item = "Fl \(option.flag.dropFirst())" + argument(option)
            lines.append(option.isRequired ? "." + item : ".Op " + item)
        }
        return lines
    }

    /// Text for a text line: backslashes escaped, and a leading dot or quote kept from being a request.
    /// Characters past ASCII are written as escapes (`\[u2013]`), which every troff reads.
    static func text(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                escaped += "\\e"
            } else if scalar.isASCII {
                escaped.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    /// "November 29, 2026".
    static func today() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let month = months[Int(max(0, min(11, parts.tm_mon)))]
        return "\(month) \(parts.tm_mday), \(parts.tm_year + 1900)"
    }
}
