@testable import DebateMap
import SyntheticCorpus
import Testing

/// A byte set finds the first of its bytes, or the end, and holds exactly the bytes given.
struct ByteSetTests {
    @Test func findsTheFirstMemberOrTheEnd() {
        let stops = ByteSet(ascii: "]\\\n")
        let bytes = Array("Zürich \\ tram] end\n".utf8)
        bytes.withUnsafeBufferPointer { p in
            #expect(stops.firstIndex(in: p, from: 0, to: p.count) == Array("Zürich ".utf8).count)
            #expect(stops.firstIndex(in: p, from: 9, to: p.count) == Array("Zürich \\ tram".utf8).count)
            #expect(stops.firstIndex(in: p, from: 0, to: 3) == 3)
            #expect(stops.firstIndex(in: p, from: p.count, to: p.count) == p.count)
        }
    }

    @Test func holdsExactlyItsBytes() {
        let set = ByteSet { $0 >= 0xF0 || $0 == 0x20 }
        var members: [UInt8] = []
        for value in 0...255 {
            let one = [UInt8(value)]
            if one.withUnsafeBufferPointer({ set.firstIndex(in: $0, from: 0, to: 1) }) == 0 { members.append(UInt8(value)) }
        }
        #expect(members == [0x20] + Array(0xF0...0xFF))
    }

    /// The 16-byte search (where this processor has it) and the table give what a plain loop
    /// gives, for the parser's sets and sets of one and sixteen bytes, on random bytes
    /// (NUL and high bytes among them) at every start and end, so every tail length is met.
    @Test(arguments: [
        ByteSet(ascii: "]\\\n\r"), ByteSet(ascii: "\"\\\n"), ArgdownParser.textStops,
        ByteSet { $0 == 0x00 }, ByteSet { $0 >= 0xF0 }, ByteSet { $0 == 0xFF || $0 < 0x0F },
    ])
    func vectorSearchAgreesWithTheTable(set: ByteSet) {
        var random = SplitMix(seed: 5)
        // Mostly plain bytes, a few members, so runs are long and short.
        let alphabet: [UInt8] = Array("abc xyz ÄÖ漢".utf8) + [0x00, 0x0A, 0x0D, 0x09, 0x5C, 0x22, 0x5D, 0x7B, 0x23, 0x40, 0xF0, 0xFF, 0x0E]
        for length in 0..<70 {
            let bytes = (0..<length).map { _ in random.next(in: 0...9) < 7 ? UInt8(ascii: "a") : alphabet[Int(random.next(in: 0...UInt64(alphabet.count - 1)))] }
            bytes.withUnsafeBufferPointer { p in
                for from in 0...length {
                    for to in from...length {
                        let plain = (from..<to).first { set.firstIndex(in: p, from: $0, to: $0 + 1, vector: false) == $0 } ?? to
                        #expect(set.firstIndex(in: p, from: from, to: to, vector: false) == plain)
                        if ByteSet.hasHardware {
                            #expect(set.firstIndex(in: p, from: from, to: to, vector: true) == plain, "\(bytes) \(from)..<\(to)")
                        }
                    }
                }
            }
        }
    }
}
