@testable import DebateMap
import SeedCorpus
import Testing
import TestSupport

/// Who opposes whom, input by input (docs/formats.md, "Who opposes whom"): an essay's own
/// objections are not its opposition; a Kialo discussion's cons are; an AIF dialogue's
/// conflicts between two speakers are, one speaker's with their own claim are not.
struct VoicesTests {
    @Test func aDialogueOpposesOnlyAcrossSpeakers() throws {
        // Lena holds that fares should be free; Omar objects; Lena concedes a point herself.
        let aif = """
        {"nodes": [
          {"nodeID": "1", "text": "Fares should be free.", "type": "I"},
          {"nodeID": "2", "text": "Someone has to pay the drivers.", "type": "I"},
          {"nodeID": "3", "text": "Default Conflict", "type": "CA"},
          {"nodeID": "4", "text": "Free buses would be crowded.", "type": "I"},
          {"nodeID": "5", "text": "Default Conflict", "type": "CA"},
          {"nodeID": "6", "text": "Lena: fares should be free", "type": "L"},
          {"nodeID": "7", "text": "Asserting", "type": "YA"},
          {"nodeID": "8", "text": "Omar: someone has to pay", "type": "L"},
          {"nodeID": "9", "text": "Asserting", "type": "YA"},
          {"nodeID": "10", "text": "Lena: they would be crowded", "type": "L"},
          {"nodeID": "11", "text": "Asserting", "type": "YA"}],
         "edges": [
          {"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"},
          {"fromID": "4", "toID": "5"}, {"fromID": "5", "toID": "1"},
          {"fromID": "6", "toID": "7"}, {"fromID": "7", "toID": "1"},
          {"fromID": "8", "toID": "9"}, {"fromID": "9", "toID": "2"},
          {"fromID": "10", "toID": "11"}, {"fromID": "11", "toID": "4"}]}
        """
        let result = FormatFixtures.memory(["dialogue.json": aif])
        let corpus = result.corpus
        func claim(_ text: String) throws -> Int { try #require(corpus.claims.firstIndex { $0.text == text }) }
        let free = try claim("Fares should be free."), pay = try claim("Someone has to pay the drivers."), crowded = try claim("Free buses would be crowded.")
        #expect(corpus.essays[corpus.claims[free].essay].voices == .speakers)
        #expect(corpus.opponents(of: free).map(\.other) == [pay])
        #expect(corpus.ownObjections(of: free).map(\.other) == [crowded])
        #expect(corpus.opponentCount(of: free) == 1)
        // The clash view sees Omar's objection only.
        let clashes = Clashes(corpus: corpus)
        #expect(clashes.count == 1)
        #expect(Set([clashes.pairs[0].clashes[0].left, clashes.pairs[0].clashes[0].right]) == [free, pay])
    }

    @Test func aKialoDiscussionsConsAreItsOpposition() throws {
        let result = FormatFixtures.load("kialo/tram-flat.txt")
        let corpus = result.corpus
        #expect(corpus.essays.allSatisfy { $0.voices == .discussion })
        for c in corpus.claims.indices {
            #expect(corpus.ownObjections(of: c).isEmpty)
            #expect(corpus.opponents(of: c).count == corpus.allOpposing(of: c).count)
        }
        #expect(corpus.claims.indices.contains { corpus.opponentCount(of: $0) > 0 })
    }

    @Test func theSeedEssaysOwnObjectionsAreNotOpposition() throws {
        let corpus = SeedCorpus.load().corpus
        var own = 0
        for c in corpus.claims.indices {
            for r in corpus.opponents(of: c) { #expect(corpus.claims[r.other].essay != corpus.claims[c].essay) }
            for r in corpus.ownObjections(of: c) { #expect(corpus.claims[r.other].essay == corpus.claims[c].essay) }
            own += corpus.ownObjections(of: c).count
        }
        #expect(own > 0)
        // Galeotti's concession about Crimea is his own: it opposes nothing of another essay's.
        let crimea = try #require(corpus.claimIndex(id: "galeotti-crimea"))
        #expect(corpus.opponents(of: crimea).isEmpty && !corpus.ownObjections(of: crimea).isEmpty)
    }
}
