import ArgumentParser
import InfluenceUI

/// `influence render`: print the explorer's frame after some keys, as plain text.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print, as plain text, the frame the explorer shows after the given keys.",
        discussion: """
        KEYS are space-separated and named as tmux send-keys names them: single characters, Enter, \
        Escape, Tab, BTab, Up, Down, Left, Right, PPage, NPage, Home, End, Space, BSpace, C-c.
        Example: influence render --size 100x30 --keys "3 Right Right Right"
        """
    )

    @Option(name: .long, help: ArgumentHelp("The window size, as WIDTHxHEIGHT.", valueName: "WxH"))
    var size: String

    @Option(name: .long, help: ArgumentHelp("Keys to press first, space-separated.", valueName: "KEYS"))
    var keys: String = ""

    @OptionGroup var options: ContentOptions

    func run() throws {
        guard let parsed = Self.parseSize(size) else {
            Output.error("influence: --size must be WIDTHxHEIGHT, like 80x24 (got \"\(size)\")")
            throw ExitCode(ExitStatus.usage)
        }
        var parsedKeys: [Key] = []
        for name in keys.split(separator: " ") {
            guard let key = Key(tmuxName: String(name)) else {
                Output.error("influence: unknown key name \"\(name)\"; use tmux names such as Enter, Escape, Tab, Up, PPage, C-c")
                throw ExitCode(ExitStatus.usage)
            }
            parsedKeys.append(key)
        }
        let content = try options.load()
        let explorer = Explorer(content: content, size: parsed)
        for key in parsedKeys where explorer.state.exitCode == nil {
            explorer.press(key)
        }
        let text = explorer.frame().text
        if !text.isEmpty { Output.print(text) }
    }

    static func parseSize(_ text: String) -> Size? {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
              (0...1000).contains(w), (0...1000).contains(h) else { return nil }
        return Size(width: w, height: h)
    }
}
