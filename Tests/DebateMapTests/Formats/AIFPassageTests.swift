@testable import DebateMap
import Testing

/// An AIF file's analysed passage (issue 20): the document's text, which the reader opens,
/// with each claim's words found in it as its quote.
struct AIFPassageTests {
    func load(_ json: String) -> LoadResult {
        CorpusLoader.load(paths: ["talk.json"], source: MemorySource(files: ["talk.json": Array(json.utf8)]))
    }

    static let nodes = """
        "nodes": [
          {"nodeID": "1", "text": "Fares should be free for everyone.", "type": "I"},
          {"nodeID": "2", "text": "Someone has to pay the drivers", "type": "I"},
          {"nodeID": "3", "text": "Nobody said this.", "type": "I"},
          {"nodeID": "4", "text": "Default Conflict", "type": "CA"}],
        "edges": [{"edgeID": "1", "fromID": "2", "toID": "4"}, {"edgeID": "2", "fromID": "4", "toID": "1"}]
        """

    @Test func thePassageIsTheTextAndClaimsAreFoundInIt() throws {
        let r = load("{\"AIF\": {\(Self.nodes)}, \"text\": {\"txt\": \"Lena: fares should be free for everyone.<br>Ivan: Someone has to pay the drivers &amp; the rails.\"}}")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.headline))")
        let c = r.corpus
        #expect(c.essays[0].text == "Lena: fares should be free for everyone.\nIvan: Someone has to pay the drivers & the rails.")
        let fares = try #require(c.claims.first { $0.text == "Fares should be free for everyone." }?.quote)
        #expect(fares.text == "fares should be free for everyone" && fares.start == 6 && fares.end == 39)
        let pay = try #require(c.claims.first { $0.text == "Someone has to pay the drivers" }?.quote)
        #expect(pay.text == "Someone has to pay the drivers")
        let text = Array(c.essays[0].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[pay.start..<pay.end])) == pay.text, "the offsets hold the words")
        #expect(c.claims.first { $0.text == "Nobody said this." }?.quote == nil)
    }

    @Test func aPlainStringPassageAndNoPassage() {
        let plain = load("{\(Self.nodes), \"text\": \"fares should be free for everyone\"}")
        #expect(plain.corpus.claims.first { $0.text.hasPrefix("Fares") }?.quote != nil)
        let none = load("{\(Self.nodes)}")
        #expect(none.corpus.essays[0].text.isEmpty)
        #expect(none.corpus.claims.allSatisfy { $0.quote == nil })
    }
}
