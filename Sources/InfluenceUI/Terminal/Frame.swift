/// What the screens draw into: the cells, and where on them a mouse click or wheel turn lands.
public struct Frame: Sendable {
    public var buffer: CellBuffer
    /// Later regions lie on top of earlier ones (a box over the text).
    public private(set) var hits: [HitRegion] = []

    public init(size: Size) {
        buffer = CellBuffer(size: size)
    }

    /// Records that `rect` answers the mouse as `target`.
    public mutating func hit(_ rect: Rect, _ target: HitTarget) {
        guard !rect.isEmpty else { return }
        hits.append(HitRegion(rect: rect, target: target))
    }

    /// Draws `other`, a frame drawn on its own, with its top left corner at column `x`, row `y`: its
    /// cells that are not blank, then its regions on top of these. A view that draws the same thing
    /// every frame from much content draws it once, and pastes it.
    public mutating func paste(_ other: Frame, x: Int, y: Int) {
        let source = other.buffer
        for row in 0..<source.height {
            for column in 0..<source.width {
                let cell = source[column, row]
                if cell != .blank { buffer[x + column, y + row] = cell }
            }
        }
        for region in other.hits {
            let r = region.rect
            hit(Rect(x: r.x + x, y: r.y + y, width: r.width, height: r.height), region.target)
        }
    }

    /// The topmost target at a cell that `matching` accepts (a box on top always answers).
    public func target(x: Int, y: Int, matching: (HitTarget) -> Bool = { _ in true }) -> HitTarget? {
        hits.last { $0.rect.contains(x: x, y: y) && ($0.target == .blocked || matching($0.target)) }?.target
    }
}

/// A rectangle of the screen that answers the mouse.
public struct HitRegion: Equatable, Sendable {
    public var rect: Rect
    public var target: HitTarget
}

/// What a click or wheel turn on a region means.
public enum HitTarget: Equatable, Sendable {
    /// The same as typing this number here: a stage in the stage bar, a case on the home screen.
    case number(Int)
    /// A click here performs this action (a cell of the grid, a view on the home screen).
    case action(Action)
    /// The wheel scrolls this pane.
    case pane(Pane)
    /// Nothing here answers, and nothing beneath.
    case blocked
}

/// A pane of a reading screen: the text, or the quotations and notes beside it.
public enum Pane: Equatable, Hashable, Sendable {
    case main, side
}
