import Foundation
import InfluenceContent
import Testing

/// The JSON writer on its own: escaping per RFC 8259, numbers, null, key order.
@Suite struct JSONWriterTests {
    struct Sample: Encodable {
        var name: String
        var count: Int
        var share: Double
        var missing: String?
        var flags: [Bool]
        var nested: [String: Int]
        var empty: [Int]
    }

    @Test func writesKeysInTheirOrderWithNullForAbsentValues() throws {
        let text = try JSONWriter.json(Sample(name: "a", count: 3, share: 32.5, missing: nil, flags: [true, false],
                                              nested: ["k": 1], empty: []))
        #expect(text == """
        {
          "name": "a",
          "count": 3,
          "share": 32.5,
          "missing": null,
          "flags": [
            true,
            false
          ],
          "nested": {
            "k": 1
          },
          "empty": []
        }
        """)
    }

    @Test func escapesEveryControlAndTheLineSeparators() throws {
        #expect(JSONWriter.quoted("a\"b\\c/d") == #""a\"b\\c/d""#)
        #expect(JSONWriter.quoted("\u{8}\u{C}\n\r\t") == #""\b\f\n\r\t""#)
        #expect(JSONWriter.quoted("\u{0}\u{1}\u{1B}\u{1F}\u{7F}\u{85}") == #""\u0000\u0001\u001B\u001F\u007F\u0085""#)
        #expect(JSONWriter.quoted("\u{2028}\u{2029}") == #""\u2028\u2029""#)
        #expect(JSONWriter.quoted("\u{202E}\u{200B}\u{E0041}") == #""\u202E\u200B\uDB40\uDC41""#)
        #expect(JSONWriter.quoted("Mérida 😀 – ’") == "\"Mérida 😀 – ’\"")
        // Foundation reads every escape back to the same string.
        var all = ""
        for v in 0..<0x20 { all.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        all += "\u{7F}\u{2028}\u{2029}\u{E0041}\"\\"
        let back = try JSONSerialization.jsonObject(with: Data(("[" + JSONWriter.quoted(all) + "]").utf8)) as? [String]
        #expect(back == [all])
    }

    @Test func numbers() throws {
        #expect(try JSONWriter.json([250.0, 32.5, 0.1, -3, 1.5e20]) == "[\n  250,\n  32.5,\n  0.1,\n  -3,\n  1.5e+20\n]")
        #expect(throws: JSONWriter.NotANumber.self) { try JSONWriter.json([Double.infinity]) }
        #expect(throws: JSONWriter.NotANumber.self) { try JSONWriter.json([Double.nan]) }
    }
}
