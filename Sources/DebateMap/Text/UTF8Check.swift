/// Validates UTF-8 without building a String, to point at the first bad byte.
public enum UTF8Check {
    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    public static func firstInvalidOffset(_ b: [UInt8]) -> Int? {
        let n = b.count
        var k = 0
        while k < n {
            // Eight ASCII bytes at a time: most of a map is ASCII.
            if k + 8 <= n {
                let word = b.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: k, as: UInt64.self) }
                if word & 0x8080_8080_8080_8080 == 0 { k += 8; continue }
            }
            let c = b[k]
            if c < 0x80 { k += 1; continue }
            // Two-byte sequences (Latin, Greek, Cyrillic…) need only their second byte checked:
            // a lead byte C2–DF cannot make an overlong or out-of-range scalar.
            if c >= 0xC2 && c <= 0xDF {
                guard k + 1 < n, b[k + 1] & 0xC0 == 0x80 else { return k }
                k += 2
                continue
            }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch c {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(c & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(c & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(c & 0x07)
            default: return k
            }
            guard k + length <= n else { return k }
            for j in 1..<length {
                let d = b[k + j]
                guard d & 0xC0 == 0x80 else { return k }
                value = value << 6 | UInt32(d & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return k }
            k += length
        }
        return nil
    }
}
