import DebateMap
import SyntheticCorpus
import Testing
import TestSupport

/// AIF JSON: AIFdb nodesets and OVA/xAIF files, their mistakes, and a large nodeset.
struct AIFReaderTests {
    func index(_ c: Corpus, _ text: String) -> Int? { c.claims.indices.first { c.claims[$0].text == text && c.claims[$0].refersTo == nil } }

    func has(_ c: Corpus, _ from: String, _ kind: RelationKind, _ to: String) -> Bool {
        c.relations.contains { c.claims[$0.from].text == from && c.claims[$0.to].text == to && $0.kind == kind }
    }

    @Test func nodesetInferencesConflictsRephrasesAndSpeakers() throws {
        let result = FormatFixtures.load("aif/harbour-nodeset.json")
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result))")
        let c = result.corpus
        let tram = "The city should build the harbour tram."
        #expect(has(c, "Buses are stuck in traffic every morning.", .supports, tram))
        #expect(has(c, "A tram has its own lane.", .supports, tram))
        #expect(has(c, "The tram is a waste of money.", .attacks, tram))
        #expect(has(c, "Free buses fill up.", .supports, "Fares should be free."))
        // L → YA → I: the speaker from the locution, else from the L-node's text.
        #expect(c.claims[try #require(index(c, tram))].source == "Anna")
        #expect(c.claims[try #require(index(c, "The tram is a waste of money."))].source == "Ivan Petrov")
        // MA: a link row under the rephrased claim; the rephrasing stands as its own root.
        let t = try #require(index(c, tram))
        let rephrase = try #require(index(c, "Building the harbour tram is what the city should do."))
        #expect(c.claims[t].children.contains { c.claims[$0].refersTo == rephrase && c.claims[$0].link == nil })
        // Three unconnected parts: three roots under the nodeset's group.
        let root = try #require(c.positions[0].mainClaim)
        #expect(c.claims[root].kind == .group)
        #expect(c.claims[root].children.map { c.claims[$0].text } == [tram, "Building the harbour tram is what the city should do.", "Fares should be free."])
        #expect(c.claims.filter { $0.kind == .statement }.count == 7)
    }

    @Test func ovaFileWithParticipants() throws {
        let result = FormatFixtures.load("aif/fares-ova.json")
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result))")
        let c = result.corpus
        #expect(has(c, "Someone has to pay the drivers.", .attacks, "Fares should be free for everyone."))
        #expect(has(c, "Taxes already pay the drivers.", .attacks, "Someone has to pay the drivers."))
        #expect(c.claims[try #require(index(c, "Fares should be free for everyone."))].source == "Lena Vogel")
        #expect(c.claims[try #require(c.positions[0].mainClaim)].text == "Fares should be free for everyone.")
    }

    @Test func mistakesCarryTheJSONPath() {
        let result = FormatFixtures.load("aif/broken.json")
        #expect(FormatFixtures.messages(result) == [
            "broken.json:6:16: error: $.nodes[3].nodeID: the node id 3 is used twice",
            "broken.json:7:5: error: $.nodes[4].type: a node needs a `type` (I, RA, CA, MA, L, YA, …)",
            "broken.json:8:5: warning: $.nodes[5].type: unknown node type `XX`: the node is left out",
            "broken.json:13:44: error: $.edges[2].toID: no node 17",
        ])
        #expect(has(result.corpus, "A reason for it.", .supports, "A claim that stays."))
    }

    @Test func invalidJSONIsOneDiagnostic() {
        let result = FormatFixtures.memory(["a/bad.json": "{\"nodes\": [\n  {\"nodeID\": 1,}\n]}\n"])
        #expect(FormatFixtures.messages(result) == ["bad.json:2:16: error: not valid JSON: expected a key in quotes"])
    }

    @Test func tenThousandNodesLoad() {
        // 5,001 I-nodes, each after the first supporting or attacking an earlier one through
        // its own RA or CA node, the last one joining the last RA as a second premise: 10,000 nodes.
        let json = GeneratedImports.aif(nodes: 10_000)
        #expect(json.components(separatedBy: "\"nodeID\"").count - 1 == 10_000)
        let result = FormatFixtures.memory(["big/generated.json": json])
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result).prefix(3))")
        let c = result.corpus
        #expect(c.claims.count == 5_001)
        #expect(c.relations.count == 5_000)
        #expect(c.relations.filter { $0.kind == .attacks }.count == 4_999 / 3)
        #expect(c.claims(ofPosition: 0).count == 5_001)
        #expect(c.claims[c.positions[0].mainClaim!].text == "Claim 0.")
    }
}
