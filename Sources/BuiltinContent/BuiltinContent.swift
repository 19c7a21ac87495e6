import InfluenceContent

/// The content compiled into the binary, so `influence` works from any folder.
public enum BuiltinContent {
    /// Reads the embedded content (validated when the binary was built).
    public static func load() -> Result<Content, ContentError> {
        guard let content = ContentArchive.decode(EmbeddedContent.archive) else {
            let here = SourceLocation(file: "built-in content", line: 1, column: 1)
            return .failure(ContentError(diagnostics: [Diagnostic(here, "the built-in content could not be read; rebuild influence, or pass --content DIR")]))
        }
        return .success(content)
    }

    /// What the first screen shows, read on its own (in a small part of the time the whole content
    /// takes), so the explorer can draw before `load()`.
    public static func home() -> HomeSummary? {
        ContentArchive.decodeSummary(EmbeddedContent.home)
    }
}
