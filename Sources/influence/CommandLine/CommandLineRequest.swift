/// What the command line asks for, parsed against the table of commands.
enum CommandLineRequest {
    /// Run a command with the options and arguments given it.
    case run(Command, ParsedOptions)
    /// Help for a command, or for `influence` itself (nil), naming the cases and stages of the
    /// `--content` folder given with it (else the built-in content's).
    case help(Command?, contentFolder: String?)
    case version
    case completionScript(Shell)
    case manualPage

    /// The shells a completion script is written for.
    enum Shell: String, CaseIterable {
        case bash, zsh, fish
    }

    /// A command line that cannot be run, with what to say.
    struct UsageError: Error {
        var message: String
        /// The command whose usage to show.
        var command: Command?
    }

    /// Parses the arguments after the program's name.
    static func parse(_ arguments: [String]) throws(UsageError) -> CommandLineRequest {
        let words = arguments
        var rest = arguments[...]
        var command = Command.explore
        var named = false
        if let first = rest.first {
            switch first {
            case "--version":
                guard rest.count == 1 else { throw UsageError(message: "--version takes nothing after it", command: nil) }
                return .version
            case "--generate-manual":
                return .manualPage
            case "--generate-completion-script":
                let shells = Shell.allCases.map(\.rawValue).joined(separator: ", ")
                guard rest.count == 2, let shell = Shell(rawValue: rest[rest.startIndex + 1]) else {
                    throw UsageError(message: "--generate-completion-script needs a shell: one of \(shells)", command: nil)
                }
                return .completionScript(shell)
            case "help":
                return try help(Array(rest.dropFirst()))
            default:
                if let chosen = Command.named(first) {
                    command = chosen
                    named = true
                    rest = rest.dropFirst()
                } else if !first.hasPrefix("-") {
                    throw unknownCommand(first)
                }
            }
        }
        let spec = command.spec
        var options = ParsedOptions()
        var arguments: [String] = []
        var onlyArguments = false
        while let word = rest.popFirst() {
            if !onlyArguments && (word == "--help" || word == "-h") {
                return .help(named ? command : nil, contentFolder: contentFolder(in: words))
            }
            if !onlyArguments && word == "--" {
                onlyArguments = true
                continue
            }
            if !onlyArguments && word.hasPrefix("-") && word.count > 1 {
                let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let flag = String(parts[0])
                guard let option = spec.options.first(where: { $0.flag == flag }) else {
                    throw UsageError(message: "unknown option \"\(flag)\"", command: command)
                }
                let value: String
                if !option.takesValue {
                    guard parts.count == 1 else {
                        throw UsageError(message: "\(flag) takes no value", command: command)
                    }
                    value = ""
                } else if parts.count == 2 {
                    value = String(parts[1])
                } else if let defaultValue = option.defaultValue {
                    // The next word is the value only where it cannot be the command's argument.
                    if let next = rest.first, !next.hasPrefix("-"), arguments.count >= spec.arguments.count {
                        value = next
                        rest = rest.dropFirst()
                    } else {
                        value = defaultValue
                    }
                } else if let next = rest.first, !next.hasPrefix("--") {
                    value = next
                    rest = rest.dropFirst()
                } else {
                    throw UsageError(message: "\(flag) needs a value (\(option.valueName))", command: command)
                }
                options.set(option.name, value)
                continue
            }
            let specs = spec.arguments
            guard !specs.isEmpty else {
                throw UsageError(message: "unexpected argument \"\(word)\"", command: command)
            }
            guard arguments.count < specs.count else {
                let given = specs.count == 1 ? "\(specs[0].name) is already \"\(arguments[0])\""
                    : specs.map(\.name).joined(separator: " and ") + " are already given"
                throw UsageError(message: "unexpected argument \"\(word)\" (\(given))", command: command)
            }
            arguments.append(word)
        }
        for argument in spec.arguments.dropFirst(arguments.count) where argument.isRequired {
            throw UsageError(message: "missing \(argument.name)", command: command)
        }
        for option in spec.options where option.isRequired && !options.flag(option.name) {
            throw UsageError(message: "missing \(option.flag) \(option.valueName)", command: command)
        }
        options.arguments = arguments
        return .run(command, options)
    }

    /// `help [COMMAND] [--content DIR]`: the words after "help".
    private static func help(_ words: [String]) throws(UsageError) -> CommandLineRequest {
        var command: Command?
        var folder: String?
        var rest = words[...]
        while let word = rest.popFirst() {
            if word == OptionSpec.content.flag {
                guard let value = rest.popFirst() else {
                    throw UsageError(message: "\(word) needs a value (\(OptionSpec.content.valueName))", command: nil)
                }
                folder = value
            } else if word.hasPrefix(OptionSpec.content.flag + "=") {
                folder = String(word.dropFirst(OptionSpec.content.flag.count + 1))
            } else if command == nil {
                guard let asked = Command.named(word) else { throw unknownCommand(word) }
                command = asked
            } else {
                throw UsageError(message: "help takes at most one command", command: nil)
            }
        }
        return .help(command, contentFolder: folder)
    }

    /// The `--content DIR` (or `--content=DIR`) among a command's words, for its help; nil when none.
    private static func contentFolder(in words: [String]) -> String? {
        var rest = words[...]
        while let word = rest.popFirst(), word != "--" {
            if word == OptionSpec.content.flag { return rest.first }
            if word.hasPrefix(OptionSpec.content.flag + "=") { return String(word.dropFirst(OptionSpec.content.flag.count + 1)) }
        }
        return nil
    }

    private static func unknownCommand(_ name: String) -> UsageError {
        let names = Command.all.map(\.name).joined(separator: ", ")
        return UsageError(message: "unknown command \"\(name)\"; the commands are \(names)", command: nil)
    }
}
