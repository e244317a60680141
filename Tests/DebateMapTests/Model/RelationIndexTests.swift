@testable import DebateMap
import SyntheticCorpus
import Testing

/// The relation index lists each claim's relations once per other claim, opposing ones
/// first, in claim order; a pair linked twice keeps its first kind, and a pair that both
/// opposes and supports is listed as opposing.
struct RelationIndexTests {
    typealias Entry = (other: Int, kind: RelationKind, outgoing: Bool)

    static func index(_ claimCount: Int, _ relations: [Relation]) -> [[Entry]] {
        let (start, entries, opposing) = Corpus.buildRelationIndex(claimCount: claimCount, relations: relations)
        return (0..<claimCount).map { c in
            let group = entries[Int(start[c])..<Int(start[c + 1])].map { ($0.other, $0.kind, $0.outgoing) }
            #expect(group.prefix(Int(opposing[c])).allSatisfy { $0.1.isOpposing })
            #expect(group.dropFirst(Int(opposing[c])).allSatisfy { !$0.1.isOpposing })
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
            let groups = RelationIndexTests.index(claimCount, relations)
            for c in 0..<claimCount {
                // Plainly: every relation of c seen from c, opposing first, each other claim once.
                let seen = relations.filter { $0.from != $0.to && ($0.from == c || $0.to == c) }
                let opposing = Set(seen.filter { $0.kind.isOpposing }.map { $0.from == c ? $0.to : $0.from })
                let supporting = Set(seen.filter { !$0.kind.isOpposing }.map { $0.from == c ? $0.to : $0.from }).subtracting(opposing)
                #expect(groups[c].map(\.other) == opposing.sorted() + supporting.sorted())
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
