/// A date as precise as the article gives it: a year, a month of a year, or a day.
public struct EventDate: Comparable, Hashable, Sendable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Reads "1969", "1969-09" or "1999-02-15"; nil for anything else.
    public init?(_ text: String) {
        guard TimelineDate.isValid(text) else { return nil }
        let parts = text.split(separator: "-").map { Int($0) }
        guard let year = parts.first ?? nil else { return nil }
        self.year = year
        month = parts.count > 1 ? parts[1] : nil
        day = parts.count > 2 ? parts[2] : nil
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The date at its own precision: "1969", "Sep 1969", "15 Feb 1999".
    public var label: String {
        guard let month, (1...12).contains(month) else { return String(year) }
        let monthYear = "\(Self.monthNames[month - 1]) \(year)"
        return day.map { "\($0) \(monthYear)" } ?? monthYear
    }

    /// A less precise date comes before the more precise ones inside its period: 1998, then May 1998.
    public static func < (a: EventDate, b: EventDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

/// One event on the timeline: the event, its case, and its date read.
public struct TimelineEntry: Equatable, Sendable {
    /// The case's position in the content (0-based): its mark and its order among same dates.
    public var caseIndex: Int
    public var caseID: CaseID
    /// The event's position in its case's list.
    public var eventIndex: Int
    public var event: TimelineEvent
    /// Nil only for a date the validator would refuse; such events go last.
    public var date: EventDate?

    /// The date as shown: at its own precision, or as written when it cannot be read.
    public var dateLabel: String { date?.label ?? event.date }

    /// The notes the event refers to, in order: its markers, then its `notes` not already marked.
    public var noteIDs: [String] {
        var ids = MarkedText.markers(in: event.text)
        for id in event.notes where !ids.contains(id) { ids.append(id) }
        return ids
    }

    /// The `notes` the text does not mark, which are shown as markers after the text.
    public var unmarkedNotes: [String] {
        let marked = MarkedText.markers(in: event.text)
        var ids: [String] = []
        for id in event.notes where !marked.contains(id) && !ids.contains(id) { ids.append(id) }
        return ids
    }
}

/// The events of every case on one axis, and the sums the timeline views draw from them.
public enum Timeline {
    /// Every event of every case in date order; the same date keeps case order, then the order of
    /// the case's own list.
    public static func entries(_ content: Content) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for (caseIndex, c) in content.cases.enumerated() {
            for (eventIndex, event) in c.events.enumerated() {
                entries.append(TimelineEntry(caseIndex: caseIndex, caseID: c.caseID, eventIndex: eventIndex,
                                             event: event, date: EventDate(event.date)))
            }
        }
        return entries.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (a.caseIndex, a.eventIndex) < (b.caseIndex, b.eventIndex)
            }
        }
    }

    /// The years a case's episode spans, from its `years` ("1985–1991"; "2008–" runs to its last
    /// event); nil when `years` names no year.
    public static func span(of c: Case) -> ClosedRange<Int>? {
        var years: [Int] = []
        var digits = ""
        for ch in c.years + " " {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else {
                if digits.count == 4, let year = Int(digits) { years.append(year) }
                digits = ""
            }
        }
        guard let start = years.first else { return nil }
        let lastEvent = c.events.compactMap { EventDate($0.date)?.year }.max() ?? start
        let end = years.count > 1 ? years[1] : max(start, lastEvent)
        return start...max(start, end)
    }

    /// The years the axis runs over: every event and every case's span.
    public static func axis(_ content: Content, entries: [TimelineEntry]) -> ClosedRange<Int>? {
        let years = entries.compactMap { $0.date?.year }
            + content.cases.compactMap { span(of: $0) }.flatMap { [$0.lowerBound, $0.upperBound] }
        guard let low = years.min(), let high = years.max() else { return nil }
        return low...high
    }

    /// The years without events between two neighbouring entries, if any.
    public static func gap(between a: TimelineEntry, and b: TimelineEntry) -> ClosedRange<Int>? {
        guard let x = a.date?.year, let y = b.date?.year, y - x > 1 else { return nil }
        return (x + 1)...(y - 1)
    }

    /// Words for a gap: "1972: no events", "1982–1984: 3 years without events".
    public static func describe(gap: ClosedRange<Int>, rangeDash: String) -> String {
        gap.count == 1 ? "\(gap.lowerBound): no events"
            : "\(gap.lowerBound)\(rangeDash)\(gap.upperBound): \(gap.count) years without events"
    }
}
