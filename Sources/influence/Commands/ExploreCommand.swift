#if canImport(Glibc)
import Glibc
#endif
import BuiltinContent
import Classroom
import CursesTerminal
import InfluenceContent
import InfluenceText
import InfluenceUI

extension Command {
    /// `influence` (or `influence explore`): the explorer, where it was left off.
    static let explore = Command(describe: ExploreCommand.spec, run: ExploreCommand.run)
}

/// `influence` (or `influence explore`): the interactive explorer.
enum ExploreCommand {
    /// What the command says of itself (it names no case or stage).
    static func spec(_ names: ContentNames) -> CommandSpec {
        CommandSpec(
            name: "explore", abstract: "Open the interactive explorer (the default).",
            discussion: """
            Keys are listed in the explorer's help (press ?). The explorer reopens where you left off \
            (the screen, case, stage, scroll and presenter step) with your marks (m and a letter), kept \
            for each content folder in $XDG_STATE_HOME/influence (~/.local/state/influence). A teacher \
            leads a class with --lead; students follow with --follow (see "In class" in the README).
            """,
            argument: nil,
            options: [
                OptionSpec(name: .fresh, valueName: "",
                           help: "Start at the home screen without reading the saved place and marks; on quitting, this run's place and marks are saved in their stead.",
                           completion: .none),
                .noMouse, .theme, .lead,
                OptionSpec(name: .follow, valueName: "ROOM",
                           help: "Follow the presenter of the room ROOM (default \"\(RoomName.standard)\"): go where they go. A key that moves detaches you; F follows again.",
                           completion: .none, defaultValue: RoomName.standard.text),
                .roomDirectory,
                OptionSpec(name: .leadUser, valueName: "USER",
                           help: "With --follow: the presenter is this user (a name in /etc/passwd, or a uid), not the room folder's owner. Only the presenter's room file is followed.",
                           completion: .none),
                .content,
            ],
            examples: ["influence --lead", "influence --follow --room-dir /srv/influence"])
    }

    /// Explores from the saved place (or the home screen with --fresh), leading or following a room if asked.
    static func run(_ options: ParsedOptions) throws(CommandExit) {
        try explore(contentFolder: options.contentFolder, mouse: !options.flag(.noMouse), theme: options.value(.theme),
                    start: options.flag(.fresh) ? .fresh : .resume, room: ClassroomSession.Request(options: options))
    }

    /// Loads the content, takes over the terminal and runs the explorer until the user quits.
    /// `mouse`: clicks and the wheel go to the explorer (off with --no-mouse, leaving the terminal's
    /// own text selection).
    /// `theme`: from --theme, else INFLUENCE_THEME. `present`: a case to present (its number or id;
    /// empty for the first), from `stage` if given. `start`: where else to start (see `PlaceKeeper`).
    /// `room`: --lead or --follow and their options.
    static func explore(contentFolder: String?, mouse: Bool = true, theme: String? = nil,
                        present: String? = nil, stage: String? = nil, minutes: Int? = nil, speaker: Bool = false, start: PlaceKeeper.Start = .resume,
                        room: ClassroomSession.Request? = nil) throws(CommandExit) {
        let environment = System.environment
        let keeper = PlaceKeeper(start: present == nil ? start : .elsewhere, contentFolder: contentFolder,
                                 environment: environment)
        // The built-in content, when nothing is needed before the first frame but what the home screen
        // shows: the first frame is drawn from its home summary, and the rest is read just after
        // (reading it all is most of the start-up time). Otherwise (another folder, a case to present,
        // a place to resume or open) the content comes first: broken content is reported before any
        // screen is drawn.
        let opening: Opening
        if contentFolder == nil && present == nil && !keeper.needsContent, let home = BuiltinContent.home() {
            opening = .home(home)
        } else {
            opening = .content(try ContentOptions.load(folder: contentFolder))
        }
        let content = opening.content
        let chosenTheme = try Self.theme(theme ?? environment["INFLUENCE_THEME"], fromOption: theme != nil)
        var presented: (CaseID?, Int)?
        if let present, let content, ["framework", "0"].contains(present.lowercased()) {
            // The argument, at its first section; with a stage, at its account of the seven stages.
            presented = (nil, stage == nil ? 0 : ArgumentSection.allCases.firstIndex(of: .stages) ?? 0)
            if let stage { _ = try PrintCommand.stage(stage, in: content) }
        } else if let present, let content {
            guard let c = present.isEmpty ? content.cases.first : content.findCase(present) else {
                throw PrintCommand.noCase(present, content)
            }
            var step = 0
            if let stage {
                let found = try PrintCommand.stage(stage, in: content)
                guard let index = c.stages.firstIndex(where: { $0.stage == found.id }) else {
                    throw PrintCommand.usage("case \(c.number) has no stage \"\(stage)\"")
                }
                step = index
            }
            presented = (c.caseID, step)
        }
        if let content { try keeper.resolve(in: content) }
        let classroom = try room.flatMap { request throws(CommandExit) in
            try ClassroomSession.prepare(request, environment: environment)
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(environment: environment, mouse: mouse, theme: chosenTheme)
        } catch {
            Output.error(error.message)
            throw CommandExit(status: error.exitCode)
        }
        let glyphs: Glyphs = terminal.supportsUnicode ? .unicode : .ascii
        let explorer: Explorer
        let unreadable = Unreadable()
        switch opening {
        case .home(let home):
            explorer = Explorer(home: home, load: { Self.builtinContent(failure: unreadable) }, size: terminal.size, glyphs: glyphs)
        case .content(let content):
            explorer = Explorer(content: content, size: terminal.size, glyphs: glyphs)
        }
        if let (id, step) = presented { explorer.present(case: id, step: step, speaker: speaker) }
        if let minutes { explorer.countDown(minutes: minutes) }
        keeper.begin(explorer)
        classroom?.attach(to: explorer, terminal: terminal)
        let code: Int32
        if environment["INFLUENCE_TEST_CRASH"] == "1" {
            // A test-only trigger: crash on the first key, to prove the terminal is restored.
            code = explorer.run(on: CrashingTerminal(wrapping: terminal))
        } else {
            code = explorer.run(on: terminal)
        }
        classroom?.finish()
        let unsaved = keeper.end(explorer)
        terminal.close()
        if let unsaved { Output.error(unsaved) }
        if let report = unreadable.report { Output.error(report) }
        // For the teacher: how long the lesson took, stage by stage.
        if code == 0, let summary = explorer.lessonSummary() { Output.print(summary) }
        if code != 0 { throw CommandExit(status: code) }
    }
}

extension ExploreCommand {
    /// What the explorer starts from: the built-in content's home summary (the rest read after the
    /// first frame), or content read in full before the terminal is taken over.
    enum Opening {
        case home(HomeSummary)
        case content(Content)

        /// The content, when it was read in full first.
        var content: Content? {
            if case .content(let content) = self { return content }
            return nil
        }
    }

    /// The built-in content, read after the first frame. It was checked when the binary was built,
    /// so failing to read it means a damaged binary: the explorer then stops (exit 65, as for any
    /// broken content), and the reason, kept in `failure`, is printed once the terminal is given back.
    static func builtinContent(failure: Unreadable) -> Content? {
        switch BuiltinContent.load() {
        case .success(let content):
            return content
        case .failure(let error):
            failure.report = error.report
            return nil
        }
    }

    /// Why the built-in content could not be read after the first frame, if it could not.
    final class Unreadable {
        var report: String?
    }

    /// The theme named (dark when none); a name that is not one is a usage error from --theme, and
    /// from INFLUENCE_THEME a one-line warning (the explorer still opens).
    static func theme(_ name: String?, fromOption: Bool) throws(CommandExit) -> Theme {
        guard let name, !name.isEmpty else { return .dark }
        if let theme = Theme(rawValue: name.lowercased()) { return theme }
        let names = Theme.allCases.map(\.rawValue).joined(separator: ", ")
        if fromOption { throw PrintCommand.usage("no theme \"\(name)\"; use one of: \(names)") }
        Output.error("influence: INFLUENCE_THEME=\(name) is not a theme (\(names)); using dark")
        return .dark
    }
}

/// Wraps a terminal and crashes the process on the first key (only with INFLUENCE_TEST_CRASH=1).
final class CrashingTerminal: Terminal {
    let inner: Terminal
    init(wrapping inner: Terminal) { self.inner = inner }
    var size: Size { inner.size }
    var supportsUnicode: Bool { inner.supportsUnicode }
    func draw(_ buffer: CellBuffer) { inner.draw(buffer) }
    var clock: Double { inner.clock }
    func nextEvent(timeout: Int?) -> TerminalEvent {
        let event = inner.nextEvent(timeout: timeout)
        if case .key = event { fatalError("test crash requested by INFLUENCE_TEST_CRASH") }
        return event
    }
}
