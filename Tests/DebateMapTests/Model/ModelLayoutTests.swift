@testable import DebateMap
import Testing

/// A million claims are held at once, with as many relations and quotes: what each costs is
/// part of the memory budget (docs/performance.md itemises it). A field added or widened by
/// mistake shows here before it shows in the benchmark.
struct ModelLayoutTests {
    @Test func recordsKeepTheirSize() {
        #expect(MemoryLayout<Claim>.stride == 136)
        #expect(MemoryLayout<DebateMap.SourceLocation>.stride == 12)
        #expect(MemoryLayout<Quote>.stride == 32)
        #expect(MemoryLayout<Quote?>.stride == 32)
        #expect(MemoryLayout<Relation>.stride == 24)
        #expect(MemoryLayout<ClaimRelation>.stride == 8)
        #expect(MemoryLayout<Index32>.size == 4)
        #expect(MemoryLayout<OptionalIndex32>.size == 4)
    }

    @Test func indicesIn32BitsReadBackAsGiven() {
        var claim = Claim(id: "a", title: "A", text: "t", essay: 3, topic: 2, position: 70_000, parent: nil, refersTo: 0)
        #expect(claim.essay == 3 && claim.topic == 2 && claim.position == 70_000)
        #expect(claim.parent == nil && claim.refersTo == 0)
        claim.parent = Int(Int32.max)
        claim.refersTo = nil
        #expect(claim.parent == Int(Int32.max) && claim.refersTo == nil)
        var relation = Relation(from: 1, to: 2_000_000, kind: .attacks)
        relation.from = 7
        #expect(relation.from == 7 && relation.to == 2_000_000)
        #expect(ClaimRelation(other: 999_999, kind: .supports, outgoing: false).other == 999_999)
        var quote = Quote(text: "words", start: 10, end: 15)
        quote.end = 16
        #expect(quote.start == 10 && quote.end == 16 && quote.text == "words")
    }
}
