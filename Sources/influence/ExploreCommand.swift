import ArgumentParser
import CursesTerminal
import Foundation
import InfluenceUI

/// `influence` (or `influence explore`): the interactive explorer.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer (the default)."
    )

    @OptionGroup var options: ContentOptions

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel.")
    var noMouse = false

    func run() throws {
        try Self.explore(contentFolder: options.content, mouse: !noMouse)
    }

    /// Loads the content, takes over the terminal and runs the explorer until the user quits.
    static func explore(contentFolder: String?, mouse: Bool = true) throws {
        // Content first: broken content is reported before any screen is drawn.
        let content = try ContentOptions.load(folder: contentFolder)
        let environment = ProcessInfo.processInfo.environment
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(environment: environment, mouse: mouse)
        } catch {
            Output.error(error.message)
            throw ExitCode(error.exitCode)
        }
        let explorer = Explorer(content: content, size: terminal.size,
                                glyphs: terminal.supportsUnicode ? .unicode : .ascii)
        let code: Int32
        if environment["INFLUENCE_TEST_CRASH"] == "1" {
            // A test-only trigger: crash on the first key, to prove the terminal is restored.
            code = explorer.run(on: CrashingTerminal(wrapping: terminal))
        } else {
            code = explorer.run(on: terminal)
        }
        terminal.close()
        if code != 0 { throw ExitCode(code) }
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
