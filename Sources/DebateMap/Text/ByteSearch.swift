import Glibc

/// Finding one byte in a file's bytes with `memchr`, which reads many bytes a step: every map
/// file is searched for line breaks (how many documents it holds) and for a NUL byte (whether
/// it is text at all) before it is parsed, and a loop of subscripts did it a byte at a time.
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
}
