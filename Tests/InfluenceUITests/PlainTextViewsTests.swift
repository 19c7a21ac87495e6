import Testing
import InfluenceContent
import InfluenceText
import InfluenceExport

/// The timeline, glossary and sources as plain text: wrapped to the width, nothing left out.
@Suite struct PlainTextViewsTests {
    /// Text with all white space removed, so wrapping does not matter when looking for words.
    func squeezed(_ text: String) -> String { String(text.filter { !$0.isWhitespace }) }

    func documents(_ width: Int) -> [(name: String, text: String)] {
        let doc = PlainTextDocument(content: shippedContent, width: width)
        return [("timeline", doc.timeline()), ("glossary", doc.glossary()), ("sources", doc.sources())]
    }

    @Test(arguments: [20, 40, 80, 120])
    func noLineIsWiderThanTheWidth(width: Int) {
        for (name, text) in documents(width) {
            let wide = text.split(separator: "\n").filter { TextWidth.columns(of: $0) > width }
            #expect(wide.isEmpty, "\(name) at \(width): \(wide.prefix(3))")
        }
    }

    @Test(arguments: [20, 80])
    func theTimelineHasEveryEventWithItsDateCaseAndNotes(width: Int) {
        let text = PlainTextDocument(content: shippedContent, width: width).timeline()
        let all = squeezed(text)
        var last = all.startIndex
        for (c, event) in TimelineTests.expectedOrder {
            let labels = NoteLabels(case: c, allNotes: shippedContent.allNotes)
            let head = squeezed("\(TimelineTests.label(event.date)) · Case \(c.number), \(c.shortTitle)")
            let body = squeezed(labels.render(event.text))
            guard let at = all[last...].range(of: head + body) else {
                Issue.record("missing or out of order at \(width): \(event.date) \(event.text.prefix(40))")
                continue
            }
            last = at.upperBound
            for id in MarkedText(event.text).markers + event.notes {
                if let note = shippedContent.note(id: id) {
                    #expect(all.contains(squeezed(shippedContent.describe(note))), "\(id)")
                    #expect(all.components(separatedBy: squeezed(shippedContent.describe(note))).count == 2, "\(id) more than once")
                }
            }
        }
        #expect(all.contains(squeezed("(1982–1984: 3 years without events)")))
    }

    @Test(arguments: [20, 80])
    func theGlossaryHasEveryTermWithBackgroundLabelled(width: Int) {
        let text = PlainTextDocument(content: shippedContent, width: width).glossary()
        let all = squeezed(text)
        for term in shippedContent.glossary {
            #expect(all.contains(squeezed(term.term + (term.expansion.map { " — " + $0 } ?? "") + term.definition)), "\(term.term)")
            if let background = term.background {
                #expect(all.contains(squeezed(term.definition + Background.labelled(background))), "\(term.term)")
            }
        }
    }

    @Test(arguments: [20, 80])
    func theSourcesHaveEverySourceWithItsPlaces(width: Int) {
        let text = PlainTextDocument(content: shippedContent, width: width).sources()
        let all = squeezed(text)
        for entry in SourceIndex.entries(shippedContent, glyphs: .unicode) {
            let places = entry.places.map { "*" + squeezed($0.text(glyphs: .unicode)) }.joined()
            #expect(all.contains(squeezed(entry.source.shortCitation + (entry.source.note ?? "")) + places),
                    "\(entry.source.shortCitation)")
        }
        #expect(text.contains("Case 3 · Leyenda › 6 Resource transfer, p. 49 · note [k]") || width < 60)
    }
}
