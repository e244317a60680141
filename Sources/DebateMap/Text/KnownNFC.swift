/// Whether UTF-8 text is certainly in Unicode normalization form C, by a quick look at its
/// characters: it is when every one lies in a range whose characters are all unchanged by
/// NFC, combine with nothing before them and order with nothing (Latin to U+02FF, the
/// Cyrillic letters, the common CJK ideographs). Text with anything else (a combining mark,
/// Greek, Hangul, …) is not known, which is no claim that it is not NFC.
///
/// `ClaimTable` hashes known-NFC keys on their bytes as Swift hashes a string in NFC, and
/// leaves the rest to Swift, which normalizes first (a fifth of defining a claim).
enum KnownNFC {
    /// Valid UTF-8 (a Swift string's bytes) is known to be NFC.
    static func check(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        let n = b.count
        while k < n {
            let lead = b[k]
            switch lead {
            case 0x00..<0x80:
                k += 1
            case 0xC2...0xCB:  // U+0080–U+02FF
                k += 2
            case 0xD0, 0xD1, 0xD3:  // U+0400–U+047F, U+04C0–U+04FF
                k += 2
            case 0xD2:  // U+0480–U+04BF without the combining marks U+0483–U+0489
                guard k + 1 < n, b[k + 1] < 0x83 || b[k + 1] > 0x89 else { return false }
                k += 2
            case 0xD4:  // U+0500–U+052F
                guard k + 1 < n, b[k + 1] <= 0xAF else { return false }
                k += 2
            case 0xE4:  // U+4E00–U+4FFF
                guard k + 1 < n, b[k + 1] >= 0xB8 else { return false }
                k += 3
            case 0xE5...0xE9:  // U+5000–U+9FFF
                k += 3
            default:
                return false
            }
        }
        return true
    }
}
