@testable import DebateMap
import Testing
import TestSupport

/// Search ignores case and accents, and looks in claims, quotes, summaries, titles, authors.
struct SearchIndexTests {
    let corpus = Fixtures.loadHarbour().corpus

    @Test func caseAndDiacriticInsensitive() {
        let index = SearchIndex(corpus: corpus)
        #expect(index.search("MULLER").map(\.field) == [.author])
        #expect(index.search("müller").map(\.field) == [.author])
        #expect(index.search("иван").map(\.field) == [.author])
    }

    @Test func findsInEveryField() {
        let index = SearchIndex(corpus: corpus)
        #expect(index.search("letter").map(\.field) == [.title, .summary])
        #expect(index.search("fifty").map { corpus.claims[$0.index].id } == ["muller-lasts", "muller-lasts"])
        #expect(index.search("fifty").map(\.field) == [.claim, .quote])
    }

    @Test func emptyAndMissing() {
        let index = SearchIndex(corpus: corpus)
        #expect(index.search("").isEmpty)
        #expect(index.search("zeppelin").isEmpty)
    }

    /// Claims have two entries each, text and quote, whether or not they have a quote: a hit
    /// names the right claim and field around claims without one (as Kialo's and AIF's are).
    @Test func claimsWithAndWithoutQuotes() {
        let essay = Essay(id: "e", title: "Essay", author: "Author", outlet: "o", published: "2022", url: "u",
                          textPath: "e.txt", mapPath: "e.argdown", text: "alpha words and gamma words")
        func claim(_ n: Int, _ text: String, quote: String?) -> Claim {
            Claim(id: "c\(n)", title: "C\(n)", text: text, quote: quote.map { Quote(text: $0, start: 0, end: $0.count) },
                  essay: 0, topic: 0, position: 0)
        }
        let claims = [
            claim(0, "first zebra", quote: "alpha words"),
            claim(1, "second zebra", quote: nil),
            claim(2, "third", quote: nil),
            claim(3, "fourth zebra", quote: "gamma words"),
        ]
        let corpus = Corpus(title: "t", topics: [Topic(id: "q", title: "Q", question: "Q?")], essays: [essay],
                            positions: [Position(essay: 0, topic: 0, stance: .for, summary: "a summary")], claims: claims, relations: [])
        let index = SearchIndex(corpus: corpus)
        #expect(index.search("zebra") == [.init(field: .claim, index: 0), .init(field: .claim, index: 1), .init(field: .claim, index: 3)])
        #expect(index.search("words") == [.init(field: .quote, index: 0), .init(field: .quote, index: 3)])
        #expect(index.search("gamma") == [.init(field: .quote, index: 3)])
        #expect(index.search("third") == [.init(field: .claim, index: 2)])
        #expect(index.search("summary") == [.init(field: .summary, index: 0)])
        #expect(index.search("author") == [.init(field: .author, index: 0)])
    }
}
