import BuiltinContent
import InfluenceContent
import InfluenceText
@testable import InfluenceUI

/// The shipped content, decoded once for all tests.
let shippedContent: Content = {
    switch BuiltinContent.load() {
    case .success(let content): return content
    case .failure(let error): fatalError(error.report)
    }
}()

/// An explorer at a size after pressing keys named as tmux names them.
func explorer(_ size: Size, keys: String = "", glyphs: Glyphs = .unicode) -> Explorer {
    let e = Explorer(content: shippedContent, size: size, glyphs: glyphs)
    for name in keys.split(separator: " ") {
        guard let key = Key(tmuxName: String(name)) else { fatalError("bad key \(name)") }
        e.press(key)
    }
    return e
}

func screen(_ width: Int, _ height: Int, keys: String = "", glyphs: Glyphs = .unicode) -> String {
    explorer(Size(width: width, height: height), keys: keys, glyphs: glyphs).frame().text
}

extension Explorer {
    /// Where the explorer is, in a few words: "home", "leyenda 4" (a case at its 4th stage),
    /// "argument 1", "questions", with " + note" (or help, quotation) for boxes on top.
    var place: String {
        var words: [String] = []
        for screen in state.stack.dropFirst() {
            if let m = screen.model(as: ReadingModel.self) {
                switch m.subject {
                case .argument: words.append("argument \(m.step + 1)")
                case .case(let id): words.append("\(id.rawValue) \(m.step + 1)")
                case .across: words.append("across \(m.step + 1)")
                }
            } else {
                words.append(screen.kind.name)
            }
        }
        return words.last.map { _ in words.joined(separator: " > ") } ?? "home"
    }

    /// The reading model on top, if a case or the argument is shown.
    var reading: ReadingModel? {
        if let m = (state.top).model(as: ReadingModel.self) { return m }
        return nil
    }

    /// The home model at the bottom of the stack.
    var home: HomeModel? {
        if let m = (state.stack.first)?.model(as: HomeModel.self) { return m }
        return nil
    }

    /// The page the top reading screen shows.
    var page: Page? { reading?.page(env: env, area: state.area) }
}
