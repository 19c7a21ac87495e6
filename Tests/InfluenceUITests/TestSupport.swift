import BuiltinContent
import InfluenceContent
@testable import InfluenceUI

/// The shipped content, decoded once for all tests.
let shippedContent: Content = {
    switch BuiltinContent.load() {
    case .success(let content): return content
    case .failure(let error): fatalError(error.report)
    }
}()

/// An explorer at a size after pressing keys named as tmux names them.
func explorer(_ size: Size, keys: String = "") -> Explorer {
    let e = Explorer(content: shippedContent, size: size)
    for name in keys.split(separator: " ") {
        guard let key = Key(tmuxName: String(name)) else { fatalError("bad key \(name)") }
        e.press(key)
    }
    return e
}

func screen(_ width: Int, _ height: Int, keys: String = "") -> String {
    explorer(Size(width: width, height: height), keys: keys).frame().text
}
