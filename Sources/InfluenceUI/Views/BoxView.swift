import InfluenceText

/// A framed box centred over the screen: a title, lines that scroll, and how to close it. The help,
/// note and quotation boxes all draw and scroll through here.
enum BoxView {
    /// The box's outer width in an area.
    static func width(in area: Rect) -> Int { max(0, min(area.width - 4, 76)) }

    /// Columns the lines wrap to inside the box.
    static func textWidth(in area: Rect) -> Int { max(1, width(in: area) - 4) }

    /// Rows of lines the box shows at once.
    static func bodyHeight(in area: Rect, lines: Int) -> Int { max(1, min(lines, area.height - 5)) }

    /// The new scroll position after a scroll action, or nil for an action a box does not take.
    static func scrolled(_ scroll: Int, _ action: Action, lines: Int, area: Rect) -> Int? {
        guard Scrolling.isScroll(action) else { return nil }
        return Scrolling.offset(scroll, action, lines: lines, height: bodyHeight(in: area, lines: lines))
    }

    /// The scroll position kept in range after the area changed.
    static func clamped(_ scroll: Int, lines: Int, area: Rect) -> Int {
        min(scroll, max(0, lines - bodyHeight(in: area, lines: lines)))
    }

    static func render(title: String, lines: [StyledLine], scroll: Int, env: Environment, area: Rect,
                       into frame: inout Frame) {
        let g = env.glyphs
        let width = width(in: area)
        let bodyHeight = bodyHeight(in: area, lines: lines.count)
        let height = bodyHeight + 2
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2),
                       width: width, height: height)
        guard width >= 8 else { return }
        // A blank column either side, so no letter of the text beneath touches the frame.
        frame.buffer.fill(Rect(x: box.x - 1, y: box.y, width: width + 2, height: height))
        for cx in (box.x + 1)..<(box.maxX - 1) {
            frame.buffer.write(g.horizontal, x: cx, y: box.y, role: .focusBorder)
            frame.buffer.write(g.horizontal, x: cx, y: box.maxY - 1, role: .focusBorder)
        }
        for cy in (box.y + 1)..<(box.maxY - 1) {
            frame.buffer.write(g.vertical, x: box.x, y: cy, role: .focusBorder)
            frame.buffer.write(g.vertical, x: box.maxX - 1, y: cy, role: .focusBorder)
        }
        frame.buffer.write(g.topLeft, x: box.x, y: box.y, role: .focusBorder)
        frame.buffer.write(g.topRight, x: box.maxX - 1, y: box.y, role: .focusBorder)
        frame.buffer.write(g.bottomLeft, x: box.x, y: box.maxY - 1, role: .focusBorder)
        frame.buffer.write(g.bottomRight, x: box.maxX - 1, y: box.maxY - 1, role: .focusBorder)
        frame.buffer.write(" \(TextWidth.truncate(title, to: width - 6, ellipsis: g.ellipsis)) ", x: box.x + 2, y: box.y,
                           role: .title, limit: box.maxX - 1)
        let position = Scrolling.position(offset: scroll, height: bodyHeight, total: lines.count, glyphs: g)
        let footer = position.isEmpty ? " Esc close " : " \(position) \(g.dot) Esc close "
        let footerWidth = TextWidth.columns(of: footer)
        if footerWidth < width - 4 {
            frame.buffer.write(footer, x: box.maxX - 2 - footerWidth, y: box.maxY - 1, role: .border)
        }
        let body = Rect(x: box.x + 2, y: box.y + 1, width: width - 4, height: bodyHeight)
        LinesView.render(lines, offset: scroll, in: body, into: &frame)
        frame.hit(Rect(x: box.x - 1, y: box.y, width: width + 2, height: height), .pane(.main))
    }
}

/// A screen that is a box: a title and lines that scroll. Scrolling, resizing and drawing come with it.
protocol BoxModel: ScreenModel {
    var scroll: Int { get set }
    func title(env: Environment) -> String
    func lines(env: Environment, width: Int) -> [StyledLine]
}

extension BoxModel {
    mutating func update(_ action: Action, env: Environment, area: Rect) -> Navigation? {
        let count = lines(env: env, width: BoxView.textWidth(in: area)).count
        guard let next = BoxView.scrolled(scroll, action, lines: count, area: area) else { return nil }
        scroll = next
        return nil
    }

    mutating func resize(env: Environment, from old: Rect, to new: Rect) {
        scroll = BoxView.clamped(scroll, lines: lines(env: env, width: BoxView.textWidth(in: new)).count, area: new)
    }

    func render(env: Environment, area: Rect, into frame: inout Frame) {
        BoxView.render(title: title(env: env), lines: lines(env: env, width: BoxView.textWidth(in: area)),
                       scroll: scroll, env: env, area: area, into: &frame)
    }
}
