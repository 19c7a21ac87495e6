/// A compact text form of `Content` for the content compiled into the binary: written at build
/// time by `ContentEmbedder`, read back at start-up in well under a millisecond.
///
/// It is positional: each value's fields one after another, in the order its `Codable`
/// conformance takes them (the same conformance, from the same `CodingKeys`, that reads the YAML),
/// so a field added to a type is archived with nothing more to write. Text is `<utf8 length>:<bytes>`,
/// numbers `<digits>;`, a flag `1;` or `0;`, an absent optional `~`, a list its count then its items.
public enum ContentArchive {
    /// The archive of some content.
    public static func encode(_ content: Content) -> String {
        ArchiveEncoder.encode(content)
    }

    /// Content read back from an archive; nil when the archive is damaged.
    public static func decode(_ text: String) -> Content? {
        try? ArchiveDecoder.decode(Content.self, from: Array(text.utf8))
    }
}
