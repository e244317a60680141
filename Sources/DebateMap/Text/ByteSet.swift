/// A set of byte values, as a table of all 256: the parser finds where a run of plain bytes
/// ends (a text at its next special byte, a title at `]`, a quoted string at `"`) with one
/// load and test a byte, where a chain of comparisons took several branches.
struct ByteSet: Sendable {
    private let member: [Bool]

    init(_ contains: (UInt8) -> Bool) {
        member = (0...255).map { contains(UInt8($0)) }
    }

    /// The set of the bytes of `ascii`.
    init(ascii: StaticString) {
        let bytes = UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount)
        self.init { bytes.contains($0) }
    }

    /// The first offset from `k` before `end` whose byte is in the set, or `end`.
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from k: Int, to end: Int) -> Int {
        member.withUnsafeBufferPointer { table in
            var k = k
            while k < end, !table[Int(bytes[k])] { k += 1 }
            return k
        }
    }
}
