/// One command of `influence`: its spec (name, help, arguments, options, examples) and what it does
/// with the options and arguments parsed against that spec.
struct Command: Sendable {
    /// The spec written for a content's cases and stages, which its help and examples name.
    let describe: @Sendable (ContentNames) -> CommandSpec
    /// The spec with no content's names: what parsing and usage lines read (the same name,
    /// arguments and options whatever the content).
    let spec: CommandSpec
    /// Carries out the command; a `CommandExit` ends it with that status, after it has said why.
    let run: @Sendable (ParsedOptions) throws(CommandExit) -> Void

    init(describe: @escaping @Sendable (ContentNames) -> CommandSpec,
         run: @escaping @Sendable (ParsedOptions) throws(CommandExit) -> Void) {
        self.describe = describe
        self.spec = describe(.unknown)
        self.run = run
    }

    var name: String { spec.name }

    /// Every command, in the order help lists them; the first (`explore`) runs when none is named.
    static let all: [Command] = [.explore, .open, .present, .validate, .print, .export, .render]

    /// The command called `name`, if there is one.
    static func named(_ name: String) -> Command? { all.first { $0.name == name } }
}
