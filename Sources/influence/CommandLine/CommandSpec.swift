import Classroom

/// One command of `influence`: what it does, its argument and options. The table of commands
/// (`CommandSpec.all`) drives parsing, `--help`, the man page and the shell completion scripts.
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

/// An option: `--content DIR` (also written `--content=DIR`), or a flag that takes no value
/// (`--no-mouse`, an empty `valueName`).
struct OptionSpec: Sendable {
    var name: String
    var valueName: String
    var help: String
    var completion: Completion
    var isRequired = false
    /// For a value that may be left out (`--lead` or `--lead ROOM`): the value then. A word after
    /// the option is its value only where it cannot be the command's argument (`--lead=ROOM` always is).
    var defaultValue: String? = nil

    var flag: String { "--" + name }
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

    static let content = OptionSpec(
        name: "content", valueName: "DIR",
        help: "Read content from this folder instead of the built-in content.", completion: .directory)

    static let noMouse = OptionSpec(
        name: "no-mouse", valueName: "",
        help: "Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel.",
        completion: .none)

    static let theme = OptionSpec(
        name: "theme", valueName: "THEME",
        help: "dark (for the terminal's own background), light (a white screen: no dim text, no yellow) or contrast (black and white only); also INFLUENCE_THEME. NO_COLOR still turns colour off.",
        completion: .words(["dark", "light", "contrast"]))

    static let lead = OptionSpec(
        name: "lead", valueName: "ROOM",
        help: "Lead a class: publish where you are, at every move, to the room ROOM (default \"\(RoomName.standard)\"), for students running --follow.",
        completion: .none, defaultValue: RoomName.standard.text)

    /// --lead for present, where a word after it could be the case.
    static let presentLead = OptionSpec(
        name: "lead", valueName: "ROOM",
        help: lead.help + " Name a room as --lead=ROOM, or after CASE (a word right after --lead is the case).",
        completion: .none, defaultValue: RoomName.standard.text)

    static let follow = OptionSpec(
        name: "follow", valueName: "ROOM",
        help: "Follow the presenter of the room ROOM (default \"\(RoomName.standard)\"): go where they go. A key that moves detaches you; F follows again.",
        completion: .none, defaultValue: RoomName.standard.text)

    static let roomDir = OptionSpec(
        name: "room-dir", valueName: "DIR",
        help: "The folder of the rooms' files (also INFLUENCE_ROOM_DIR). The default, $XDG_RUNTIME_DIR/influence, is yours alone; for a class, a folder the teacher can write and students can read, such as /srv/influence.",
        completion: .directory)

    static let leadUser = OptionSpec(
        name: "lead-user", valueName: "USER",
        help: "With --follow: the presenter is this user (a name in /etc/passwd, or a uid), not the room folder's owner. Only the presenter's room file is followed.",
        completion: .none)

    static let explore = CommandSpec(
        name: "explore", abstract: "Open the interactive explorer (the default).",
        discussion: """
        Keys are listed in the explorer's help (press ?). The explorer reopens where you left off \
        (the screen, case, stage, scroll and presenter step) with your marks (m and a letter), kept \
        for each content folder in $XDG_STATE_HOME/influence (~/.local/state/influence). A teacher \
        leads a class with --lead; students follow with --follow (see "In class" in the README).
        """,
        argument: nil,
        options: [
            OptionSpec(name: "fresh", valueName: "",
                       help: "Start at the home screen without reading the saved place and marks; on quitting, this run's place and marks are saved in their stead.",
                       completion: .none),
            noMouse, theme, lead, follow, roomDir, leadUser, content,
        ],
        examples: ["influence --lead", "influence --follow --room-dir /srv/influence"])

    static let open = CommandSpec(
        name: "open",
        abstract: "Open the explorer at a case and stage, instead of where you left off.",
        discussion: "The marks are kept, and the place is saved on quitting, as always.",
        argument: ArgumentSpec(name: "CASE", help: "A case number (1-5) or id (intercept, condor, leyenda, casablanca, merida); \"framework\" (or 0) for the argument.",
                               completion: .casesOrFramework, isRequired: true),
        options: [theme, noMouse, content],
        examples: ["influence open 3 resources", "influence open merida 7", "influence open framework institutions"],
        secondArgument: ArgumentSpec(name: "STAGE", help: "A stage: its number (1-7), id or name from the stage bar; the first when left out. With framework, the argument's account of that stage.",
                                     completion: .stages))

    static let present = CommandSpec(
        name: "present",
        abstract: "Present a case for a projector: the whole screen for the text, revealed a step at a time.",
        discussion: "Space reveals the next paragraph, quotation or figures, then the next stage; \u{2190} steps back; t pauses the timer; p leaves presenter mode; ? lists the keys.",
        argument: ArgumentSpec(name: "CASE", help: "A case number (1-5) or id (intercept, condor, leyenda, casablanca, merida); the first case when left out.",
                               completion: .cases),
        options: [
            OptionSpec(name: "stage", valueName: "STAGE",
                       help: "Start at this stage: its number (1-7), id or name from the stage bar.", completion: .stages),
            theme, presentLead, roomDir, noMouse, content,
        ],
        examples: ["influence present 3 --theme light", "influence present leyenda --stage resources",
                   "influence present 2 --lead --room-dir /srv/influence"])

    static let validate = CommandSpec(
        name: "validate",
        abstract: "Check the content and report every problem as FILE:LINE:COLUMN: error: MESSAGE.",
        discussion: "Exits 0 with a one-line summary when the content is clean, 65 when it has errors.",
        argument: nil, options: [content],
        examples: ["influence validate --content MyContent"])

    static let print = CommandSpec(
        name: "print",
        abstract: "Print the framework and the cases (or one case, or one stage) as plain text.",
        discussion: "With --stage and no case, prints that stage of every case; with framework, the framework's account of that stage.",
        argument: ArgumentSpec(
            name: "CASE",
            help: "A case number (1-5) or id (intercept, condor, leyenda, casablanca, merida); \"framework\" (or 0) for the argument alone; or one of the views: grid, timeline, questions, glossary, sources, figures.",
            completion: .printable),
        options: [
            OptionSpec(name: "stage", valueName: "STAGE",
                       help: "Only this stage: its number (1-7), id (institutionalization) or name as the stage bar shows it (resources).",
                       completion: .stages),
            OptionSpec(name: "questions", valueName: "",
                       help: "Only the discussion questions (of the case, or of every case).", completion: .none),
            OptionSpec(name: "width", valueName: "N",
                       help: "Wrap lines at this many columns, 20 to 1000 (default: the terminal's width, or 80).",
                       completion: .none),
            content,
        ],
        examples: ["influence print 3 --stage resources --width 72", "influence print framework",
                   "influence print grid --width 100", "influence print 3 --questions"])

    static let render = CommandSpec(
        name: "render",
        abstract: "Print, as plain text, the frame the explorer shows after the given keys.",
        discussion: """
        KEYS are space-separated and named as tmux send-keys names them: single characters, Enter, \
        Escape, Tab, BTab, Up, Down, Left, Right, PPage, NPage, Home, End, Space, BSpace, C-c.
        """,
        argument: nil,
        options: [
            OptionSpec(name: "size", valueName: "WxH", help: "The window size, as WIDTHxHEIGHT, at most 1000x1000.",
                       completion: .none, isRequired: true),
            OptionSpec(name: "keys", valueName: "KEYS", help: "Keys to press first, space-separated.", completion: .none),
            content,
        ],
        examples: ["influence render --size 100x30 --keys \"3 Right Right Right\""])

    /// Every command; the first is the default.
    static let all = [explore, open, present, validate, print, export, render]

    static func named(_ name: String) -> CommandSpec? { all.first { $0.name == name } }
}
