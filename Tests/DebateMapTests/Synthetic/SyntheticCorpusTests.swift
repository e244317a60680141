import DebateMap
import SyntheticCorpus
import Testing

/// The benchmark's generated corpora are valid, the size asked for, shaped like real ones,
/// and the same for the same seed.
struct SyntheticCorpusTests {
    func load(_ files: [String: [UInt8]]) -> LoadResult {
        CorpusLoader.load(paths: [SyntheticCorpus.root], source: MemorySource(files: files))
    }

    @Test(arguments: [1_000, 10_000])
    func generatedCorpusLoadsCleanWithExactlyTheClaimsAsked(claims: Int) {
        let result = load(SyntheticCorpus.generate(claims: claims, seed: 7))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(5).map(\.headline))")
        let corpus = result.corpus
        #expect(corpus.claims.count == claims)
        #expect(corpus.topics.count == 3)
        #expect(corpus.positions.count == corpus.essays.count * 3)
        // Every claim has its quote located.
        #expect(corpus.claims.allSatisfy { $0.quote != nil })
    }

    @Test func shapedLikeARealCorpus() {
        let corpus = load(SyntheticCorpus.generate(claims: 10_000, seed: 3)).corpus
        // Essays of about 1,000 words.
        let words = corpus.essays.map { $0.text.split(separator: " ").count }
        #expect(words.allSatisfy { (1_000...1_020).contains($0) })
        // 10–40 claims per addressed position (the last essay may be cut short).
        let sizes = corpus.positions.indices.dropLast(3).map { corpus.claims(ofPosition: $0).count }.filter { $0 > 0 }
        #expect(sizes.allSatisfy { (10...40).contains($0) })
        // Trees 1–5 deep.
        func depth(_ c: Int) -> Int { corpus.claims[c].parent.map { depth($0) + 1 } ?? 0 }
        let deepest = corpus.claims.indices.map(depth).max() ?? 0
        #expect(deepest == 5)
        // About a tenth of the claims relate to a claim of another essay.
        let cross = corpus.relations.filter { corpus.claims[$0.from].essay != corpus.claims[$0.to].essay }.count
        #expect(cross > 700 && cross < 1_300, "\(cross) cross-essay relations")
        // Non-ASCII text throughout.
        #expect(corpus.claims.prefix(100).contains { $0.text.unicodeScalars.contains { $0.value > 127 } })
        #expect(corpus.essays.allSatisfy { $0.text.unicodeScalars.contains { $0.value > 127 } })
    }

    @Test func deterministicForASeed() {
        let a = SyntheticCorpus.generate(claims: 2_000, seed: 11)
        let b = SyntheticCorpus.generate(claims: 2_000, seed: 11)
        let c = SyntheticCorpus.generate(claims: 2_000, seed: 12)
        #expect(a == b)
        #expect(a != c)
    }
}
