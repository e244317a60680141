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
        Self.expectNarrowingAgrees(index, typing: query)
    }

    /// Types `query` into a search of `index`, `step` letters at a time, each keystroke
    /// narrowing the last: it must find what a fresh search finds, in the same places.
    static func expectNarrowingAgrees(_ index: SearchIndex, typing query: String, by step: Int = 1,
                                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var previous: SearchIndex.Matches?
        var typed = ""
        for (k, character) in query.enumerated() {
            typed.append(character)
            guard (k + 1) % step == 0 || k + 1 == query.count else { continue }
            let needle = TextFold.foldedBytes(typed)
            let narrowed = index.matches(needle, narrowing: previous, minimumPerPart: 50_000)
            let fresh = index.matches(needle, narrowing: nil, minimumPerPart: 50_000)
            #expect(narrowed.entries == fresh.entries, "\(typed) by \(step)", sourceLocation: sourceLocation)
            #expect(narrowed.offsets == fresh.offsets, "\(typed) by \(step)", sourceLocation: sourceLocation)
            previous = narrowed
        }
    }

    /// A corpus of one essay and one position whose claims have these texts (claim `k` has id `ck`).
    static func corpus(texts: [String]) -> Corpus {
        let claims = texts.enumerated().map { k, text in
            Claim(id: "c\(k)", title: "C\(k)", text: text, essay: 0, topic: 0, position: 0)
        }
        return Corpus(title: "", topics: [Topic(id: "t", title: "T", question: "?")],
                      essays: [Essay(id: "e", title: "E", author: "A", outlet: "", published: "", url: "", textPath: "", mapPath: "", text: "")],
                      positions: [Position(essay: 0, topic: 0, stance: .for, summary: "")], claims: claims, relations: [])
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
        let corpus = Self.corpus(texts: ["ab then abc", "abc", "ab only"])
        let index = SearchIndex(corpus: corpus)
        let ab = index.matches(Array("ab".utf8))
        let abc = index.matches(Array("abc".utf8), narrowing: ab)
        #expect(index.hits(abc.entries).map { corpus.claims[$0.index].id } == ["c0", "c1"])
        #expect(index.hits(ab.entries).map { corpus.claims[$0.index].id } == ["c0", "c1", "c2"])
    }

    /// The bytes kept after each match end where the text ends, run out after seven, and are
    /// read again past that: narrowing still finds what a fresh search finds, letter by letter,
    /// for needles that end a text, outrun what was kept, or occur only further on.
    @Test func theBytesKeptAheadOfAMatchAgreeWithTheText() {
        let texts = ["xab", "abc", "ab", "zab", "abcdefghijkl", "abcdefgh", "abcdefghij abcdefghijk", "abcdefg", "a",
                     "ab abc abcd abcdefghijklmn", "свобода и свобод", "свобо", "cвобода"]
        let index = SearchIndex(corpus: Self.corpus(texts: texts))
        for query in ["abcdefghijklmnop", "abcdefghijk", "свободаи", "свобода и свобод", "zab", "b c"] {
            // A letter at a time, and also two or three at a time (a paste, or a fast typist).
            for step in [1, 2, 3] { Self.expectNarrowingAgrees(index, typing: query, by: step) }
        }
    }

    /// A scan done in slices finds what one done at once finds, also when each keystroke starts
    /// from a search the keystroke before left unfinished (a fast typist, a large corpus): the
    /// unfinished one's matches are narrowed, and the entries it had not reached scanned afresh.
    @Test(arguments: queries)
    func aScanInSlicesFindsWhatOneAtOnceFinds(query: String) {
        var generator = SplitMix(seed: UInt64(query.utf8.count))
        var previous: SearchIndex.Matches?
        var typed = ""
        for character in query {
            typed.append(character)
            let needle = TextFold.foldedBytes(typed)
            var scan = index.begin(needle, narrowing: previous)
            // Stop after a few slices of random size, at most every entry, often fewer.
            let slices = Int.random(in: 1...4, using: &generator)
            for _ in 0..<slices {
                index.advance(&scan, by: Int.random(in: 1...index.entryCount, using: &generator), minimumPerPart: 700)
            }
            let partial = scan.matches
            let whole = index.matches(needle, narrowing: nil, minimumPerPart: .max)
            // What the partial scan holds is exactly the matches before where it stopped.
            let before = whole.entries.prefix { $0 < partial.scannedTo }
            #expect(partial.entries == Array(before), "\(typed)")
            #expect(partial.offsets == Array(whole.offsets.prefix(before.count)), "\(typed)")
            #expect(partial.isComplete == (partial.scannedTo == Int32(index.entryCount)), "\(typed)")
            #expect(partial.ahead.isEmpty || partial.ahead.count == partial.entries.count, "\(typed)")
            // Finishing it gives the whole.
            while !scan.isComplete { index.advance(&scan, by: 997) }
            #expect(scan.matches.entries == whole.entries, "\(typed)")
            #expect(scan.matches.offsets == whole.offsets, "\(typed)")
            // The next keystroke narrows the partial one.
            previous = partial
        }
    }

    @Test func anEmptyNeedleIsCompleteAndFindsNothing() {
        let scan = index.begin([], narrowing: nil)
        #expect(scan.isComplete)
        #expect(scan.matches.entries.isEmpty)
    }
}
