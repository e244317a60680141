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

    /// The table's hash is Swift's own hash of the string, whether the bytes are hashed
    /// directly (known NFC) or Swift normalizes first: canonically equal keys hash alike.
    @Test func theHashIsSwiftsHash() {
        func swiftHash(_ key: String) -> UInt32 {
            let h = UInt64(bitPattern: Int64(key.hashValue))
            return UInt32(truncatingIfNeeded: h ^ (h >> 32))
        }
        var random = SplitMix(seed: 5)
        // Scalars from every range the quick check knows, from just outside each, and from
        // ones it leaves to Swift (combining marks, Greek, Hangul, emoji).
        let pool: [UInt32] = [0x41, 0x7A, 0x20, 0x7F, 0x80, 0xF1, 0x2FF, 0x300, 0x301, 0x3A9, 0x3C9, 0x400, 0x415, 0x482, 0x483, 0x489,
                              0x48A, 0x4BF, 0x4C0, 0x52F, 0x530, 0x4DFF, 0x4E00, 0x6570, 0x9FFF, 0xA000, 0xAC00, 0x1161, 0x11A8, 0x1F600]
        for _ in 0..<5_000 {
            var key = String.UnicodeScalarView()
            for _ in 0..<Int(random.next(in: 0...8)) { key.append(Unicode.Scalar(pool[Int(random.next(in: 0...UInt64(pool.count - 1)))])!) }
            let string = String(key)
            #expect(ClaimTable.hash(string) == swiftHash(string), "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(ClaimTable.hash("e000001 asylum 3 · ñ") == ClaimTable.hash("e000001 asylum 3 · n\u{303}"))
        #expect(ClaimTable.hash("Ѐ") == ClaimTable.hash("Е\u{300}"))
    }

    @Test func knownNFC() {
        func known(_ s: String) -> Bool { var s = s; return s.withUTF8 { KnownNFC.check($0) } }
        #expect(known("") && known("abc") && known("Zürich façade") && known("Граница ѐ ӿ ԯ") && known("数据 一 鿿"))
        #expect(!known("n\u{303}") && !known("\u{483}") && !known("Ελλάδα") && !known("가") && !known("\u{530}") && !known("\u{4DFF}") && !known("😀"))
    }
}
