import DebateMap
import SyntheticCorpus
import Testing
import TestSupport

/// Kialo discussion exports, both forms, their awkward cases, and a large one.
struct KialoReaderTests {
    func text(_ c: Corpus, _ title: String) -> String? { c.claims.first { $0.title == title && $0.refersTo == nil }?.text }

    @Test func flatFormThesisProsConsAndLinks() throws {
        let result = FormatFixtures.load("kialo/tram-flat.txt")
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result))")
        let c = result.corpus
        #expect(c.essays.map(\.id) == ["tram-flat"])
        #expect(c.topics[0].question == "Should the harbour tram be built?")
        let thesis = try #require(c.positions[0].mainClaim)
        #expect(c.claims[thesis].title == "1")
        #expect(c.claims[thesis].text == "The city should build the harbour tram.")
        #expect(c.claims.first { $0.title == "1.1" }?.link == .supports)
        #expect(c.claims.first { $0.title == "1.2" }?.link == .attacks)
        // Continued lines join; escaped brackets lose their backslash; Markdown links stay.
        #expect(text(c, "1.3") == "A tram carries three times as many people as a bus, over the whole day.")
        #expect(text(c, "1.4") == "Residents fear the [noise] of the rails.")
        #expect(text(c, "1.1.1") == "The traffic is bad only in winter, see the [city report](https://example.org/report).")
        // `-> See 1.1.1.` is a link row under 1.2, and 1.1.1 supports 1.2 too.
        let see = try #require(c.claims.indices.first { c.claims[$0].kind == .reference && c.claims[c.claims[$0].parent!].title == "1.2" })
        #expect(c.claims[c.claims[see].refersTo!].title == "1.1.1")
        #expect(c.claims[see].children.isEmpty)
        let target = c.claims[see].refersTo!, parent = c.claims.firstIndex { $0.title == "1.2" }!
        #expect(c.relations.contains { $0.from == target && $0.to == parent && $0.kind == .supports })
        // A Con of the thesis is an opposing claim.
        #expect(c.opponents(of: thesis).contains { c.claims[$0.other].title == "1.2" })
    }

    @Test func indentedFormWithFootnotes() throws {
        let result = FormatFixtures.load("kialo/tram-indented.txt")
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result))")
        let c = result.corpus
        #expect(c.essays[0].title == "Should fares be free?")
        #expect(text(c, "1") == "Public transport should be free for everyone. [1]")
        #expect(c.claims.first { $0.title == "1" }?.source == "City transport report, 2023.")
        #expect(c.claims.first { $0.title == "1.2" }?.source == "City transport report, 2023.; Drivers' union leaflet.")
        #expect(c.claims.first { $0.title == "1.1.1" }?.link == .attacks)
        #expect(c.claims.first { $0.title == "1.2.1" }?.link == .supports)
        #expect(c.relations.count == 4)
    }

    @Test func mistakesAreReportedAndTheRestIsShown() {
        let result = FormatFixtures.load("kialo/broken.txt")
        #expect(FormatFixtures.messages(result) == [
            "broken.txt:5:1: error: the claim 1.1.1.1. skips a level: there is no claim 1.1.1. above it",
            "broken.txt:6:1: error: `-> See 1.9.` points to no claim of the discussion",
            "broken.txt:7:1: error: the claim number 1.2. is used twice",
            "broken.txt:8:1: error: the claim 1.3. says neither `Pro:` nor `Con:`",
        ])
        let c = result.corpus
        #expect(c.claims.first { $0.title == "1.1.1.1" }.map { c.claims[$0.parent!].title } == "1.1")
        #expect(c.claims.contains { $0.text == "Still shown after the mistakes." && $0.link == .attacks })
    }

    @Test func tenThousandClaimsLoad() throws {
        let result = FormatFixtures.memory(["big/generated.txt": GeneratedImports.kialo(claims: 10_000)])
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result).prefix(3))")
        let c = result.corpus
        let links = c.claims.filter { $0.kind == .reference }.count
        #expect(links == 19)
        #expect(c.claims.count == 10_000)
        #expect(c.relations.count == 9_999)
        #expect(c.claims(ofPosition: 0).count == 10_000)
        #expect(c.opponentCount(of: c.positions[0].mainClaim!) == 4)
    }

    @Test func looksLikeKialoOnlyForDiscussions() {
        #expect(KialoReader.looksLikeKialo(Array("\u{FEFF}\nDiscussion Title: x\n".utf8)))
        #expect(!KialoReader.looksLikeKialo(Array("The city should build the harbour tram.".utf8)))
    }
}
