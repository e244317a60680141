@testable import DebateMap
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
}
