import CByteScan

/// A set of byte values, as a table of all 256: the parser finds where a run of plain bytes
/// ends (a text at its next special byte, a title at `]`, a quoted string at `"`) with one
/// load and test a byte, where a chain of comparisons took several branches. A set of up to
/// 16 bytes is searched sixteen bytes at a time where the processor can (`CByteScan`).
struct ByteSet: Sendable {
    private let member: [Bool]
    /// The members, padded to 16 bytes, when there are at most 16 (else empty), and how many.
    private let list: [UInt8]
    private let memberCount: Int
    /// Whether this processor has the instructions the 16-byte search uses, asked once.
    static let hasHardware = debatemap_byte_scan_hardware() != 0

    init(_ contains: (UInt8) -> Bool) {
        member = (0...255).map { contains(UInt8($0)) }
        let members = (0...255).map(UInt8.init).filter(contains)
        list = members.count <= 16 ? members + [UInt8](repeating: 0, count: 16 - members.count) : []
        memberCount = members.count
    }

    /// The set of the bytes of `ascii`.
    init(ascii: StaticString) {
        let bytes = UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount)
        self.init { bytes.contains($0) }
    }

    /// The first offset from `k` before `end` whose byte is in the set, or `end`.
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from k: Int, to end: Int) -> Int {
        firstIndex(in: bytes, from: k, to: end, vector: ByteSet.hasHardware)
    }

    /// The same, with the 16-byte search or a byte at a time (the tests compare the two).
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from k: Int, to end: Int, vector: Bool) -> Int {
        guard k < end, let base = bytes.baseAddress else { return k }
        if vector, !list.isEmpty {
            return list.withUnsafeBufferPointer { set in
                Int(debatemap_first_in_set(base, k, end, set.baseAddress!, Int32(memberCount)))
            }
        }
        return member.withUnsafeBufferPointer { table in
            var k = k
            while k < end, !table[Int(bytes[k])] { k += 1 }
            return k
        }
    }
}
