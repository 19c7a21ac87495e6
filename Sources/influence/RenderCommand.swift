import InfluenceUI

/// `influence render`: print the explorer's frame after some keys, as plain text.
enum RenderCommand {
    /// The largest window `--size` accepts, in each direction.
    static let maxSide = 1000

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
