/// The short words an Argdown file repeats in its data blocks (the keys `quote`, `topic`,
/// `stance`, stances, topic ids), each made into a `String` once and then handed out again:
/// making a string from the file's bytes checks and copies them, and every claim's
/// `{quote: …}` made its key anew.
///
/// A direct-mapped cache of 16 words of up to 15 bytes (the length Swift stores inside the
/// string itself, so handing one out again allocates nothing), keyed by the bytes.
struct ShortStrings {
    /// Each slot's bytes, packed little-endian in two words, and its length (-1: empty).
    private var packed = [UInt64](repeating: 0, count: 32)
    private var lengths = [Int](repeating: -1, count: 16)
    private var strings = [String](repeating: "", count: 16)

    static let maximumLength = 15

    /// The string remembered for `bytes[lo..<hi]` (at most 15 bytes), if these bytes were
    /// the last seen in their slot.
    func cached(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String? {
        let (slot, words) = ShortStrings.slot(bytes, lo, hi)
        guard lengths[slot] == hi - lo, packed[2 * slot] == words.0, packed[2 * slot + 1] == words.1 else { return nil }
        return strings[slot]
    }

    /// Remembers `string` as the string of `bytes[lo..<hi]`, in place of its slot's last.
    mutating func remember(_ string: String, for bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) {
        let (slot, words) = ShortStrings.slot(bytes, lo, hi)
        packed[2 * slot] = words.0
        packed[2 * slot + 1] = words.1
        lengths[slot] = hi - lo
        strings[slot] = string
    }

    /// The bytes packed in two words, and the slot they hash to.
    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (Int, (UInt64, UInt64)) {
        precondition(lo >= 0 && lo <= hi && hi - lo <= maximumLength && hi <= bytes.count)
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[lo..<hi]))) }
        let mixed = (words.0 &* 0x9E37_79B9_7F4A_7C15) ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(hi - lo)
        return (Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> 60), words)
    }
}
