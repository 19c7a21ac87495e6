import Testing
import InfluenceContent
@testable import InfluenceText
@testable import InfluenceUI

/// The shipped content with its five cases copied `copies` times over (`copies` 1 is the shipped
/// content), as Tests/Benchmarks/packs.py makes packs: each copy with an id, number and short title
/// of its own, and its notes renamed (every reference to them too), so that every id is unique.
func manyCases(_ copies: Int) -> Content {
    var content = shippedContent
    let shipped = shippedContent.cases
    for copy in 1..<max(1, copies) {
        for base in shipped {
            var c = base
            c.number = base.number + copy * shipped.count
            c.id = "\(base.id)-\(c.number)"
            c.title = "\(base.title) (copy \(copy))"
            c.shortTitle = "\(base.shortTitle) \(c.number)"
            let own = Set(base.notes.map(\.id))
            func rename(_ id: String) -> String { own.contains(id) ? "c\(c.number)-\(id)" : id }
            func renamed(_ text: String) -> String {
                MarkedText(text).segments.map { segment in
                    switch segment {
                    case .text(let t): return t
                    case .marker(let id): return "[^\(rename(id))]"
                    }
                }.joined()
            }
            for s in c.stages.indices {
                for p in c.stages[s].parts.indices {
                    c.stages[s].parts[p].summary = renamed(c.stages[s].parts[p].summary)
                    for q in c.stages[s].parts[p].quotations.indices {
                        c.stages[s].parts[p].quotations[q].notes = c.stages[s].parts[p].quotations[q].notes.map(rename)
                    }
                    for f in c.stages[s].parts[p].figures.indices {
                        c.stages[s].parts[p].figures[f].notes = c.stages[s].parts[p].figures[f].notes.map(rename)
                    }
                }
            }
            for e in c.events.indices {
                c.events[e].text = renamed(c.events[e].text)
                c.events[e].notes = c.events[e].notes.map(rename)
            }
            for n in c.notes.indices { c.notes[n].id = rename(c.notes[n].id) }
            content.cases.append(c)
        }
    }
    return content
}

/// What was restructured so that no view, key or export takes more than linear time in the
/// content (issue 17): each shows or finds what the simple way did.
@Suite struct ManyCasesTests {
    static let content = manyCases(4)

    @Test func lookupsByIDFindWhatAScanFinds() {
        let content = Self.content
        #expect(content.cases.count == 20)
        for (i, c) in content.cases.enumerated() {
            #expect(content.case(c.caseID) == c)
            #expect(content.caseIndex(c.caseID) == i)
            #expect(content.findCase(c.id.uppercased()) == c)
            #expect(content.findCase(String(c.number)) == c)
        }
        for note in content.allNotes {
            #expect(content.note(id: note.id) == content.allNotes.first { $0.id == note.id })
        }
        for source in content.sources { #expect(content.source(id: source.id) == source) }
        #expect(content.case(CaseID("nowhere")) == nil)
        #expect(content.note(id: "nowhere") == nil)
        #expect(content.source(id: "nowhere") == nil)
    }

    /// Changing the content changes what its lookups find.
    @Test func lookupsFollowChanges() throws {
        var content = Self.content
        let old = content.cases[7].notes[0].id
        content.cases[7].notes[0].id = "renamed-note"
        #expect(content.note(id: "renamed-note")?.context == content.cases[7].notes[0].context)
        #expect(content.note(id: old) == nil)
        var extra = content.cases[0]
        extra.id = "extra"
        extra.number = 99
        content.cases.append(extra)
        #expect(content.caseIndex(CaseID("extra")) == content.cases.count - 1)
        content.sources.removeFirst()
        #expect(content.source(id: Self.content.sources[0].id) == nil)
        #expect(content.source(id: Self.content.sources[1].id) == Self.content.sources[1])
        content.article.notes[0].id = "argument-renamed"
        #expect(content.note(id: "argument-renamed") != nil)
        // An id given twice (content that would not validate): the first, as a scan finds it.
        content.cases.append(try #require(content.cases.first))
        #expect(content.caseIndex(content.cases[0].caseID) == 0)
    }

    @Test func labelsFromTheContentAreTheLabelsFromItsNotes() {
        let content = Self.content
        for c in content.cases {
            let fromContent = NoteLabels(case: c, in: content), fromList = NoteLabels(case: c, allNotes: content.allNotes)
            for id in content.allNotes.map(\.id) + ["nowhere"] {
                #expect(fromContent[id] == fromList[id], "\(c.id): \(id)")
            }
        }
    }

    /// A text's markers read alone are the markers of its runs and markers.
    @Test func markersReadAloneAreTheTextsMarkers() {
        var texts = ["a[^x]b", "[^x][^y]", "[^]", "[^a-b_9].", "[^bad id]", "[[^x]]", "[^x", "x]", "ü[^ü] [^ok]", "", "[^^x]"]
        for c in shippedContent.cases {
            texts += c.stages.flatMap(\.parts).map(\.summary) + c.events.map(\.text)
        }
        for text in texts { #expect(MarkedText.markers(in: text) == MarkedText(text).markers, "\(text)") }
    }

    /// Folding a byte at a time where the text is ASCII gives what folding each character does.
    @Test(arguments: ["Mérida", "MÉRIDA and Álvarez", "e\u{301}e", "Ae\u{301}", "A\r\nB\nC", "tab\there", "a\u{7}b",
                      "Mexico’s “war” 1985–1991", "\u{1F1EF}\u{1F1F5}x", "x\u{200D}y", "ab\u{0600}cd", "\u{0600}1",
                      "ÅngströM e\u{308}\u{301}X", "", "ASCII ONLY"])
    func foldingIsTheSameAsCharacterByCharacter(_ text: String) {
        var bytes: [UInt8] = [], indexes: [Int] = []
        for (index, character) in text.enumerated() {
            for byte in TextFolding.fold(character).utf8 {
                bytes.append(byte)
                indexes.append(index)
            }
        }
        let folded = TextFolding.fold(text)
        #expect(folded.bytes == bytes)
        #expect(folded.characterIndex == indexes)
        #expect(TextFolding.foldedBytes(text) == bytes)
    }

    /// Halving finds the items in view that looking at each found.
    @Test func theItemInViewIsFoundByHalving() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var line = 0
            let firstLines = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                defer { line += Int.random(in: 1...4, using: &generator) }
                return line
            }
            for offset in -2...(line + 2) {
                for height in 1...6 {
                    let inView = firstLines.indices.filter { firstLines[$0] >= offset && firstLines[$0] < offset + height }
                    #expect(Scrolling.itemInView(firstLines, offset: offset, height: height, last: false) == inView.first)
                    #expect(Scrolling.itemInView(firstLines, offset: offset, height: height, last: true) == inView.last)
                }
            }
        }
    }

    /// A list marks its items in view (click targets, the chosen one's gutter) as it did when it
    /// looked at every item.
    @Test func onlyTheItemsInViewAreMarked() {
        // Items of 1 to 3 lines with gaps between some, and an empty one.
        let items: [Range<Int>] = [0..<2, 2..<3, 4..<7, 7..<7, 7..<8, 10..<13, 13..<14, 16..<18]
        let rect = Rect(x: 1, y: 2, width: 10, height: 5)
        for offset in -1...18 {
            for selected in -1..<items.count {
                var frame = Frame(size: Size(width: 12, height: 9))
                var list = ItemList()
                list.selection = selected
                list.scroll = offset
                list.mark(RangeItems(items), in: rect, glyphs: .unicode, into: &frame)
                var expected = Frame(size: Size(width: 12, height: 9))
                expected.hit(rect, .pane(.main))
                for (index, lines) in items.enumerated() {
                    let top = max(lines.lowerBound, offset), bottom = min(lines.upperBound, offset + rect.height)
                    guard top < bottom else { continue }
                    expected.hit(Rect(x: rect.x, y: rect.y + top - offset, width: rect.width, height: bottom - top),
                                 .action(.select(index)))
                    guard index == selected else { continue }
                    for line in top..<bottom {
                        expected.buffer.write(Glyphs.unicode.gutter, x: rect.x, y: rect.y + line - offset, role: .accent)
                    }
                }
                #expect(frame.hits == expected.hits, "offset \(offset), selected \(selected)")
                #expect(frame.buffer == expected.buffer, "offset \(offset), selected \(selected)")
            }
        }
    }

    /// A chart's lines in a window are those lines of the whole chart, however long the chart.
    @Test(arguments: [76, 140])
    func aChartInViewShowsItsLinesOfTheWholeChart(width: Int) {
        let charts = FigureCharts.make(Self.content)
        let layout = FiguresLayout(charts: charts, glyphs: .unicode, width: width)
        #expect(charts.contains { $0.bars.count >= 8 })
        for (index, chart) in charts.enumerated() {
            let selection = layout.charts[index].firstBar + 1
            let whole = layout.lines(of: chart, at: index, selection: selection)
            for (start, count) in [(0, 5), (1, 3), (2, 20), (whole.count - 3, 10), (whole.count, 4), (5, 0)] {
                let window = max(0, start)..<max(0, start + count)
                let expected = Array(whole[min(window.lowerBound, whole.count)..<min(window.upperBound, whole.count)])
                #expect(layout.lines(of: chart, at: index, selection: selection, in: window) == expected, "\(chart.title) \(window)")
            }
        }
    }

    /// The figures screen draws the bars in view, scrolled far down a long chart: the chosen bar's
    /// amount, drawn chosen.
    @Test func theFiguresShowTheBarChosenFarDown() throws {
        let e = Explorer(content: Self.content, size: Size(width: 80, height: 24))
        e.press(try #require(Key(tmuxName: "#")))
        for _ in 0..<40 { e.press(try #require(Key(tmuxName: "j"))) }
        guard let model = (e.state.top).model(as: FiguresModel.self) else {
            Issue.record("no figures")
            return
        }
        let layout = FiguresLayout(charts: model.charts, glyphs: .unicode, width: FiguresModel.listArea(e.state.area).width)
        let bar = try #require(FiguresModel.chosen(model.charts, layout, selection: model.selection)).bar
        #expect(model.selection == 40)
        let frame = e.frame()
        var chosen = ""
        for y in 0..<frame.height {
            for x in 0..<frame.width where frame[x, y].role == .selection { chosen += frame[x, y].text }
        }
        if chosen.hasSuffix("…") { chosen.removeLast() }
        #expect(!chosen.isEmpty && bar.figure.amount.hasPrefix(chosen), "\(chosen) for \(bar.figure.amount)")
    }

    /// The timeline of many cases: its title, its arrow following the choice to the last event, the
    /// legend naming the cases that fit; tall enough, a row for each case with the chosen event
    /// marked on its own case's row alone.
    @Test func theTimelineOfManyCases() throws {
        let content = Self.content
        let entries = Timeline.entries(content)
        let e = Explorer(content: content, size: Size(width: 80, height: 24))
        e.press(try #require(Key(tmuxName: "t")))
        var text = e.frame().text
        #expect(text.contains("\(entries.count) events in \(content.cases.count) cases"))
        #expect(text.contains("1 Intercept 2 Condor 3 Leyenda"))
        for _ in 0..<3 { e.press(try #require(Key(tmuxName: "j"))) }
        #expect(e.frame().text.contains("↑ \(entries[3].dateLabel)"))
        e.press(try #require(Key(tmuxName: "G")))
        text = e.frame().text
        let last = try #require(entries.last)
        #expect(text.contains("\(last.dateLabel) ↑") || text.contains("↑ \(last.dateLabel)"))

        let tall = Explorer(content: content, size: Size(width: 160, height: 60))
        tall.press(try #require(Key(tmuxName: "t")))
        for _ in 0..<5 { tall.press(try #require(Key(tmuxName: "j"))) }
        let frame = tall.frame()
        let rows = frame.text.split(separator: "\n", omittingEmptySubsequences: false)
        var rulerRows: [Int] = []
        for c in content.cases {
            rulerRows.append(try #require(rows.firstIndex { $0.hasPrefix("  \(c.number) \(c.shortTitle) ") }, "\(c.id)"))
        }
        let chosenRow = rulerRows[entries[5].caseIndex]
        for y in rulerRows {
            let marked = (0..<frame.width).filter { frame[$0, y].role == .selection }
            #expect(marked.count == (y == chosenRow ? 1 : 0), "row \(y)")
        }
    }

    /// Each copy of a case is cited where the case is: its own places, in the same words.
    @Test func everyCopyHasThePlacesOfItsCase() {
        let shipped = SourceIndex.entries(shippedContent, glyphs: .unicode)
        let copied = SourceIndex.entries(Self.content, glyphs: .unicode)
        #expect(shipped.map(\.source) == copied.map(\.source))
        for (one, many) in zip(shipped, copied) {
            for c in Self.content.cases.dropFirst(5) {
                let base = shippedContent.cases[(c.number - 1) % 5]
                let inBase = one.places.filter { $0.place.hasPrefix("Case \(base.number) · ") }
                let inCopy = many.places.filter { $0.place.hasPrefix("Case \(c.number) · ") }
                #expect(inCopy.map(\.pagesText) == inBase.map(\.pagesText), "\(one.source.id) in \(c.id)")
                #expect(inCopy.map(\.viaText) == inBase.map(\.viaText), "\(one.source.id) in \(c.id)")
            }
        }
    }

    /// More cases than rows: the home list shows a window around the chosen case, its gist in full
    /// (up to three lines), and how many entries are above and below it.
    @Test func theHomeListOfManyCases() throws {
        let content = Self.content
        let e = Explorer(content: content, size: Size(width: 80, height: 24))
        for _ in 0..<12 { e.press(try #require(Key(tmuxName: "Down"))) }
        let rows = e.frame().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let chosen = content.cases[11]
        let at = try #require(rows.firstIndex { $0.contains(" \(chosen.number)  \(chosen.title.prefix(20))") })
        let gist = WordWrap.lines(chosen.gist, width: 80 - 4 - 5)
        #expect(String(rows[at + 1].drop { $0 == " " }) == gist[0])
        let above = try #require(rows.first { $0.contains("↑ ") && $0.contains(" more") })
        let below = try #require(rows.first { $0.contains("↓ ") && $0.contains(" more") })
        func count(_ row: String) -> Int { Int(row.split(separator: " ").first { Int($0) != nil } ?? "") ?? -1 }
        let shown = rows.filter { row in content.cases.contains { row.contains(" \($0.number)  \($0.title.prefix(12))") } }.count
        #expect(count(above) + shown + count(below) == content.cases.count + 1)
    }

    /// A hit's characters are the words that match, in the text shown.
    @Test(arguments: ["merida", "alvarez", "footnote 20", "sovereignty", "’s"])
    func aHitCoversTheWordsThatMatch(_ query: String) {
        let env = Environment(content: Self.content, glyphs: .unicode)
        let hits = env.searchIndex.hits(for: query)
        #expect(!hits.isEmpty)
        for hit in hits {
            let characters = Array(env.searchIndex.entries[hit.entry].text)
            let range = env.searchIndex.characters(of: hit)
            #expect(TextFolding.foldedString(String(characters[range])) == TextFolding.foldedString(query))
        }
        // Every copy of a case is found as its case is.
        func inCases(_ index: SearchIndex) -> Int {
            index.hits(for: query).filter {
                if case .page(.case, _, _, _) = index.entries[$0.entry].place { return true } else { return false }
            }.count
        }
        let shippedInCases = inCases(Environment(content: shippedContent, glyphs: .unicode).searchIndex)
        #expect(shippedInCases > 0 || query == "footnote 20")
        #expect(inCases(env.searchIndex) == 4 * shippedInCases)
    }
}
