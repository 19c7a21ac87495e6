import InfluenceContent

/// Remembers laid-out pages by screen, step and size, so a key press does not wrap the text again.
/// Owned by one explorer and used from one thread.
public final class PageCache {
    struct Key: Hashable {
        var screen: ExplorerState.Screen
        var step: Int
        var size: Size
    }

    private var pages: [Key: Page] = [:]
    /// Note labels depend only on the screen, not on the step or size.
    private var labels: [ExplorerState.Screen: NoteLabels] = [:]
    /// Enough for the pages around the current one at a couple of sizes.
    private let capacity = 32

    public init() {}

    func page(for state: ExplorerState, content: Content) -> Page? {
        let key = Key(screen: state.screen, step: state.step, size: state.size)
        if let page = pages[key] { return page }
        let labels = labels(for: state.screen, content: content)
        guard let page = PageBuilder(content: content, layout: ReadingLayout(size: state.size))
            .page(for: state.screen, step: state.step, labels: labels) else { return nil }
        if pages.count >= capacity { pages.removeAll(keepingCapacity: true) }
        pages[key] = page
        return page
    }

    /// The note labels of a screen, worked out once.
    func labels(for screen: ExplorerState.Screen, content: Content) -> NoteLabels {
        if let known = labels[screen] { return known }
        let made = PageBuilder.labels(for: screen, content: content)
        labels[screen] = made
        return made
    }
}
