import Classroom

/// What one command of `influence` says of itself: its name, what it does, its arguments and options.
/// Each `Command` owns one; together they drive parsing, `--help`, the man page and the shell
/// completion scripts.
///
/// The command line is parsed here rather than with swift-argument-parser: that package (1.8.2)
/// imports FoundationEssentials on Linux, which put 28,000 Foundation symbols into the static
/// binary and doubled it (28 MB against 14 MB), with the start-up cost that comes with size.
struct CommandSpec: Sendable {
    var name: String
    var abstract: String
    var discussion: String?
    var argument: ArgumentSpec?
    var options: [OptionSpec]
    /// Examples for help and the man page.
    var examples: [String] = []
    /// An argument that may follow the first (`open CASE [STAGE]`).
    var secondArgument: ArgumentSpec? = nil

    /// The arguments in order: the first, then the second if any.
    var arguments: [ArgumentSpec] { [argument, secondArgument].compactMap { $0 } }
}

/// An argument a command takes.
struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var completion: Completion
    var isRequired = false
}

/// The name of an option, `--NAME` on the command line: how a command asks for the value it was given.
enum OptionName: String, Sendable, CaseIterable {
    case content, fresh, theme, lead, follow, stage, questions, width, size, keys, format, output, minutes, speaker, article
    case noMouse = "no-mouse"
    case roomDirectory = "room-dir"
    case leadUser = "lead-user"
}

/// An option: `--content DIR` (also written `--content=DIR`), or a flag that takes no value
/// (`--no-mouse`, an empty `valueName`).
struct OptionSpec: Sendable {
    var name: OptionName
    var valueName: String
    var help: String
    var completion: Completion
    var isRequired = false
    /// For a value that may be left out (`--lead` or `--lead ROOM`): the value then. A word after
    /// the option is its value only where it cannot be the command's argument (`--lead=ROOM` always is).
    var defaultValue: String? = nil

    /// "--content".
    var flag: String { "--" + name.rawValue }
    var takesValue: Bool { !valueName.isEmpty }
    var valueIsOptional: Bool { defaultValue != nil }
    /// "--content DIR", "--lead [ROOM]", or "--no-mouse".
    var synopsis: String {
        guard takesValue else { return flag }
        return valueIsOptional ? "\(flag) [\(valueName)]" : "\(flag) \(valueName)"
    }
}

/// What a shell offers when completing a value.
enum Completion: Sendable {
    case none
    case directory
    /// Any file.
    case file
    case words([String])
    /// The case numbers and ids.
    case cases
    /// The case numbers and ids, and "framework".
    case casesOrFramework
    /// The case numbers and ids, "framework", and the views `print` prints.
    case printable
    /// The stage numbers, ids and short titles.
    case stages
}

extension CommandSpec {
    static let version = "0.1.0"
    static let program = "influence"
    static let overview = "Explore how Mexico turned unilateral US drug policy into agreements on its own terms."
    static let topDiscussion = """
    With no command, opens the interactive explorer on the built-in content. Every command takes \
    --content DIR to use another content folder instead.
    """
}

/// The options more than one command takes.
extension OptionSpec {
    static let content = OptionSpec(
        name: .content, valueName: "DIR",
        help: "Read content from this folder instead of the built-in content.", completion: .directory)

    static let noMouse = OptionSpec(
        name: .noMouse, valueName: "",
        help: "Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel.",
        completion: .none)

    static let theme = OptionSpec(
        name: .theme, valueName: "THEME",
        help: "dark (for the terminal's own background), light (a white screen: no dim text, no yellow) or contrast (black and white only); also INFLUENCE_THEME. NO_COLOR still turns colour off.",
        completion: .words(["dark", "light", "contrast"]))

    static let lead = OptionSpec(
        name: .lead, valueName: "ROOM",
        help: "Lead a class: publish where you are, at every move, to the room ROOM (default \"\(RoomName.standard)\"), for students running --follow.",
        completion: .none, defaultValue: RoomName.standard.text)

    static let roomDirectory = OptionSpec(
        name: .roomDirectory, valueName: "DIR",
        help: "The folder of the rooms' files (also INFLUENCE_ROOM_DIR). The default, $XDG_RUNTIME_DIR/influence, is yours alone; for a class, a folder the teacher can write and students can read, such as /srv/influence.",
        completion: .directory)
}
