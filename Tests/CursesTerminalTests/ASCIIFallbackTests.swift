import CursesTerminal
import Testing

/// With a locale that is not UTF-8, every character on screen is folded to ASCII that reads right.
@Suite struct ASCIIFallbackTests {
    @Test(arguments: [
        ("é", "e"), ("Ñ", "N"), ("e\u{301}", "e"), ("ø", "o"), ("ł", "l"), ("ß", "ss"), ("Ǆ", "DZ"), ("Ĳ", "IJ"),
        ("ﬁ", "fi"), ("ﬄ", "ffl"), ("Ａ", "A"), ("𝐀", "A"), ("ℂ", "C"),
        ("²", "2"), ("①", "1"), ("½", "1/2"), ("™", "TM"), ("ª", "a"),
        ("—", "-"), ("…", "..."), ("“", "\""), ("←", "<-"), ("│", "|"), ("┌", "+"), ("█", "#"),
        ("\u{00A0}", " "), ("\u{2003}", " "), ("\u{200B}", ""), ("\u{FEFF}", ""),
        ("中", "?"), ("α", "?"), ("Ж", "?"),
    ])
    func foldsACharacter(_ pair: (String, String)) {
        #expect(ASCIIFallback.fold(Character(pair.0)) == pair.1, "\(pair.0.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func foldsTextAndFillsCells() {
        #expect(ASCIIFallback.fold("Mérida — “Vicente Fox”, 1985–1991") == "Merida - \"Vicente Fox\", 1985-1991")
        #expect(ASCIIFallback.fold(Character("…"), columns: 1) == ".")
        #expect(ASCIIFallback.fold(Character("中"), columns: 2) == "? ")
        #expect(ASCIIFallback.fold(Character("\u{1B}"), columns: 1) == "?")
    }
}
