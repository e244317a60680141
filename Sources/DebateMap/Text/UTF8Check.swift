import CByteScan

/// Validates UTF-8 without building a String: whether bytes are valid, fast, and where the
/// first bad byte is, for the error message.
public enum UTF8Check {
    /// Whether `bytes` is valid UTF-8 (what `String(validating:)` accepts), sixteen bytes at a
    /// time (`CByteScan`): every map file and essay text is checked here once as it is read.
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        return debatemap_utf8_valid(base, b.count) != 0
    }

    /// `bytes` as a string when they are valid UTF-8: `String(validating:)` with the fast check.
    static func validString(_ bytes: [UInt8]) -> String? {
        isValid(bytes) ? copyOfChecked(bytes, 0, bytes.count) : nil
    }

    /// `bytes[lo..<hi]` copied into a string without a second check: the caller knows them to be
    /// valid UTF-8 that starts and ends between scalars.
    static func copyOfChecked(_ bytes: [UInt8], _ lo: Int, _ hi: Int) -> String {
        unsafe String(copying: UTF8Span(unchecked: bytes.span.extracting(lo..<hi)))
    }

    /// `isValid` one byte at a time, as it runs without vector instructions (for the tests).
    static func isValidBytewise(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in b.baseAddress.map { debatemap_utf8_valid_bytewise($0, b.count) != 0 } ?? true }
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }

    /// `firstInvalidOffset` over a buffer (asked only of bytes `isValid` refused, and by the
    /// importers): it reads ASCII sixteen bytes at a time and runs of two-byte characters
    /// (Cyrillic, Greek, accented Latin) without going back to the top for each.
    static func firstInvalidOffset(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        let high: UInt64 = 0x8080_8080_8080_8080
        var k = 0
        while k < n {
            // ASCII, sixteen then eight bytes at a time, up to the first byte that is not.
            while k + 16 <= n {
                let w0 = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & high
                let w1 = raw.loadUnaligned(fromByteOffset: k + 8, as: UInt64.self) & high
                if w0 | w1 == 0 { k += 16; continue }
                k += w0 != 0 ? w0.littleEndian.trailingZeroBitCount / 8 : 8 + w1.littleEndian.trailingZeroBitCount / 8
                break
            }
            guard k < n else { return nil }
            var c = base[k]
            if c < 0x80 { k += 1; continue }
            // Two-byte sequences need only their second byte checked: a lead byte C2–DF cannot
            // make an overlong or out-of-range scalar. They come in runs: stay here for them.
            while c >= 0xC2 && c <= 0xDF {
                guard k + 1 < n, base[k + 1] & 0xC0 == 0x80 else { return k }
                k += 2
                guard k < n else { return nil }
                c = base[k]
            }
            if c < 0x80 { continue }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch c {
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(c & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(c & 0x07)
            default: return k  // a continuation byte, C0, C1 or F5–FF
            }
            guard k + length <= n else { return k }
            for j in 1..<length {
                let d = base[k + j]
                guard d & 0xC0 == 0x80 else { return k }
                value = value << 6 | UInt32(d & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return k }
            k += length
        }
        return nil
    }
}
