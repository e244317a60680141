@testable import DebateMap
import SyntheticCorpus
import Testing

/// The relation index lists each claim's relations once per other claim, opposing ones
/// first (other voices' before the claim's own voice's), in claim order; a pair linked twice
/// keeps its first kind, and a pair that both opposes and supports is listed as opposing.
struct RelationIndexTests {
    typealias Entry = (other: Int, kind: RelationKind, outgoing: Bool)

    /// The groups of the index; `voices` gives each claim's voice (by default each its own).
    static func index(_ claimCount: Int, _ relations: [Relation], voices: [Int32]? = nil) -> [[Entry]] {
        let voices = voices ?? (0..<claimCount).map { Int32($0) }
        let index = Corpus.buildRelationIndex(claimCount: claimCount, relations: relations, voices: voices)
        let (start, entries, opposing, otherVoice) = (index.start, index.entries, index.opposing, index.otherVoice)
        return (0..<claimCount).map { c in
            let all = entries[Int(start[c])..<Int(start[c + 1])]
            let group = all.map { ($0.other, $0.kind, $0.outgoing) }
            #expect(group.prefix(Int(opposing[c])).allSatisfy { $0.1.isOpposing })
            #expect(group.dropFirst(Int(opposing[c])).allSatisfy { !$0.1.isOpposing })
            // Every entry knows whether the other claim is of another voice, and those come first.
            #expect(all.allSatisfy { $0.otherVoice == (voices[$0.other] != voices[c]) })
            #expect(all.prefix(Int(otherVoice[c])).allSatisfy { $0.otherVoice && $0.kind.isOpposing })
            #expect(all.dropFirst(Int(otherVoice[c])).prefix(Int(opposing[c] - otherVoice[c])).allSatisfy { !$0.otherVoice })
            return group
        }
    }

    @Test func aPairLinkedSeveralWaysIsListedOnce() {
        let relations = [
            Relation(from: 0, to: 1, kind: .supports),     // dropped: 0 and 1 also oppose
            Relation(from: 0, to: 1, kind: .contradicts),  // dropped: attacks sorts first
            Relation(from: 0, to: 1, kind: .attacks),
            Relation(from: 1, to: 0, kind: .attacks),      // the same pair the other way
            Relation(from: 2, to: 0, kind: .supports),
            Relation(from: 2, to: 0, kind: .supports),     // twice
            Relation(from: 3, to: 3, kind: .attacks),      // a claim on itself is no relation
        ]
        let groups = RelationIndexTests.index(4, relations)
        #expect(groups[0].map(\.other) == [1, 2])
        #expect(groups[0].map(\.kind) == [.attacks, .supports])
        #expect(groups[1].map(\.other) == [0] && groups[1][0].kind == .attacks)
        #expect(groups[2].map(\.other) == [0] && groups[2][0].outgoing)
        #expect(groups[3].isEmpty)
    }

    @Test func agreesWithAPlainDefinitionOnRandomRelations() {
        var random = SplitMix(seed: 11)
        let kinds: [RelationKind] = [.supports, .attacks, .contradicts]
        for _ in 0..<200 {
            let claimCount = Int(random.next(in: 1...12))
            let relations = (0..<Int(random.next(in: 0...60))).map { _ in
                Relation(from: Int(random.next(in: 0...UInt64(claimCount - 1))), to: Int(random.next(in: 0...UInt64(claimCount - 1))),
                         kind: kinds[Int(random.next(in: 0...2))])
            }
            // Three voices at random: some opposition is a claim's own.
            let voices = (0..<claimCount).map { _ in Int32(random.next(in: 0...2)) }
            let groups = RelationIndexTests.index(claimCount, relations, voices: voices)
            for c in 0..<claimCount {
                // Plainly: every relation of c seen from c, opposing first (other voices', then
                // its own voice's), each other claim once.
                let seen = relations.filter { $0.from != $0.to && ($0.from == c || $0.to == c) }
                let opposing = Set(seen.filter { $0.kind.isOpposing }.map { $0.from == c ? $0.to : $0.from })
                let supporting = Set(seen.filter { !$0.kind.isOpposing }.map { $0.from == c ? $0.to : $0.from }).subtracting(opposing)
                let others = opposing.filter { voices[$0] != voices[c] }.sorted(), own = opposing.filter { voices[$0] == voices[c] }.sorted()
                #expect(groups[c].map(\.other) == others + own + supporting.sorted())
                for entry in groups[c] {
                    // The kind kept is the first in order among the pair's (attacks before contradicts).
                    let pairKinds = seen.filter { ($0.from == c ? $0.to : $0.from) == entry.other }.map(\.kind)
                    let expected = entry.kind.isOpposing ? pairKinds.filter(\.isOpposing).min { $0.rawValue < $1.rawValue } : .supports
                    #expect(entry.kind == expected)
                }
            }
        }
    }
}
