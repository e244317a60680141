@testable import DebateMap
import SyntheticCorpus
import Testing

/// The flat table of claims by title or id: every key found, absent ones not, through
/// growth and through hash collisions; keys equal as Swift strings are one key.
struct ClaimTableTests {
    func table(_ keys: [String], capacity: Int = 0) -> ClaimTable {
        var table = ClaimTable(capacity: capacity)
        for (i, key) in keys.enumerated() { table.insert(hash: ClaimTable.hash(key), index: i) }
        return table
    }

    @Test(arguments: [0, 20_000])
    func everyKeyIsFoundThroughGrowth(capacity: Int) {
        let keys = (0..<20_000).map { "claim \($0) · ñ" }
        let t = table(keys, capacity: capacity)
        #expect(t.count == keys.count)
        for (i, key) in keys.enumerated() {
            #expect(t.find(key, hash: ClaimTable.hash(key)) { keys[$0] } == i)
        }
        #expect(t.find("claim 20000 · ñ", hash: ClaimTable.hash("claim 20000 · ñ")) { keys[$0] } == nil)
    }

    /// Room made ahead (as the resolver does from the corpus's size) keeps every key, and
    /// asking for less room than there is changes nothing.
    @Test func reservingKeepsEveryKey() {
        let keys = (0..<3_000).map { "claim \($0)" }
        var t = table(Array(keys[..<1_000]))
        t.reserveCapacity(50_000)
        t.reserveCapacity(10)
        for (i, key) in keys.enumerated().dropFirst(1_000) { t.insert(hash: ClaimTable.hash(key), index: i) }
        #expect(t.count == 3_000)
        for (i, key) in keys.enumerated() { #expect(t.find(key, hash: ClaimTable.hash(key)) { keys[$0] } == i) }
        #expect(t.find("claim 3000", hash: ClaimTable.hash("claim 3000")) { keys[$0] } == nil)
    }

    @Test func collidingHashesAreToldApartByTheKey() {
        let keys = ["a", "b", "c"]
        var t = ClaimTable()
        for i in keys.indices { t.insert(hash: 7, index: i) }
        for (i, key) in keys.enumerated() { #expect(t.find(key, hash: 7) { keys[$0] } == i) }
        #expect(t.find("d", hash: 7) { keys[$0] } == nil)
    }

    @Test func canonicallyEquivalentTitlesAreOneKey() {
        let keys = ["café"]  // precomposed é
        let t = table(keys)
        let decomposed = "cafe\u{301}"
        #expect(t.find(decomposed, hash: ClaimTable.hash(decomposed)) { keys[$0] } == 0)
    }

    @Test func theCorpusFindsTheFirstClaimOfAnId() {
        let claims = [
            Claim(id: "x", title: "X", text: "one", essay: 0, topic: 0, position: 0),
            Claim(id: "y", title: "Y", text: "two", essay: 0, topic: 0, position: 0),
            Claim(id: "x", title: "X2", text: "three", essay: 0, topic: 0, position: 0),
        ]
        let t = ClaimTable(ids: claims)
        #expect(t.count == 2)
        #expect(t.find("x", hash: ClaimTable.hash("x")) { claims[$0].id } == 0)
        #expect(t.find("y", hash: ClaimTable.hash("y")) { claims[$0].id } == 1)
    }

    /// Titles that Swift calls equal (canonically equivalent: composed or decomposed) are one
    /// key: each finds the other's entry.
    @Test func canonicallyEqualKeysAreOneKey() {
        let pairs = [("e000001 asylum 3 · ñ", "e000001 asylum 3 · n\u{303}"), ("Ѐ", "Е\u{300}"), ("가", "\u{1100}\u{1161}"),
                     ("Ελλάδα", "Ελλα\u{301}δα")]
        for (composed, decomposed) in pairs {
            let keys = [composed]
            var table = ClaimTable()
            table.insert(hash: ClaimTable.hash(composed), index: 0)
            #expect(table.find(decomposed, hash: ClaimTable.hash(decomposed)) { keys[$0] } == 0, "\(composed)")
        }
    }
}
