@testable import DebateMap
import SyntheticCorpus
import Testing

/// Search as you type narrows each keystroke's search to the previous matches, starting where
/// the shorter query matched, and splits large scans over the cores: neither may change what
/// is found, nor where.
struct SearchNarrowingTests {
    static let corpus = CorpusLoader.load(paths: [SyntheticCorpus.root], source: MemorySource(files: SyntheticCorpus.generate(claims: 3_000, seed: 11))).corpus
    let index = SearchIndex(corpus: SearchNarrowingTests.corpus)

    /// Queries typed a letter at a time: Cyrillic, accented Latin folded, words that occur
    /// after an earlier occurrence of their first letters, and one that stops matching.
    static let queries = ["свобода", "zürich", "democracy", "ελλάδα", "façade", "oligarchy", "xyzzy", "数据"]

    @Test(arguments: queries)
    func narrowingFindsWhatAFreshSearchFinds(query: String) {
        var previous: SearchIndex.Matches?
        var typed = ""
        for character in query {
            typed.append(character)
            let needle = TextFold.foldedBytes(typed)
            let narrowed = index.matches(needle, narrowing: previous, minimumPerPart: 50_000)
            let fresh = index.matches(needle, narrowing: nil, minimumPerPart: 50_000)
            #expect(narrowed.entries == fresh.entries, "\(typed)")
            #expect(narrowed.offsets == fresh.offsets, "\(typed)")
            previous = narrowed
        }
    }

    @Test(arguments: queries)
    func splittingTheScanChangesNothing(query: String) {
        var whole: SearchIndex.Matches?
        var split: SearchIndex.Matches?
        var typed = ""
        for character in query {
            typed.append(character)
            let needle = TextFold.foldedBytes(typed)
            whole = index.matches(needle, narrowing: whole, minimumPerPart: .max)
            split = index.matches(needle, narrowing: split, minimumPerPart: 500)
            #expect(whole!.entries == split!.entries, "\(typed)")
            #expect(whole!.offsets == split!.offsets, "\(typed)")
        }
    }

    @Test func aLongerQueryMatchingOnlyLaterInATextIsFound() {
        // "ab" first occurs before "abc" does: the narrowed search must look past it.
        let claims = [
            Claim(id: "a", title: "a", text: "ab then abc", essay: 0, topic: 0, position: 0),
            Claim(id: "b", title: "b", text: "abc", essay: 0, topic: 0, position: 0),
            Claim(id: "c", title: "c", text: "ab only", essay: 0, topic: 0, position: 0),
        ]
        let corpus = Corpus(title: "", topics: [Topic(id: "t", title: "T", question: "?")],
                            essays: [Essay(id: "e", title: "E", author: "A", outlet: "", published: "", url: "", textPath: "", mapPath: "", text: "")],
                            positions: [Position(essay: 0, topic: 0, stance: .for, summary: "")], claims: claims, relations: [])
        let index = SearchIndex(corpus: corpus)
        let ab = index.matches(Array("ab".utf8))
        let abc = index.matches(Array("abc".utf8), narrowing: ab)
        #expect(index.hits(abc.entries).map { corpus.claims[$0.index].id } == ["a", "b"])
        #expect(index.hits(ab.entries).map { corpus.claims[$0.index].id } == ["a", "b", "c"])
    }

    /// The bytes kept after each match end where the text ends, run out after seven, and are
    /// read again past that: narrowing still finds what a fresh search finds, letter by letter,
    /// for needles that end a text, outrun what was kept, or occur only further on.
    @Test func theBytesKeptAheadOfAMatchAgreeWithTheText() {
        let texts = ["xab", "abc", "ab", "zab", "abcdefghijkl", "abcdefgh", "abcdefghij abcdefghijk", "abcdefg", "a",
                     "ab abc abcd abcdefghijklmn", "свобода и свобод", "свобо", "cвобода"]
        let claims = texts.enumerated().map { k, text in
            Claim(id: "c\(k)", title: "C\(k)", text: text, essay: 0, topic: 0, position: 0)
        }
        let corpus = Corpus(title: "", topics: [Topic(id: "t", title: "T", question: "?")],
                            essays: [Essay(id: "e", title: "E", author: "A", outlet: "", published: "", url: "", textPath: "", mapPath: "", text: "")],
                            positions: [Position(essay: 0, topic: 0, stance: .for, summary: "")], claims: claims, relations: [])
        let index = SearchIndex(corpus: corpus)
        for query in ["abcdefghijklmnop", "abcdefghijk", "свободаи", "свобода и свобод", "zab", "b c"] {
            // A letter at a time, and also two at a time (a paste, or a fast typist).
            for step in [1, 2, 3] {
                var previous: SearchIndex.Matches?
                var typed = ""
                for (k, character) in query.enumerated() {
                    typed.append(character)
                    guard (k + 1) % step == 0 || k + 1 == query.count else { continue }
                    let needle = TextFold.foldedBytes(typed)
                    let narrowed = index.matches(needle, narrowing: previous, minimumPerPart: 50_000)
                    let fresh = index.matches(needle, narrowing: nil, minimumPerPart: 50_000)
                    #expect(narrowed.entries == fresh.entries, "\(typed) by \(step)")
                    #expect(narrowed.offsets == fresh.offsets, "\(typed) by \(step)")
                    previous = narrowed
                }
            }
        }
    }
}
