import Foundation
import Testing
import InfluenceContent
import InfluenceExport
@testable import InfluenceUI

/// A note's background (facts from outside the article) is always shown under its label.
@Suite struct BackgroundDisplayTests {
    /// Footnote 9 is the first note marker of case 1's first stage, and carries background.
    @Test func theNoteBoxLabelsBackground() throws {
        let note = try #require(shippedContent.note(id: "fn9"))
        let background = try #require(note.background)
        let text = screen(100, 30, keys: "1 , Enter")
        #expect(text.contains("Note [9] · article footnote 9"))
        #expect(text.contains("Background, not from the article: "))
        // The label comes after the context, as its own paragraph.
        let width = BoxView.width(in: Rect(x: 0, y: 0, width: 100, height: 29))
        let left = (100 - width) / 2 + 2
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let chars = Array(line)
            guard chars.count >= left + width - 4 else { return "" }
            return String(chars[left..<(left + width - 4)]).trimmingCharacters(in: .whitespaces)
        }
        let at = try #require(lines.firstIndex { $0.hasPrefix("Background, not from the article: ") })
        #expect(lines[at - 1].isEmpty)
        #expect(lines[at].contains(String(background.prefix(20))))
    }

    /// The next marker of that stage is our own note on Andreas, which has no background.
    @Test func aNoteWithoutBackgroundShowsNoLabel() throws {
        #expect(try #require(shippedContent.note(id: "intercept-andreas")).background == nil)
        let text = screen(100, 30, keys: "1 . Enter")
        #expect(text.contains("The article cites this work for the fact that Intercept seized few"))
        #expect(!text.contains(Background.label))
    }

    @Test func printLabelsBackgroundWhereNotesPrint() throws {
        let intercept = try #require(shippedContent.findCase("intercept"))
        let doc = PlainTextDocument(content: shippedContent, width: 1000)
        let usMove = doc.case(intercept, stage: "us-move")
        #expect(usMove.contains("Background, not from the article: The Deputy Attorney General"))
        // The framework's notes print the same way.
        #expect(doc.framework().contains("Background, not from the article: NAFTA"))
    }
}
