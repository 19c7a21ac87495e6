import InfluenceContent
import InfluenceText

/// A case as a presenter shows it: one slide per stage (its question as the prompt, then its
/// paragraphs, quotations and figures revealed one at a time), then the case's discussion questions one
/// at a time, then the case's line of the comparison grid. Laid out for one width and height: a
/// paragraph too tall for the screen is split between sentences, never cut mid-sentence.
struct PresenterDeck {
    /// One screenful: a title, the prompt, and the units revealed one by one.
    struct Slide {
        var title: String
        /// "3/7", "questions", "grid".
        var progress: String
        var isCondition: Bool
        var prompt: [StyledLine]
        var units: [[StyledLine]]
        /// Where each unit starts in the stage's text, the same at any window size: the paragraph,
        /// quotation or figure (counted through the stage) times 1000, plus the sentence it starts
        /// at. A presenter and a follower with other window sizes split paragraphs differently; the
        /// follower shows as far as the presenter's last unit starts.
        var origins: [Int]

        /// How many units show when the units up to the one starting at `origin` (a key made by
        /// `revealKey`) are shown, in this layout.
        func revealed(upTo key: Int) -> Int { origins.filter { $0 < key }.count }

        /// The size-independent key for `count` units shown: the last one's origin, plus one (0 for none).
        func revealKey(_ count: Int) -> Int {
            count <= 0 || origins.isEmpty ? 0 : origins[min(count, origins.count) - 1] + 1
        }
    }

    let slides: [Slide]

    /// A slide's units as they are made, with where each starts in the text (`Slide.origins`):
    /// paragraphs (whole, or runs of whole sentences that fit) and quotations, counted through the slide.
    struct Units {
        var units: [[StyledLine]] = []
        var origins: [Int] = []
        /// The paragraph, quotation or figure the next unit comes from, counted through the slide.
        var source = 0
        let content: Content
        let labels: NoteLabels
        let width: Int
        let glyphs: Glyphs

        init(content: Content, labels: NoteLabels, width: Int, glyphs: Glyphs) {
            self.content = content
            self.labels = labels
            self.width = width
            self.glyphs = glyphs
        }

        /// A text's paragraphs (one a line), `heading` above the first, each in `room` lines or less.
        mutating func add(paragraphs text: String, heading: [StyledLine] = [], room: Int) {
            for (i, paragraph) in text.split(separator: "\n").enumerated() {
                for chunk in PresenterDeck.chunks(String(paragraph), labels: labels, width: width, room: room - heading.count) {
                    units.append((i == 0 && chunk.index == 0 ? heading : []) + chunk.lines)
                    origins.append(source * 1000 + chunk.index)
                }
                source += 1
            }
        }

        /// Quotations, a unit each, with who said them.
        mutating func add(quotations: [Quotation]) {
            for quote in quotations {
                units.append(QuotationBlock.lines(text: quote.text, attribution: content.attribution(of: quote, labels: labels),
                                                  width: width, glyphs: glyphs, gap: false))
                origins.append(source * 1000)
                source += 1
            }
        }
    }

    /// The slide a stage of the case starts at (stages come first, in order).
    static func slide(forStep step: Int) -> Int { step }

    init(case c: Case, env: Environment, width: Int, height: Int) {
        let content = env.content, g = env.glyphs
        let labels = env.labels(for: .case(c.caseID))
        let width = max(10, width)
        var slides: [Slide] = []
        for caseStage in c.stages {
            guard let stage = content.stage(id: caseStage.stage) else { continue }
            let prompt = StyledWrap.wrap([Span(stage.question, .heading)], width: width)
            // Room for a unit: the screen less the prompt and the gaps around it.
            let room = max(3, height - prompt.count - 3)
            var made = Units(content: content, labels: labels, width: width, glyphs: g)
            let multiRound = caseStage.parts.count > 1
            for part in caseStage.parts {
                var heading: [StyledLine] = []
                if multiRound, let id = part.round, let round = c.round(id: id) {
                    heading = StyledWrap.wrap([Span("\(round.title) (\(round.years))", .accent)], width: width)
                }
                made.add(paragraphs: part.summary, heading: heading, room: room)
                made.add(quotations: part.quotations)
                // The figures together, as many to a unit as fit.
                var lines: [StyledLine] = []
                var firstSource = made.source
                for figure in part.figures {
                    var spans = [Span(figure.amount, .figure), Span(" \(g.dash) \(figure.measures)")]
                    if !figure.when.isEmpty { spans.append(Span(" (\(figure.when))", .dim)) }
                    for id in figure.notes { spans.append(Span(labels.marker(id), .marker, note: NoteID(id))) }
                    let bullet = StyledWrap.wrap(spans, width: width, first: [Span("\(g.bullet) ", .figure)], rest: [Span("  ")])
                    if !lines.isEmpty, lines.count + bullet.count > room {
                        made.units.append(lines)
                        made.origins.append(firstSource * 1000)
                        lines = []
                        firstSource = made.source
                    }
                    lines += bullet
                    made.source += 1
                }
                if !lines.isEmpty {
                    made.units.append(lines)
                    made.origins.append(firstSource * 1000)
                }
            }
            let (units, origins) = (made.units, made.origins)
            slides.append(Slide(title: stage.title, progress: "\(stage.number)/\(content.stages.count)",
                                isCondition: stage.isCondition, prompt: prompt, units: units, origins: origins))
        }
        if !c.questions.isEmpty {
            let units = c.questions.enumerated().map { i, question in
                StyledWrap.wrap([Span(question)], width: width, first: [Span("\(i + 1). ", .accent)], rest: [Span("   ")])
            }
            slides.append(Slide(title: "Discussion questions", progress: "questions", isCondition: false,
                                prompt: StyledWrap.wrap([Span("Questions for the class, one at a time.", .heading)], width: width),
                                units: units, origins: units.indices.map { $0 * 1000 }))
        }
        var grid: [StyledLine] = []
        for stage in content.stages {
            let name = "\(stage.isCondition ? g.condition : "")\(stage.number) \(stage.shortTitle)"
            grid += StyledWrap.wrap([Span(c.stage(stage.id)?.grid ?? "")], width: width,
                                    first: [Span(name + "  ", stage.isCondition ? .condition : .heading)],
                                    rest: [Span(String(repeating: " ", count: TextWidth.columns(of: name) + 2))])
        }
        slides.append(Slide(title: "\(c.shortTitle) in the comparison grid", progress: "grid", isCondition: false,
                            prompt: StyledWrap.wrap([Span("The case in one line per stage.", .heading)], width: width),
                            units: [grid], origins: [0]))
        self.slides = slides
    }

    /// The article's argument as a presenter shows it: one slide per section (its title as the
    /// prompt, the article's question before the first), its paragraphs and quotations revealed one
    /// at a time, split between sentences where they are too tall.
    init(argumentOf env: Environment, width: Int, height: Int) {
        let content = env.content, g = env.glyphs
        let labels = env.labels(for: .argument)
        let width = max(10, width)
        let sections = ArgumentSection.allCases
        slides = sections.enumerated().map { index, section in
            var promptSpans = [Span(section.title(in: content.article), .heading)]
            if index == 0 { promptSpans = [Span(content.article.question, .heading)] }
            let prompt = StyledWrap.wrap(promptSpans, width: width)
            let room = max(3, height - prompt.count - 3)
            let parts = section.parts(in: content)
            var made = Units(content: content, labels: labels, width: width, glyphs: g)
            for text in parts.texts { made.add(paragraphs: text, room: room) }
            made.add(quotations: parts.quotations)
            let (units, origins) = (made.units, made.origins)
            return Slide(title: section.title(in: content.article), progress: "\(index + 1)/\(sections.count)", isCondition: false,
                         prompt: prompt, units: units, origins: origins)
        }
    }

    /// A paragraph as one unit, or, when it is taller than `room` lines, as runs of whole sentences
    /// that each fit; each with the index of the sentence it starts at.
    static func chunks(_ paragraph: String, labels: NoteLabels, width: Int, room: Int) -> [(index: Int, lines: [StyledLine])] {
        let whole = StyledWrap.wrap(StyledWrap.spans(marked: paragraph, labels: labels), width: width)
        guard whole.count > room else { return [(0, whole)] }
        var chunks: [(index: Int, lines: [StyledLine])] = []
        var current = "", start = 0
        for (i, sentence) in sentences(of: paragraph).enumerated() {
            let candidate = current.isEmpty ? sentence : current + " " + sentence
            let lines = StyledWrap.wrap(StyledWrap.spans(marked: candidate, labels: labels), width: width)
            if lines.count > room, !current.isEmpty {
                chunks.append((start, StyledWrap.wrap(StyledWrap.spans(marked: current, labels: labels), width: width)))
                current = sentence
                start = i
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { chunks.append((start, StyledWrap.wrap(StyledWrap.spans(marked: current, labels: labels), width: width))) }
        return chunks
    }

    /// The sentences of a paragraph: ends at ". ", "? " or "! " (after any closing quote or note marker)
    /// before a capital letter or an opening quote.
    static func sentences(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            current.append(chars[i])
            if ".?!".contains(chars[i]) {
                var j = i + 1
                // Closing quotes and note markers stay with their sentence.
                while j < chars.count, "\u{201D}’')".contains(chars[j]) { current.append(chars[j]); j += 1 }
                while j + 1 < chars.count, chars[j] == "[", chars[j + 1] == "^",
                      let close = chars[j...].firstIndex(of: "]") {
                    current += String(chars[j...close])
                    j = close + 1
                }
                if j + 1 < chars.count, chars[j] == " ", chars[j + 1].isUppercase || "\u{201C}‘(".contains(chars[j + 1]) {
                    result.append(current)
                    current = ""
                    i = j + 1
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        if !current.trimmingSpaces.isEmpty { result.append(current.trimmingSpaces) }
        return result
    }
}
