@testable import DebateMap
import SeedCorpus
import SyntheticCorpus
import Testing
import TestSupport

/// Every corpus the loaders and builders make keeps the invariants `Corpus+Invariants` states,
/// and each kind of break is caught (a debug build checks them each time a corpus is made).
struct CorpusInvariantsTests {
    @Test func loadedCorporaKeepThem() {
        let corpora: [(String, Corpus)] = [
            ("seed", SeedCorpus.load().corpus),
            ("harbour", Fixtures.loadHarbour().corpus),
            ("synthetic", CorpusLoader.load(paths: [SyntheticCorpus.root], source: MemorySource(files: SyntheticCorpus.generate(claims: 3_000, seed: 4))).corpus),
        ] + FormatFixtures.all.map { ($0, FormatFixtures.load($0).corpus) }
        for (name, corpus) in corpora {
            #expect(!corpus.claims.isEmpty || name.contains("broken"), "\(name)")
            #expect(corpus.invariantViolations() == [], "\(name)")
        }
    }

    @Test func eachBreakIsCaught() {
        let sound = Fixtures.loadHarbour().corpus
        let child = sound.claims.indices.first { sound.claims[$0].parent != nil }!
        let parent = sound.claims[child].parent!
        let other = sound.claims.indices.first { $0 != parent && $0 != child && !sound.claims[$0].children.contains(child) }!

        func violations(_ change: (inout Corpus) -> Void) -> [String] {
            var corpus = sound
            change(&corpus)
            return corpus.invariantViolations()
        }
        #expect(violations { $0.claims[child].parent = other } .contains { $0.contains("parent") })
        #expect(violations { $0.claims[parent].children.removeAll { $0 == child } } .contains { $0.contains("does not list it") })
        #expect(violations { $0.claims[child].position += 1 } .contains { $0.contains("position") })
        #expect(violations { $0.claims[child].essay = 99 } .contains { $0.contains("essay 99") })
        #expect(violations { $0.relations.append(Relation(from: child, to: sound.claims.count, kind: .attacks)) } .contains { $0.contains("relation") })
        #expect(violations { $0.relations.append(Relation(from: other, to: child, kind: .attacks)) } == ["the relation index does not match the relations"])
        #expect(violations { $0.relations.removeLast() } == ["the relation index does not match the relations"])
        #expect(violations { $0.claims[other].id = "no-such-id-before" } .contains { $0.contains("id table") })
        #expect(violations { $0.positions.removeLast() } .contains { $0.contains("where the layout has") })
        #expect(violations { _ in } == [])
    }
}
