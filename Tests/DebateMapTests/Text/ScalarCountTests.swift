@testable import DebateMap
import SyntheticCorpus
import Testing

/// Counting scalars sixteen bytes at a time gives what counting them one at a time gives, at
/// every start and end (the sixteen-byte steps and the bytes left after them), over long
/// runs (each lane's count is summed every 255 blocks, before it can overflow), and columns
/// in the parser's diagnostics still count scalars.
struct ScalarCountTests {
    @Test func agreesWithTheStandardLibraryAtEveryRange() {
        let text = "Zürich свобода 数据 😀 a plain run of ascii, Ελλάδα é"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { p in
            for lo in 0...bytes.count {
                for hi in lo...bytes.count {
                    let expected = bytes[lo..<hi].filter { $0 & 0xC0 != 0x80 }.count
                    #expect(ScalarCount.scalars(in: p, from: lo, to: hi) == expected, "\(lo)..<\(hi)")
                    #expect(ScalarCount.continuationBytes(in: p, from: lo, to: hi) == hi - lo - expected)
                }
            }
            #expect(ScalarCount.scalars(in: p, from: 0, to: bytes.count) == text.unicodeScalars.count)
        }
    }

    @Test func countsEveryByteButContinuationsInAnyBytes() {
        var random = SplitMix(seed: 7)
        for _ in 0..<2_000 {
            let bytes = (0..<Int(random.next(in: 0...40))).map { _ in UInt8(random.next(in: 0...255)) }
            let expected = bytes.filter { $0 & 0xC0 != 0x80 }.count
            bytes.withUnsafeBufferPointer { #expect(ScalarCount.scalars(in: $0, from: 0, to: bytes.count) == expected) }
        }
    }

    /// Runs longer than 255 blocks of 16, all continuation bytes (every lane counting in
    /// every block) and random, with lengths around the point where the lanes are summed.
    @Test(arguments: [4_079, 4_080, 4_081, 4_096, 8_160, 10_000])
    func longRunsAreCountedWhole(length: Int) {
        let all = [UInt8](repeating: 0x80, count: length)
        all.withUnsafeBufferPointer { #expect(ScalarCount.continuationBytes(in: $0, from: 0, to: length) == length) }
        var random = SplitMix(seed: UInt64(length))
        let bytes = (0..<length).map { _ in UInt8(random.next(in: 0...255)) }
        let expected = bytes.filter { $0 & 0xC0 == 0x80 }.count
        bytes.withUnsafeBufferPointer { #expect(ScalarCount.continuationBytes(in: $0, from: 0, to: length) == expected) }
    }

    @Test func aColumnFarAlongANonASCIILineCountsScalars() {
        let head = "[Длинный заголовок]: " + String(repeating: "свобода и мир, 数据 ", count: 9) + "{quote: \"x\"} "
        let (_, diags) = ArgdownParser.parse(Array((head + "ещё\n").utf8), file: "t.argdown")
        #expect(diags.map(\.message) == ["text after the data `{…}`: the data must come last"])
        #expect(diags.first?.location?.column == head.unicodeScalars.count + 1)
    }
}
