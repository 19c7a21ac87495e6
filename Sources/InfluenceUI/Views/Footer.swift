import InfluenceText

/// The bottom line: the keys that work on the screen on top, from the key table, or a message.
enum Footer {
    static func render(state: ExplorerState, env: Environment, row: Rect, into frame: inout Frame) {
        guard !row.isEmpty else { return }
        frame.buffer.fill(row, with: Cell(" ", role: .status))
        let hints = env.footer(for: state.top.kind, typing: state.top.takesText)
        let pinned = hints.filter(\.pinnedRight)
        func width(_ hint: KeyMap.FooterHint) -> Int {
            TextWidth.columns(of: hint.keys) + TextWidth.columns(of: hint.word) + 3
        }
        let pinnedWidth = pinned.reduce(0) { $0 + width($1) }
        var x = row.x + 1
        if let message = state.message ?? state.following?.status(env.glyphs, now: env.now) {
            let room = max(1, row.width - pinnedWidth - 2)
            x = frame.buffer.write(TextWidth.truncate(message, to: room, ellipsis: env.glyphs.ellipsis),
                                   x: x, y: row.y, role: .status)
        } else {
            for hint in hints where !hint.pinnedRight {
                if x + width(hint) > row.maxX - pinnedWidth { break }
                x = write(hint, x: x, y: row.y, into: &frame)
            }
        }
        x = max(x, row.maxX - pinnedWidth)
        for hint in pinned { x = write(hint, x: x, y: row.y, into: &frame) }
    }

    private static func write(_ hint: KeyMap.FooterHint, x: Int, y: Int, into frame: inout Frame) -> Int {
        let after = frame.buffer.write(hint.keys, x: x, y: y, role: .statusKey)
        return frame.buffer.write(" \(hint.word)  ", x: after, y: y, role: .status)
    }
}
