import Glibc

/// Finding bytes with `memchr`, which reads many bytes a step: one byte in a file (every map
/// file is searched for line breaks and for a NUL byte before it is parsed), and a needle in
/// a haystack (a quote in its essay's text, a query in the search index's folded texts) by
/// its rarest byte.
enum ByteSearch {
    /// The offset of the first `byte` in `bytes[from...]`, if any.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let base = bytes.baseAddress, from < bytes.count else { return nil }
        guard let hit = memchr(base + from, Int32(byte), bytes.count - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// `firstIndex(of:in:from:)` over an array.
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], from: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { firstIndex(of: byte, in: $0, from: from) }
    }

    /// Whether `text` holds `byte` in its UTF-8 (a String's `utf8.contains` reads a byte a step).
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text  // `withUTF8` may make a bridged string contiguous; a native one is not copied
        return text.withUTF8 { firstIndex(of: byte, in: $0) != nil }
    }

    /// Where the needle first occurs in `hay[lo ..< hi]`, if it does. memchr looks for the
    /// needle's byte at `anchor`, its rarest (from `anchor(of:)`, or from the counts of the
    /// bytes of the text, as `QuoteLocator` has them), then the whole needle is compared in place.
    @inline(__always)
    static func find(_ needle: UnsafeBufferPointer<UInt8>, anchor a: Int, in hay: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        let n = needle.count
        guard n <= hi - lo else { return nil }
        let byte = Int32(needle[a])
        let end = hi - (n - 1 - a)  // the anchor byte lies before this
        var k = lo + a
        while k < end {
            guard let found = memchr(hay + k, byte, end - k) else { return nil }
            k = hay.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if n == 1 || memcmp(hay + k - a, needle.baseAddress!, n) == 0 { return k - a }
            k += 1
        }
        return nil
    }

    /// The offset of the needle byte memchr should look for: the one least likely in text.
    /// Never a UTF-8 lead byte (in Cyrillic or Greek nearly every character shares one), and
    /// among ASCII bytes not a space or a common English letter.
    static func anchor(of needle: [UInt8]) -> Int {
        var best = needle.count - 1
        var bestCommonness = commonness(needle[best])
        for i in needle.indices {
            let c = commonness(needle[i])
            if c < bestCommonness { (best, bestCommonness) = (i, c) }
            if bestCommonness == rarest { break }  // none can be rarer (a quote has one early)
        }
        return best
    }

    /// How common a byte is in the texts we search, roughly: lower is rarer.
    private static func commonness(_ b: UInt8) -> Int {
        switch b {
        case 0xC0...: return 1_000  // a lead byte
        case 0x80...: return 30  // a continuation byte: varies with the character
        case 0x20: return 100
        case UInt8(ascii: "e"), UInt8(ascii: "t"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "i"), UInt8(ascii: "n"),
             UInt8(ascii: "s"), UInt8(ascii: "r"):
            return 90
        case UInt8(ascii: "h"), UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "c"), UInt8(ascii: "u"), UInt8(ascii: "m"),
             UInt8(ascii: "f"), UInt8(ascii: "p"), UInt8(ascii: "g"), UInt8(ascii: "w"), UInt8(ascii: "y"), UInt8(ascii: "b"):
            return 50
        default: return rarest
        }
    }

    private static let rarest = 10
}
