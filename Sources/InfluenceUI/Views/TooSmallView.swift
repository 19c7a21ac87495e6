import InfluenceText

/// The message shown when the window is smaller than the explorer needs; it recovers when the window grows.
enum TooSmallView {
    static func render(size: Size, into frame: inout Frame) {
        let min = ExplorerState.minimumSize
        let lines = [
            "Influence Explorer needs at least \(min.width)x\(min.height)",
            "(now \(size.width)x\(size.height)); enlarge the window, or press q to quit.",
        ]
        var rows: [String] = []
        for line in lines { rows += WordWrap.lines(line, width: max(1, size.width)) }
        let top = max(0, (size.height - rows.count) / 2)
        for (i, row) in rows.enumerated() where top + i < size.height {
            let x = max(0, (size.width - TextWidth.columns(of: row)) / 2)
            frame.buffer.write(row, x: x, y: top + i, role: i == 0 ? .error : .normal)
        }
    }
}
