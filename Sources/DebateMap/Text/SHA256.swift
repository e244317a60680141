import CSHA256

/// SHA-256 (FIPS 180-4), used to pin each essay text to its map.
///
/// The blocks go through the processor's SHA instructions where it has them (`CSHA256`:
/// about ten times the speed of the Swift rounds below, which every other processor uses).
public enum SHA256 {
    /// Whether this processor has SHA instructions, asked once.
    static let hasHardware = debatemap_sha256_hardware() != 0
    /// The round constants, from `CSHA256` (one table for both implementations).
    private static let k: [UInt32] = withUnsafeBytes(of: debatemap_sha256_round_constants) { Array($0.bindMemory(to: UInt32.self)) }

    /// The digest as 64 lowercase hex digits.
    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest(bytes) {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func digest<Bytes: Collection>(_ input: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        digest(input, hardware: hasHardware)
    }

    /// The digest with the processor's SHA instructions or with the Swift rounds (the tests
    /// check that both give the same).
    static func digest<Bytes: Collection>(_ input: Bytes, hardware: Bool) -> [UInt8] where Bytes.Element == UInt8 {
        if let result = input.withContiguousStorageIfAvailable({ digest(buffer: UnsafeRawBufferPointer($0), hardware: hardware) }) { return result }
        return Array(input).withUnsafeBytes { digest(buffer: $0, hardware: hardware) }
    }

    /// The whole blocks straight from the input, without copying it (the essay texts are
    /// read from it as they are); only the last one or two blocks, with the padding, are built.
    private static func digest(buffer input: UnsafeRawBufferPointer, hardware: Bool) -> [UInt8] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        let fullBlocks = input.count / 64
        // The rest of the input, 0x80, zeros, and the length in bits, big-endian.
        var tail = [UInt8](input[(fullBlocks * 64)...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(input.count) * 8
        for i in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        h.withUnsafeMutableBufferPointer { h in
            let compress = hardware ? compressWithHardware : compressInSwift
            if let base = input.baseAddress, fullBlocks > 0 { compress(h, base, fullBlocks) }
            tail.withUnsafeBytes { compress(h, $0.baseAddress!, $0.count / 64) }
        }
        return h.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - UInt32($0) * 8)) } }
    }

    private static func compressWithHardware(_ h: UnsafeMutableBufferPointer<UInt32>, _ blocks: UnsafeRawPointer, _ count: Int) {
        debatemap_sha256_blocks(h.baseAddress!, blocks.assumingMemoryBound(to: UInt8.self), count)
    }

    /// FIPS 180-4's compression function over `count` blocks, updating `h`.
    private static func compressInSwift(_ h: UnsafeMutableBufferPointer<UInt32>, _ blocks: UnsafeRawPointer, _ count: Int) {
        var w = [UInt32](repeating: 0, count: 64)
        k.withUnsafeBufferPointer { k in
            w.withUnsafeMutableBufferPointer { w in
                for block in 0..<count {
                    let base = blocks + block * 64
                    for i in 0..<16 {
                        let p = base + i * 4
                        w[i] = UInt32(p.load(fromByteOffset: 0, as: UInt8.self)) << 24 | UInt32(p.load(fromByteOffset: 1, as: UInt8.self)) << 16
                            | UInt32(p.load(fromByteOffset: 2, as: UInt8.self)) << 8 | UInt32(p.load(fromByteOffset: 3, as: UInt8.self))
                    }
                    for i in 16..<64 {
                        let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                        let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
                    for i in 0..<64 {
                        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                        let ch = (e & f) ^ (~e & g)
                        let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                        let maj = (a & b) ^ (a & c) ^ (b & c)
                        let t2 = s0 &+ maj
                        (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
                    }
                    h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
                    h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
                }
            }
        }
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
