import CByteScan

/// Counting the Unicode scalars in a stretch of valid UTF-8 without decoding it: every byte
/// but a continuation byte (`10xxxxxx`) starts one. Columns are counted so for every
/// statement, data block and key of a file, and scalar offsets so for every quote in an
/// essay, so the bytes are read sixteen at a time (`CByteScan`, SSE2 on x86-64).
enum ScalarCount {
    /// The continuation bytes among `bytes[lo..<hi]` (`hi` at most `bytes.count`).
    static func continuationBytes(in bytes: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) -> Int {
        guard lo < hi, let base = bytes.baseAddress else { return 0 }
        // Most stretches are a few bytes (from a line's indentation to its marker, from a
        // key to its value): counted here, not through a call that copies a short tail.
        if hi - lo < 16 {
            var count = 0
            for k in lo..<hi where base[k] & 0xC0 == 0x80 { count += 1 }
            return count
        }
        return debatemap_continuation_bytes(base + lo, hi - lo)
    }

    /// The scalars that start in `bytes[lo..<hi]`.
    static func scalars(in bytes: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) -> Int {
        lo < hi ? hi - lo - continuationBytes(in: bytes, from: lo, to: hi) : 0
    }
}
