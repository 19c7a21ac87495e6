/// The options and arguments a command line gave its command, read against the command's spec.
struct ParsedOptions: Equatable, Sendable {
    /// The value of each option given; "" for a flag.
    private var values: [OptionName: String]
    /// The arguments, in order (CASE, then STAGE for `open`).
    var arguments: [String]

    init(values: [OptionName: String] = [:], arguments: [String] = []) {
        self.values = values
        self.arguments = arguments
    }

    /// Whether the option was given (`--no-mouse`, `--fresh`).
    func flag(_ name: OptionName) -> Bool { values[name] != nil }

    /// The option's value, nil when it was not given.
    func value(_ name: OptionName) -> String? { values[name] }

    /// `--content DIR`: the content folder to read instead of the built-in content.
    var contentFolder: String? { value(.content) }

    /// The first argument (CASE), nil when left out.
    var argument: String? { arguments.first }

    /// The second argument (`open`'s STAGE), nil when left out.
    var secondArgument: String? { arguments.dropFirst().first }

    /// Records an option's value (the parser's).
    mutating func set(_ name: OptionName, _ value: String) { values[name] = value }
}
