#if canImport(Glibc)
import Glibc
#endif

/// Where each line of a file starts, its line ends counted as the readers count them: LF,
/// CRLF, or a CR alone. Built once per file in one pass (`memchr` for the ends), so quoting
/// the source line of any number of diagnostics costs a lookup each, not a scan from the
/// top of the file each (which took minutes for thousands of diagnostics in a large file).
struct LineStarts: Sendable {
    /// The byte offset of each line's start; line n (from 1) is `starts[n - 1]`.
    private(set) var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var k = 0
            // The next LF is looked for again only once passed: in a file of CRs alone, a
            // search to the end of the file for each line made the pass quadratic.
            var lf = -1
            while k < buffer.count {
                // The nearer of the next LF and the next CR.
                if lf < k { lf = memchr(base + k, 0x0A, buffer.count - k).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buffer.count }
                let cr = memchr(base + k, 0x0D, lf - k).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? lf
                guard cr < buffer.count else { return }
                let end = cr < lf ? cr : lf
                let next = end + (cr < lf && cr + 1 < buffer.count && buffer[cr + 1] == 0x0A ? 2 : 1)
                starts.append(next)
                k = next
            }
        }
    }

    var lineCount: Int { starts.count }

    /// The bytes of line `number` (from 1), without its line end; nil past the last line.
    func range(ofLine number: Int, in bytes: [UInt8]) -> Range<Int>? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : bytes.count
        if end > start, number < starts.count, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, number < starts.count, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }
}
