import InfluenceContent
import InfluenceText

extension Place {
    /// The reading screen at this place, scrolled to its focus.
    func reading(env: Environment, area: Rect) -> ReadingModel {
        var model = ReadingModel(subject: subject, step: step, env: env, area: area)
        guard let focus, let page = model.page(env: env, area: area) else { return model }
        let layout = ReadingLayout(area: area)
        let height = max(1, layout.main.height)
        func show(line: Int) {
            model.mainScroll = min(max(0, line - 2), max(0, page.main.count - height))
        }
        switch focus {
        case .note(let id):
            if let index = page.markers.firstIndex(where: { $0.note == id }) {
                show(line: page.markers[index].line)
                model.markerSelection = index
            } else if let item = page.sideItems.firstIndex(where: { $0.target == .note(id) }) {
                model.focus = .side
                model.sideSelection = item
                model.bringIntoView(page.sideItems[item], height: max(1, layout.side.height))
            }
        case .words(let words):
            if let line = Self.line(containing: words, in: page.main) {
                show(line: line)
                model.keepMarkerVisible(page: page, height: height)
            } else if let line = Self.line(containing: words, in: page.side),
                      let item = page.sideItems.lastIndex(where: { $0.firstLine <= line }) {
                model.focus = .side
                model.sideSelection = item
                model.bringIntoView(page.sideItems[item], height: max(1, layout.side.height))
            }
        }
        return model
    }

    /// The line where the folded words first begin; a phrase may be wrapped over several lines.
    static func line(containing words: String, in lines: [StyledLine]) -> Int? {
        guard !words.isEmpty else { return nil }
        // All the lines as one text, a space between them, and where each line starts in it.
        var text: [Character] = []
        var starts: [Int] = []
        for line in lines {
            starts.append(text.count)
            text += Array(trimmed(TextFolding.foldedString(line.text))) + [" "]
        }
        let needle = Array(words)
        guard needle.count <= text.count else { return nil }
        guard let at = (0...(text.count - needle.count)).first(where: { text[$0..<($0 + needle.count)].elementsEqual(needle) })
        else { return nil }
        return starts.lastIndex { $0 <= at }
    }

    /// The text without the spaces at either end.
    private static func trimmed(_ text: String) -> Substring {
        let start = text.firstIndex { $0 != " " } ?? text.endIndex
        let end = text.lastIndex { $0 != " " }.map(text.index(after:)) ?? start
        return text[start..<max(start, end)]
    }
}
