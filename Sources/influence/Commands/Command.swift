/// One command of `influence`: its spec (name, help, arguments, options, examples) and what it does
/// with the options and arguments parsed against that spec.
struct Command: Sendable {
    var spec: CommandSpec
    /// Carries out the command; a `CommandExit` ends it with that status, after it has said why.
    var run: @Sendable (ParsedOptions) throws(CommandExit) -> Void

    var name: String { spec.name }

    /// Every command, in the order help lists them; the first (`explore`) runs when none is named.
    static let all: [Command] = [.explore, .open, .present, .validate, .print, .export, .render]

    /// The command called `name`, if there is one.
    static func named(_ name: String) -> Command? { all.first { $0.name == name } }
}
