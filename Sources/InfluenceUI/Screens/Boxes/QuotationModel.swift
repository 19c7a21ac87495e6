import InfluenceText

/// A quotation in full, with who said it, in a box over the page it was opened from.
public struct QuotationModel: BoxModel {
    public var text: String
    public var attribution: String
    public var scroll = 0

    public init(text: String, attribution: String) {
        self.text = text
        self.attribution = attribution
    }


    func title(env: Environment) -> String { "Quotation" }

    func lines(env: Environment, width: Int) -> [StyledLine] {
        QuotationBlock.lines(text: text, attribution: attribution, width: width, glyphs: env.glyphs, gap: true)
    }
}
