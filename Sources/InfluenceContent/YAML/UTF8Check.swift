/// Finds the first byte that breaks UTF-8, with its line and column, so a teacher can find it.
enum UTF8Check {
    struct BadByte: Equatable {
        var byte: UInt8
        var line: Int
        var column: Int
    }

    static func firstInvalidByte(in bytes: [UInt8]) -> BadByte? {
        var i = 0, line = 1, column = 1
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return BadByte(byte: b, line: line, column: column)
            }
            if length > 1 {
                guard i + length <= n else { return BadByte(byte: b, line: line, column: column) }
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 {
                    return BadByte(byte: bytes[i + k], line: line, column: column)
                }
                // Overlong forms and surrogates.
                let b1 = bytes[i + 1]
                if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F) {
                    return BadByte(byte: b, line: line, column: column)
                }
            }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return nil
    }
}
