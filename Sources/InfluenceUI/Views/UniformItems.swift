/// A list whose items take the same number of lines each, one after another (the search's hits,
/// the home screen's entries).
struct UniformItems: ItemLines {
    var itemCount: Int
    var linesPerItem: Int

    var lineCount: Int { itemCount * linesPerItem }

    func lines(of index: Int) -> Range<Int> { (index * linesPerItem)..<((index + 1) * linesPerItem) }
}
