import InfluenceContent

/// One screenful of reading, laid out for a width: a case at a stage, or a section of the argument.
public struct Page: Equatable, Sendable {
    /// A stage (or section) in the stepper.
    public struct Step: Equatable, Sendable {
        public var number: Int
        public var short: String
        public var title: String
        public var isCondition: Bool
    }

    /// Something selectable in the side pane: its lines, and what Enter shows.
    public struct SideItem: Equatable, Sendable {
        public enum Target: Equatable, Sendable {
            case note(String)
            case quotation(text: String, attribution: String)
        }

        public var firstLine: Int
        public var lineCount: Int
        public var target: Target
    }

    /// Where a note marker stands in the main text.
    public struct Marker: Equatable, Sendable {
        public var line: Int
        public var note: String
    }

    public var breadcrumb: String
    public var steps: [Step]
    public var current: Int
    public var mainTitle: String
    public var mainTitleIsCondition: Bool
    public var main: [StyledLine]
    public var side: [StyledLine]
    public var sideItems: [SideItem]

    /// Every note marker in the main text, top to bottom.
    public var markers: [Marker] {
        var result: [Marker] = []
        for (i, line) in main.enumerated() {
            for span in line.spans {
                if let note = span.note { result.append(Marker(line: i, note: note)) }
            }
        }
        return result
    }
}
