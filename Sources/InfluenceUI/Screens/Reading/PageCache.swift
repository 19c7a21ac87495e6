import InfluenceText

/// Remembers laid-out pages by subject, step and size, so a key press does not wrap the text again.
/// Owned by one environment and used from one thread.
final class PageCache {
    struct Key: Hashable {
        var subject: ReadingSubject
        var step: Int
        var size: Size
    }

    private var pages: [Key: Page] = [:]
    /// Enough for the pages around the current one at a couple of sizes.
    private let capacity = 32

    /// The cached page, or the one `make` lays out (then cached).
    func page(_ subject: ReadingSubject, step: Int, size: Size, make: () -> Page?) -> Page? {
        let key = Key(subject: subject, step: step, size: size)
        if let page = pages[key] { return page }
        guard let page = make() else { return nil }
        if pages.count >= capacity { pages.removeAll(keepingCapacity: true) }
        pages[key] = page
        return page
    }
}
