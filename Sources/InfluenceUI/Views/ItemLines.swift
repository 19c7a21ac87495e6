/// A list's items as the lines they take, in order: what an `ItemList` moves over, marks and draws.
///
/// Each item starts at or after the end of the one before (rows may stand between them: a blank
/// line, a heading, a gap), so the items at a line are found by halving, however long the list.
protocol ItemLines {
    /// How many items the list has.
    var itemCount: Int { get }
    /// How many lines the whole list takes, the rows between items included.
    var lineCount: Int { get }
    /// The lines item `index` takes.
    func lines(of index: Int) -> Range<Int>
    /// How many rows right above item `index` belong with it in view (its case's heading, a gap
    /// row): shown with it when the list moves up to it. None unless a list says so.
    func lead(of index: Int) -> Int
}

extension ItemLines {
    func lead(of index: Int) -> Int { 0 }

    /// Each item's first line, in order (computed as asked for, not gathered).
    var firstLines: LazyMapSequence<Range<Int>, Int> {
        (0..<itemCount).lazy.map { lines(of: $0).lowerBound }
    }
}
