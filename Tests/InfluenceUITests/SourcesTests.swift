import Testing
import InfluenceContent
@testable import InfluenceText
@testable import InfluenceUI

extension Explorer {
    /// The sources on top, if they are shown.
    var sources: SourcesModel? {
        if let m = (state.top).model(as: SourcesModel.self) { return m }
        return nil
    }
}

/// The sources: every work the article cites, with every place it cites it.
@Suite struct SourcesTests {
    func rows(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The whole list on one tall screen.
    static let wholeList: String = explorer(Size(width: 100, height: 3000), keys: "s").frame().text

    @Test func everySourceIsListedByAuthorThenYear() throws {
        let shown = rows(Self.wholeList).compactMap { row -> Source? in
            shippedContent.sources.first { row.dropFirst(4).hasPrefix($0.shortCitation + " ") }
        }
        #expect(shown.count == shippedContent.sources.count)
        #expect(Set(shown.map(\.id)) == Set(shippedContent.sources.map(\.id)))
        for (a, b) in zip(shown, shown.dropFirst()) {
            let x = TextFolding.foldedString(a.author), y = TextFolding.foldedString(b.author)
            #expect(x < y || (x == y && a.year <= b.year), "\(a.shortCitation) before \(b.shortCitation)")
        }
    }

    /// Every citation in the content shows as a place under its source, with its pages.
    @Test func everyCitationHasItsPlace() {
        let entries = SourceIndex.entries(shippedContent, glyphs: .unicode)
        for citation in shippedContent.allCitations {
            let entry = entries.first { $0.source.id == citation.source }
            #expect(entry?.places.contains { $0.pages == citation.pages && $0.citedIn == citation.citedIn } == true,
                    "\(citation)")
        }
        // A source that quotations, figures and notes all cite, in the words of the screen.
        #expect(Self.wholeList.contains("• Case 3 · Leyenda › 6 Resource transfer, p. 49 · note [k]"))
        #expect(Self.wholeList.contains("• Case 3 · Leyenda › 6 Resource transfer, p. 49 · figure"))
        #expect(Self.wholeList.contains("• The argument › "))
        #expect(Self.wholeList.contains("· cited in"))
        // Every source the content cites has a place; the count beside it is right.
        for entry in entries {
            let count = entry.places.count == 1 ? "1 place" : "\(entry.places.count) places"
            #expect(rows(Self.wholeList).contains { $0.dropFirst(4).hasPrefix(entry.source.shortCitation + " ") && $0.hasSuffix(count) })
        }
    }

    /// Enter on a source opens its first place; → goes into its places, Enter opens the chosen one.
    @Test func enterOpensAPlace() throws {
        let entries = SourceIndex.entries(shippedContent, glyphs: .unicode)
        let andreas = try #require(entries.firstIndex { $0.source.id == "andreas-2009" })
        var keys = "s" + String(repeating: " j", count: andreas)
        let e = explorer(Size(width: 100, height: 30), keys: keys + " Enter")
        #expect(e.place == "sources > leyenda 4")
        // The place's note is selected there.
        let page = try #require(e.page)
        let marker = try #require(e.reading?.markerSelection)
        #expect(page.markers[marker].note == NoteID("leyenda-andreas-working-groups") || page.markers[marker].line >= 0)
        e.press(.escape)
        #expect(e.place == "sources")
        #expect(e.sources?.selection == andreas)

        keys += " l j j"
        let third = explorer(Size(width: 100, height: 30), keys: keys)
        #expect(third.sources?.place == 2)
        #expect(rows(third.frame().text).contains { $0.contains("▶ Case 3 · Leyenda › 6 Resource transfer, p. 49") })
        third.press(.enter)
        #expect(third.place == "sources > leyenda 6")
        third.press(.escape)
        third.press(.left)
        #expect(third.sources?.place == nil && third.sources?.selection == andreas)
    }

    /// A place on the timeline opens the timeline at that event.
    @Test func aTimelinePlaceOpensTheTimeline() throws {
        let entries = SourceIndex.entries(shippedContent, glyphs: .unicode)
        let index = try #require(entries.firstIndex { $0.places.contains { if case .event = $0.target { true } else { false } } })
        let place = try #require(entries[index].places.firstIndex { if case .event = $0.target { true } else { false } })
        let e = explorer(Size(width: 100, height: 30),
                         keys: "s" + String(repeating: " j", count: index) + " Tab" + String(repeating: " j", count: place) + " Enter")
        #expect(e.place == "sources > timeline")
        guard case .event(let event) = entries[index].places[place].target else { return }
        #expect(e.timeline?.selection == event)
    }

    /// Every place of every source opens without complaint.
    @Test func everyPlaceOpens() {
        let entries = SourceIndex.entries(shippedContent, glyphs: .unicode)
        let e = explorer(Size(width: 100, height: 30))
        for entry in entries {
            for citing in entry.places {
                var model = SourcesModel(env: e.env)
                let area = e.state.area
                let navigation = model.open(entry, place: entry.places.firstIndex(of: citing) ?? 0, env: e.env, area: area)
                let opened: Screen?
                switch navigation {
                case .push(let screen)?: opened = screen
                case .go(let position)?: opened = Screen.restoring(position, env: e.env, area: area).screen
                default: opened = nil
                }
                guard let screen = opened else {
                    Issue.record("\(entry.source.id): \(citing.place) does not open")
                    continue
                }
                switch (screen.model(as: ReadingModel.self), screen.kind, citing.target) {
                case (let r?, _, .place(let p)):
                    #expect(r.subject == p.subject && r.step == p.step)
                    if case .note(let id) = p.focus {
                        let page = r.page(env: e.env, area: area)
                        let selected = r.markerSelection.flatMap { page?.markers[$0].note }
                        let side = r.focus == .side ? page?.sideItems[r.sideSelection].target : nil
                        #expect(selected == id || side == .note(id), "\(entry.source.id) at \(citing.place)")
                    }
                case (nil, .timeline, .event): break
                default: Issue.record("\(entry.source.id): \(citing.place) opens the wrong screen")
                }
                _ = model.update(.down, env: e.env, area: area)
            }
        }
    }

    @Test func fromAStageTheFirstSourceCitedThereIsChosen() throws {
        let e = explorer(Size(width: 100, height: 30), keys: "3 6 s")
        let model = try #require(e.sources)
        let entries = SourceIndex.entries(shippedContent, glyphs: .unicode)
        #expect(entries[model.selection].places.contains { $0.place.hasPrefix("Case 3 · Leyenda › 6 ") })
        #expect(e.frame().text.contains("▌ \(entries[model.selection].source.shortCitation)"))
    }

    @Test func resizeKeepsTheChoice() throws {
        let e = explorer(Size(width: 80, height: 24), keys: "s j j j j j j j j j j")
        let name = SourceIndex.entries(shippedContent, glyphs: .unicode)[10].source.shortCitation
        for size in [Size(width: 160, height: 48), Size(width: 60, height: 16)] {
            e.resize(to: size)
            #expect(e.sources?.selection == 10)
            #expect(e.frame().text.contains("▌ \(name)"), "at \(size)")
        }
    }

    @Test func aClickChoosesASourceAndASecondOpensIt() throws {
        let e = explorer(Size(width: 100, height: 30), keys: "s")
        let entries = SourceIndex.entries(shippedContent, glyphs: .unicode)
        let y = try #require(rows(e.frame().text).firstIndex { $0.hasPrefix("    \(entries[1].source.shortCitation)") })
        e.mouse(MouseEvent(.click, x: 10, y: y))
        #expect(e.sources?.selection == 1)
        e.mouse(MouseEvent(.click, x: 10, y: y))
        #expect(e.place.hasPrefix("sources > "))
        #expect(e.place != "sources")
    }

    @Test func theWheelScrolls() {
        let e = explorer(Size(width: 80, height: 24), keys: "s")
        _ = e.frame()
        e.mouse(MouseEvent(.wheelDown, x: 10, y: 10))
        #expect(e.sources?.scroll == 3)
    }

    @Test(arguments: [(60, 16), (80, 24), (160, 48)])
    func nothingIsDrawnPastTheEdge(width: Int, height: Int) {
        for keys in ["s", "s G", "s j l j j", "s End Tab End"] {
            let text = screen(width, height, keys: keys)
            #expect(text.split(separator: "\n").allSatisfy { TextWidth.columns(of: $0) <= width })
        }
    }
}
