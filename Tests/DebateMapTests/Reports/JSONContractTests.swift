import DebateMap
import Foundation
import Testing
import TestSupport

/// The JSON output is a contract (docs/json.md): each field checked by name and value,
/// read back with JSONSerialization as a script would.
struct JSONContractTests {
    let corpus = Fixtures.loadHarbour().corpus

    func object<T: Encodable>(_ value: T) throws -> [String: Any] {
        let text = JSONShapes.encode(value)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func list() throws {
        let json = try object(JSONShapes.list(corpus))
        #expect(Set(json.keys) == ["essays", "topics"])
        let essays = try #require(json["essays"] as? [[String: Any]])
        #expect(essays.count == 2)
        let e = essays[0]
        #expect(Set(e.keys) == ["id", "title", "subtitle", "author", "outlet", "published", "url", "label", "textPath"])
        #expect(e["subtitle"] is NSNull)
        #expect(e["id"] as? String == "mueller")
        #expect(e["title"] as? String == "Letter on the harbour tram")
        #expect(e["author"] as? String == "Anna Müller")
        #expect(e["outlet"] is NSNull)
        #expect(e["published"] as? String == "2024-03")
        #expect(e["url"] is NSNull)
        #expect(e["textPath"] as? String == "essays/mueller.txt")
        #expect(essays[1]["title"] is NSNull)
        let topics = try #require(json["topics"] as? [[String: Any]])
        #expect(topics.map { $0["id"] as? String } == ["tram", "fares"])
        #expect(topics[0]["question"] as? String == "Should the city build the harbour tram line?")
        #expect(topics[0]["title"] as? String == "Tram")
    }

    @Test func matrix() throws {
        let json = try object(JSONShapes.matrix(corpus))
        #expect(Set(json.keys) == ["topics", "essays", "cells"])
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 4)
        #expect(Set(cells[0].keys) == ["essay", "topic", "stance", "summary", "claim"])
        #expect(cells.map { "\($0["topic"]!)/\($0["essay"]!)/\($0["stance"]!)" } == [
            "tram/mueller/for", "tram/petrov/against", "fares/mueller/silent", "fares/petrov/for",
        ])
        #expect(cells[0]["claim"] as? String == "muller-build-the-tram")
        #expect(cells[2]["claim"] is NSNull)
        #expect(cells[2]["summary"] as? String == "The letter leaves the question of free fares aside.")
    }

    @Test func opposing() throws {
        let json = try object(JSONShapes.opposing(corpus, claim: corpus.claimIndex(id: "muller-buses-stuck")!))
        #expect(Set(json.keys) == ["claim", "opposing"])
        let claim = try #require(json["claim"] as? [String: Any])
        #expect(claim["id"] as? String == "muller-buses-stuck")
        #expect(claim["parent"] as? String == "muller-build-the-tram")
        let opposing = try #require(json["opposing"] as? [[String: Any]])
        #expect(opposing.count == 1)
        let o = opposing[0]
        #expect(Set(o.keys) == ["id", "essay", "topic", "relation", "direction", "voice", "crossQuestion", "text", "quote"])
        #expect(o["voice"] as? String == "other")
        #expect(o["crossQuestion"] as? Bool == false)
        #expect(o["id"] as? String == "petrov-fix-junctions")
        #expect(o["essay"] as? String == "petrov")
        #expect(o["topic"] as? String == "tram")
        #expect(o["relation"] as? String == "attacks")
        #expect(o["direction"] as? String == "incoming")
        #expect(o["text"] as? String == "The buses would run well if the city fixed the two junctions at the bridge.")
        let quote = try #require(o["quote"] as? [String: Any])
        #expect(quote["text"] as? String == "The buses would be fine if the city fixed the two junctions at the bridge.")
        #expect(quote["start"] as? Int == 100)
        #expect(quote["end"] as? Int == 174)
    }

    @Test func export() throws {
        let json = try object(JSONShapes.export(corpus))
        #expect(Set(json.keys) == ["title", "essays", "topics", "positions", "claims", "relations"])
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.count == 9)
        let c = claims[0]
        #expect(Set(c.keys) == ["id", "title", "essay", "topic", "parent", "text", "quote", "tags", "kind", "refersTo", "source", "inferenceRule"])
        #expect(c["parent"] is NSNull)
        #expect(c["kind"] as? String == "statement")
        #expect(c["refersTo"] is NSNull && c["source"] is NSNull && c["inferenceRule"] is NSNull)
        let quote = try #require(c["quote"] as? [String: Any])
        // start/end count Unicode scalars, end exclusive.
        let text = Array(corpus.essays[0].text.unicodeScalars)
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[start..<end])
        #expect(String(s) == quote["text"] as? String)
        let relations = try #require(json["relations"] as? [[String: Any]])
        #expect(relations.count == 8)
        #expect(Set(relations[0].keys) == ["from", "to", "type", "undercut"])
        #expect(relations.allSatisfy { $0["undercut"] as? Bool == false })
        #expect(relations.contains { $0["from"] as? String == "muller-build-the-tram" && $0["to"] as? String == "petrov-waste" && $0["type"] as? String == "contradicts" }
            || relations.contains { $0["from"] as? String == "petrov-waste" && $0["to"] as? String == "muller-build-the-tram" && $0["type"] as? String == "contradicts" })
        let positions = try #require(json["positions"] as? [[String: Any]])
        #expect(positions.map { $0["id"] as? String } == ["mueller/tram", "mueller/fares", "petrov/tram", "petrov/fares"])
    }

    @Test func exportKeepsWhatImportedFormatsSay() throws {
        // A Kialo `-> See` row, an AIF speaker, an Argdown inference rule and undercut.
        let kialo = FormatFixtures.load("kialo/tram-flat.txt").corpus
        let link = try #require(try object(JSONShapes.export(kialo))["claims"] as? [[String: Any]]).first { $0["kind"] as? String == "reference" }
        #expect(link?["refersTo"] as? String == "tram-flat-1-1-1")
        let aif = try object(JSONShapes.export(FormatFixtures.load("aif/fares-ova.json").corpus))
        #expect((aif["claims"] as? [[String: Any]] ?? []).contains { !($0["source"] is NSNull) })
        let library = try object(JSONShapes.export(FormatFixtures.load("argdown/library.argdown").corpus))
        let claims = library["claims"] as? [[String: Any]] ?? []
        #expect(claims.contains { $0["kind"] as? String == "conclusion" && $0["inferenceRule"] as? String == "Generalisation" })
        #expect((library["relations"] as? [[String: Any]] ?? []).contains { $0["undercut"] as? Bool == true })
    }

    @Test func search() throws {
        let index = SearchIndex(corpus: corpus)
        let json = try object(JSONShapes.search(corpus, query: "JUNCTIONS", hits: index.search("JUNCTIONS")))
        #expect(json["query"] as? String == "JUNCTIONS")
        let matches = try #require(json["matches"] as? [[String: Any]])
        #expect(matches.map { "\($0["field"]!):\($0["id"]!)" } == ["summary:petrov/tram", "claim:petrov-fix-junctions", "quote:petrov-fix-junctions"])
    }

    @Test func controlCharactersAreEscapedAsJSONDoes() {
        let text = JSONShapes.encode(["a": "x\u{1B}[2J\u{7}"])
        #expect(text.contains("\\u001b[2J\\u0007"))
        #expect(!text.contains("\u{1B}"))
    }
}
