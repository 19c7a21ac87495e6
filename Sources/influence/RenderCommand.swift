import ArgumentParser

/// `influence render`: print the explorer's frame after some keys, as plain text.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print, as plain text, the frame the explorer shows after the given keys."
    )

    @OptionGroup var options: ContentOptions

    func run() throws {
        _ = try options.load()
    }
}
