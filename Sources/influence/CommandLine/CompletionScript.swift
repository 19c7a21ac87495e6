/// Shell completion scripts for bash, zsh and fish, from the table of commands
/// (`influence --generate-completion-script bash`). Case and stage values come from the content.
struct CompletionScript {
    /// What `.cases`, `.stages` and the views of `.printable` complete to.
    var cases: [String]
    var stages: [String]
    var views: [String]
    /// The commands' specs, in the order help lists them, with the content's names in their help.
    var specs: [CommandSpec]

    /// The scripts for the content `names` names (case and stage numbers and ids) and `print`'s views.
    init(names: ContentNames, views: [String]) {
        cases = names.cases.flatMap { [String($0.number), $0.id] }
        stages = names.stages.flatMap { [String($0.number), $0.id] }
        self.views = views
        specs = Command.all.map { $0.describe(names) }
    }

    /// The script for one shell.
    func script(for shell: CommandLineRequest.Shell) -> String {
        switch shell {
        case .bash: return bash()
        case .zsh: return zsh()
        case .fish: return fish()
        }
    }

    func words(_ completion: Completion) -> [String] {
        switch completion {
        case .none, .directory, .file: return []
        case .words(let words): return words
        case .cases: return cases
        case .casesOrFramework: return ["framework"] + cases
        case .printable: return ["framework"] + cases + views
        case .stages: return stages
        }
    }

    /// Single-quoted for any of the three shells.
    static func quoted(_ text: String) -> String {
        "'" + escaped(text, [("'", "'\\''")]) + "'"
    }

    /// `text` with each listed character written as its replacement.
    static func escaped(_ text: String, _ replacements: [(Character, String)]) -> String {
        var out = ""
        for character in text {
            if let replacement = replacements.first(where: { $0.0 == character }) {
                out += replacement.1
            } else {
                out.append(character)
            }
        }
        return out
    }

    static let topFlags = ["--version", "--help", "--generate-completion-script", "--generate-manual"]
    /// With no command, `influence` explores: its options work there too.
    static let topOptions = Command.explore.spec.options

    // MARK: bash

    func bash() -> String {
        let names = specs.map(\.name) + ["help"]
        var out = """
        # bash completion for influence (influence --generate-completion-script bash)
        _influence() {
            local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command="" i
            for ((i = 1; i < COMP_CWORD; i++)); do
                case ${COMP_WORDS[i]} in
                    \(names.joined(separator: "|"))) command=${COMP_WORDS[i]}; break ;;
                esac
            done
            case $prev in
                --generate-completion-script) COMPREPLY=($(compgen -W 'bash zsh fish' -- "$cur")); return ;;

        """
        var seen: Set<String> = []
        for option in specs.flatMap(\.options) where option.takesValue && !option.valueIsOptional
            && seen.insert(option.flag).inserted {
            let action: String
            switch option.completion {
            case .directory: action = "COMPREPLY=($(compgen -d -- \"$cur\"))"
            case .file: action = "COMPREPLY=($(compgen -f -- \"$cur\"))"
            case .none: action = "COMPREPLY=()"
            default: action = "COMPREPLY=($(compgen -W \(Self.quoted(words(option.completion).joined(separator: " "))) -- \"$cur\"))"
            }
            out += "            \(option.flag)) \(action); return ;;\n"
        }
        out += """
            esac
            case $command in
                "") COMPREPLY=($(compgen -W \(Self.quoted((names + Self.topOptions.map(\.flag) + Self.topFlags).joined(separator: " "))) -- "$cur")) ;;
                help) COMPREPLY=($(compgen -W \(Self.quoted(specs.map(\.name).joined(separator: " "))) -- "$cur")) ;;

        """
        for command in specs {
            let values = command.options.map(\.flag) + ["--help"] + command.arguments.flatMap { words($0.completion) }
            out += "        \(command.name)) COMPREPLY=($(compgen -W \(Self.quoted(values.joined(separator: " "))) -- \"$cur\")) ;;\n"
        }
        out += """
            esac
        }
        complete -F _influence influence

        """
        return out
    }

    // MARK: zsh

    func zsh() -> String {
        func spec(_ option: OptionSpec) -> String {
            guard option.takesValue else { return Self.quoted("\(option.flag)[\(Self.zshEscaped(option.help))]") }
            if option.valueIsOptional {
                // "=-": a value only in the same word (--lead=ROOM).
                return Self.quoted("\(option.flag)=-[\(Self.zshEscaped(option.help))]:\(option.valueName.lowercased()): ")
            }
            let action: String
            switch option.completion {
            case .directory: action = "_files -/"
            case .file: action = "_files"
            case .none: action = " "
            default: action = "(" + words(option.completion).joined(separator: " ") + ")"
            }
            return Self.quoted("\(option.flag)=[\(Self.zshEscaped(option.help))]:\(option.valueName.lowercased()):\(action)")
        }
        var out = """
        #compdef influence
        # zsh completion for influence (influence --generate-completion-script zsh)
        _influence() {
            local -a commands
            commands=(

        """
        for command in specs + [CommandSpec(name: "help", abstract: "Show help for a command.", argument: nil, options: [])] {
            out += "        \(Self.quoted("\(command.name):\(Self.zshEscaped(command.abstract))"))\n"
        }
        out += """
            )
            local curcontext=$curcontext state line
            _arguments -C \\
                \(Self.topOptions.map(spec).joined(separator: " \\\n        ")) \\
                '--version[Show the version.]' \\
                '(-h --help)'{-h,--help}'[Show help.]' \\
                '--generate-completion-script=[Print a completion script.]:shell:(bash zsh fish)' \\
                '--generate-manual[Print the manual page.]' \\
                '1: :->command' \\
                '*:: :->arguments'
            case $state in
                command) _describe command commands ;;
                arguments)
                    case $words[1] in
                        help) _describe command commands ;;

        """
        for command in specs {
            var specs = command.options.map(spec) + [Self.quoted("(-h --help)--help[Show help.]")]
            for (index, argument) in command.arguments.enumerated() {
                let optional = argument.isRequired ? "" : ":"
                specs.append(Self.quoted("\(index + 1):\(optional)\(argument.name.lowercased()):(" + words(argument.completion).joined(separator: " ") + ")"))
            }
            out += "                \(command.name)) _arguments \(specs.joined(separator: " ")) ;;\n"
        }
        out += """
                    esac
                    ;;
            esac
        }
        _influence "$@"

        """
        return out
    }

    static func zshEscaped(_ text: String) -> String {
        escaped(text, [("[", "\\["), ("]", "\\]"), (":", "\\:")])
    }

    // MARK: fish

    func fish() -> String {
        var out = ["# fish completion for influence (influence --generate-completion-script fish)",
                   "complete -c influence -f"]
        let names = specs.map(\.name) + ["help"]
        let noCommand = "not __fish_seen_subcommand_from \(names.joined(separator: " "))"
        for command in specs {
            out.append("complete -c influence -n \(Self.quoted(noCommand)) -a \(command.name) -d \(Self.quoted(command.abstract))")
        }
        out.append("complete -c influence -n \(Self.quoted(noCommand)) -a help -d 'Show help for a command.'")
        out.append("complete -c influence -n \(Self.quoted(noCommand)) -l version -d 'Show the version.'")
        out.append("complete -c influence -n \(Self.quoted(noCommand)) -l generate-completion-script -x -a 'bash zsh fish' -d 'Print a completion script.'")
        out.append("complete -c influence -n \(Self.quoted(noCommand)) -l generate-manual -d 'Print the manual page.'")
        for option in Self.topOptions {
            out.append("complete -c influence -n \(Self.quoted(noCommand)) \(fishOption(option))")
        }
        out.append("complete -c influence -s h -l help -d 'Show help.'")
        out.append("complete -c influence -n '__fish_seen_subcommand_from help' -a \(Self.quoted(specs.map(\.name).joined(separator: " ")))")
        for command in specs {
            let seen = Self.quoted("__fish_seen_subcommand_from \(command.name)")
            for option in command.options {
                out.append("complete -c influence -n \(seen) \(fishOption(option))")
            }
            for argument in command.arguments {
                out.append("complete -c influence -n \(seen) -a \(Self.quoted(words(argument.completion).joined(separator: " ")))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// fish's words for one option: its name, whether it takes a value, what completes it, its help.
    func fishOption(_ option: OptionSpec) -> String {
        let values: String
        switch option.completion {
        case .directory: values = " -a '(__fish_complete_directories)'"
        case .file: values = " -r -F"
        case .none: values = ""
        default: values = " -a " + Self.quoted(words(option.completion).joined(separator: " "))
        }
        let takes = option.takesValue && !option.valueIsOptional ? " -x" : ""
        return "-l \(option.name.rawValue)\(takes)\(values) -d \(Self.quoted(option.help))"
    }
}
