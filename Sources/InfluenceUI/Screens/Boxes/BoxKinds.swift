import InfluenceContent

extension ScreenKind {
    /// A note in full, in a box over the page it was opened from.
    public static let note = ScreenKind(name: "note", title: "A note", sections: [KeyMap.scrolling, .box], isBox: true)

    /// A quotation in full, in a box over the page it was opened from.
    public static let quotation = ScreenKind(name: "quotation", title: "A quotation", sections: [KeyMap.scrolling, .box], isBox: true)

    /// The keys, in a box: `?` opens it from anywhere and closes it again.
    public static let help = ScreenKind(
        name: "help", title: "The keys", sections: [KeyMap.scrolling, .help], isBox: true,
        opener: Opener([.char("?")], "Show or hide the keys", footer: .right(90, "help"), alwaysInFooter: true),
        open: { Screen(HelpModel(for: $0.from.kind)) })
}

extension KeySection {
    /// A note or quotation box: closing it.
    static let box = KeySection("A note or quotation box", [
        KeyBinding([.escape, .backspace, .enter, .char("q")], .back, "Close the box and return to the same place",
                   footer: .at(7, "close")),
    ])

    /// The help box: closing it.
    static let help = KeySection("This help", [
        KeyBinding([.escape, .backspace, .enter, .char("q")], .back, "Close help and return to the same place",
                   footer: .at(7, "close")),
    ])
}

extension Screen {
    /// A box showing a note in full, labelled as the page beneath labels it.
    static func note(_ note: NoteID, label: String) -> Screen { Screen(NoteModel(note: note, label: label)) }

    /// A box showing a quotation in full with who said it.
    static func quotation(_ text: String, attribution: String) -> Screen { Screen(QuotationModel(text: text, attribution: attribution)) }
}

extension NoteModel {
    var kind: ScreenKind { .note }

    /// A follower opens the same note.
    func describe(into position: inout Position) { position.note = note }
}

extension QuotationModel {
    var kind: ScreenKind { .quotation }

    /// A follower opens the quotation chosen beneath, too.
    func describe(into position: inout Position) { position.quote = true }
}

extension HelpModel {
    var kind: ScreenKind { .help }

    /// ? again closes the help.
    func reopened(beneath: Screen?, env: Environment, area: Rect) -> Reopening? { .close }
}
