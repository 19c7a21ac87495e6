/// The bottom line: the keys that work on this screen, from the key map.
enum StatusBar {
    static func draw(_ state: ExplorerState, into buffer: inout CellBuffer) {
        guard buffer.height > 0 else { return }
        let y = buffer.height - 1
        let row = Rect(x: 0, y: y, width: buffer.width, height: 1)
        buffer.fill(row, with: Cell(" ", role: .status))
        // Help and quit always show, at the right; the screen's own keys fill the left in key-map order.
        let hints = KeyMap.statusHints(for: state)
        let pinned = hints.filter { $0.word == "help" || $0.word == "quit" }
        let others = hints.filter { $0.word != "help" && $0.word != "quit" }
        func width(_ h: (keys: String, word: String)) -> Int {
            TextWidth.columns(of: h.keys) + TextWidth.columns(of: h.word) + 3
        }
        let pinnedWidth = pinned.reduce(0) { $0 + width($1) }
        var x = 1
        for hint in others {
            if x + width(hint) > buffer.width - pinnedWidth { break }
            x = buffer.write(hint.keys, x: x, y: y, role: .statusKey)
            x = buffer.write(" \(hint.word)  ", x: x, y: y, role: .status)
        }
        x = max(x, buffer.width - pinnedWidth)
        for hint in pinned {
            x = buffer.write(hint.keys, x: x, y: y, role: .statusKey)
            x = buffer.write(" \(hint.word)  ", x: x, y: y, role: .status)
        }
    }
}
