import InfluenceContent
import InfluenceText

/// One screenful of reading, laid out for a width: a case at a stage, or a section of the argument.
/// Built once per subject, step and size (`PageCache`); the markers are found once too.
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
            case note(NoteID)
            case quotation(text: String, attribution: String)
        }

        public var firstLine: Int
        public var lineCount: Int
        public var target: Target
    }

    /// Where one case's text starts, on a page that reads one stage across the cases.
    public struct Section: Equatable, Sendable {
        public var line: Int
        public var caseID: CaseID
        /// Where the case's quotations and notes start in the side pane.
        public var sideLine: Int = 0
    }

    /// Where a note marker stands in the main text.
    public struct Marker: Equatable, Sendable {
        public var line: Int
        public var note: NoteID
    }

    public let breadcrumb: String
    public let steps: [Step]
    public let current: Int
    public let mainTitle: String
    public let mainTitleIsCondition: Bool
    public let main: [StyledLine]
    public let side: [StyledLine]
    public let sideItems: [SideItem]
    /// The cases' parts of a page that reads one stage across the cases; empty otherwise.
    public let sections: [Section]

    /// Every note marker in the main text, top to bottom.
    public let markers: [Marker]

    init(breadcrumb: String, steps: [Step], current: Int, mainTitle: String, mainTitleIsCondition: Bool,
         main: [StyledLine], side: [StyledLine], sideItems: [SideItem], sections: [Section] = []) {
        self.breadcrumb = breadcrumb
        self.steps = steps
        self.current = current
        self.mainTitle = mainTitle
        self.mainTitleIsCondition = mainTitleIsCondition
        self.main = main
        self.side = side
        self.sideItems = sideItems
        self.sections = sections
        var markers: [Marker] = []
        for (i, line) in main.enumerated() {
            for span in line.spans {
                if let note = span.note { markers.append(Marker(line: i, note: note)) }
            }
        }
        self.markers = markers
    }

    /// How many quotations and notes the side pane holds.
    public var sideCounts: (quotations: Int, notes: Int) {
        let quotations = sideItems.filter { if case .quotation = $0.target { return true } else { return false } }.count
        return (quotations, sideItems.count - quotations)
    }
}
