/// Counting the Unicode scalars in a stretch of valid UTF-8 without decoding it: every byte
/// but a continuation byte (`10xxxxxx`) starts one. Columns are counted so for every
/// statement, data block and key of a file, and scalar offsets so for every quote in an
/// essay, so the bytes are read eight at a time.
enum ScalarCount {
    /// The continuation bytes among `bytes[lo..<hi]` (`hi` at most `bytes.count`).
    static func continuationBytes(in bytes: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) -> Int {
        guard lo < hi, let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080
        var k = lo, count = 0
        while k + 8 <= hi {
            // A byte's top bit set and the next bit clear: shifted left by one, each byte's
            // second bit stands under its top bit.
            let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            count += (w & ~(w << 1) & high).nonzeroBitCount
            k += 8
        }
        while k < hi {
            if base[k] & 0xC0 == 0x80 { count += 1 }
            k += 1
        }
        return count
    }

    /// The scalars that start in `bytes[lo..<hi]`.
    static func scalars(in bytes: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) -> Int {
        lo < hi ? hi - lo - continuationBytes(in: bytes, from: lo, to: hi) : 0
    }
}
