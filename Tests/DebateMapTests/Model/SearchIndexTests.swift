import DebateMap
import Testing

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
}
