import InfluenceUI

extension Command {
    /// `influence render`: a frame as plain text.
    static let render = Command(describe: RenderCommand.spec, run: RenderCommand.run)
}

/// `influence render`: print the explorer's frame after some keys, as plain text.
enum RenderCommand {
    /// The largest window `--size` accepts, in each direction.
    static let maxSide = 1000

    /// What the command says of itself (it names no case or stage).
    static func spec(_ names: ContentNames) -> CommandSpec {
        CommandSpec(
            name: "render",
            abstract: "Print, as plain text, the frame the explorer shows after the given keys.",
            discussion: """
            KEYS are space-separated and named as tmux send-keys names them: single characters, Enter, \
            Escape, Tab, BTab, Up, Down, Left, Right, PPage, NPage, Home, End, Space, BSpace, C-c.
            """,
            argument: nil,
            options: [
                OptionSpec(name: .size, valueName: "WxH", help: "The window size, as WIDTHxHEIGHT, at most 1000x1000.",
                           completion: .none, isRequired: true),
                OptionSpec(name: .keys, valueName: "KEYS", help: "Keys to press first, space-separated.", completion: .none),
                .content,
            ],
            examples: ["influence render --size 100x30 --keys \"3 Right Right Right\""])
    }

    /// Renders the frame after --keys at --size.
    static func run(_ options: ParsedOptions) throws(CommandExit) {
        try run(size: options.value(.size) ?? "", keys: options.value(.keys) ?? "", contentFolder: options.contentFolder)
    }

    /// Presses the keys on an explorer of the given size and prints its frame.
    static func run(size: String, keys: String, contentFolder: String?) throws(CommandExit) {
        let parsed = try parseSize(size)
        var parsedKeys: [Key] = []
        for name in keys.split(separator: " ") {
            guard let key = Key(tmuxName: String(name)) else {
                throw PrintCommand.usage("unknown key name \"\(name)\"; use tmux names such as Enter, Escape, Tab, Up, PPage, C-c")
            }
            parsedKeys.append(key)
        }
        let content = try ContentOptions.load(folder: contentFolder)
        let explorer = Explorer(content: content, size: parsed)
        for key in parsedKeys where explorer.state.exitCode == nil {
            explorer.press(key)
        }
        let text = explorer.frame().text
        if !text.isEmpty { Output.print(text) }
    }

    /// WIDTHxHEIGHT, each from 0 to 1000.
    static func parseSize(_ text: String) throws(CommandExit) -> Size {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w >= 0, h >= 0 else {
            throw PrintCommand.usage("--size must be WIDTHxHEIGHT, like 80x24 (got \"\(text)\")")
        }
        guard w <= maxSide, h <= maxSide else {
            throw PrintCommand.usage("--size must be at most \(maxSide)x\(maxSide) (got \"\(text)\")")
        }
        return Size(width: w, height: h)
    }
}
