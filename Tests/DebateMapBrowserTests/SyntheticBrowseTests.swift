import DebateMap
@testable import DebateMapBrowser
import SyntheticCorpus
import Testing

/// The benchmark's generated corpora browse correctly: everything unfolds, `o` lands on the
/// claims that oppose, `[` goes back, and search-as-you-type (which rescans only the texts
/// the shorter query matched) finds exactly what a fresh search finds.
struct SyntheticBrowseTests {
    static let corpus = CorpusLoader.load(paths: [SyntheticCorpus.root], source: MemorySource(files: SyntheticCorpus.generate(claims: 5_000, seed: 5))).corpus

    var corpus: Corpus { Self.corpus }

    @Test func rendersAndUnfoldsEverything() {
        var b = Browser(corpus: corpus)
        #expect(b.render(width: 80, height: 24).line(0).contains("Asylum"))
        b.handle(.character("E"))
        // Every topic, every mapped position and every claim (once at its home) has a row.
        let claims = b.rows.filter { $0.node.claim != nil }.count
        #expect(claims == corpus.claims.count)
        #expect(b.rows.filter { if case .position = $0.node { true } else { false } }.count == corpus.positions.count)
        b.handle(.character("C"))
        #expect(b.rows.count == corpus.topics.count)
    }

    @Test func jumpsLandOnOpponentsAndBackReturns() {
        var b = Browser(corpus: corpus)
        var steps = 0
        while steps < 2_000, (b.selectedClaim.map { corpus.opponentCount(of: $0) } ?? 0) < 2 {
            b.handle(.character(steps % 2 == 0 ? "l" : "j"))
            steps += 1
        }
        let origin = try! #require(b.selectedClaim)
        let opponents = Set(corpus.opponents(of: origin).map(\.other))
        #expect(opponents.count >= 2)
        for _ in 0..<opponents.count {
            b.handle(.character("o"))
            #expect(b.selectedClaim.map(opponents.contains) == true)
        }
        for _ in 0..<opponents.count { b.handle(.character("[")) }
        #expect(b.selectedClaim == origin)
    }

    /// For every claim: `o` pressed N times (N its opponents of other voices) visits exactly
    /// those opponents, in order, and one `[` returns to the claim, folds and scroll as they were.
    @Test func oVisitsEveryClaimsOtherVoicesInOrderAndOneBackReturns() {
        var b = Browser(corpus: corpus)
        b.apply(.resize(width: 80, height: 24))
        var cycled = 0
        for c in corpus.claims.indices where corpus.claims[c].kind != .reference {
            b.jump(to: .claim(c))
            let before = b.snapshot
            let opponents = corpus.opponents(of: c).map(\.other)
            var visited: [Int] = []
            for _ in opponents.indices {
                b.handle(.character("o"))
                visited.append(b.selectedClaim ?? -1)
            }
            #expect(visited == opponents, "the o cycle of claim \(c)")
            #expect(opponents.allSatisfy { corpus.claims[$0].essay != corpus.claims[c].essay })
            guard !opponents.isEmpty else { continue }
            cycled += 1
            b.handle(.character("["))
            #expect(b.snapshot == before, "[ after the o cycle of claim \(c)")
        }
        #expect(cycled > 100)
    }

    @Test(arguments: ["свобод", "Zürich", "war", "x", "façad"])
    func searchAsYouTypeFindsWhatAFreshSearchFinds(query: String) {
        var typed = Browser(corpus: corpus)
        typed.handle(.character("/"))
        var sofar = ""
        for ch in query {
            typed.handle(.character(ch))
            sofar.append(ch)
            var fresh = Browser(corpus: corpus)
            fresh.handle(.character("/"))
            fresh.searchIndex = typed.searchIndex
            fresh.search.query = String(sofar.dropLast())
            fresh.handle(.character(ch))  // one full search of the whole query
            #expect(typed.matches == fresh.matches, "after typing \(sofar)")
            #expect(typed.matches == Self.expected(corpus, sofar))
        }
        // Deleting a character searches again from scratch.
        typed.handle(.backspace)
        #expect(typed.matches == Self.expected(corpus, String(query.dropLast())))
    }

    /// The matches in tree order (by topic), computed the slow, obvious way.
    static func expected(_ corpus: Corpus, _ query: String) -> [Node] {
        let needle = TextFold.fold(query)
        guard !needle.isEmpty else { return [] }
        func has(_ s: String) -> Bool { TextFold.fold(s).contains(needle) }
        var out: [Node] = []
        for t in corpus.topics.indices {
            for e in corpus.essays.indices {
                let p = corpus.positionIndex(essay: e, topic: t)!
                let position = corpus.positions[p]
                let essay = corpus.essays[e]
                if (!position.summary.isEmpty && corpus.isMapped(essay: e, topic: t) && has(position.summary))
                    || (t == 0 && (has(essay.title) || has(essay.author))) {
                    out.append(.position(p))
                }
                for c in corpus.claims.indices where corpus.claims[c].position == p {
                    if has(corpus.claims[c].text) || (corpus.claims[c].quote.map { has($0.text) } ?? false) { out.append(.claim(c)) }
                }
            }
        }
        return out
    }
}

/// A search of a large corpus looks at a slice of it at each keystroke and finishes between
/// keys (`continueSearch`). Here the slice is made small, so a corpus of 5,000 claims is
/// searched in a dozen slices: what the reader sees meanwhile must be true, and what the
/// search ends with must be what one done at once gives.
struct SlicedSearchTests {
    var corpus: Corpus { SyntheticBrowseTests.corpus }

    func browser(slice: Int, pivot: Bool = false) -> Browser {
        var b = Browser(corpus: corpus)
        if pivot { b.handle(.character("t")) }
        b.searchSlice = slice
        b.handle(.character("/"))
        return b
    }

    @Test(arguments: ["свобод", "Zürich", "war", "x", "façad"], [false, true])
    func whatASlicedSearchShowsAndEndsWith(query: String, byEssay: Bool) {
        var sliced = browser(slice: 800, pivot: byEssay)
        var whole = browser(slice: .max, pivot: byEssay)
        for ch in query {
            sliced.handle(.character(ch))
            whole.handle(.character(ch))
            #expect(!whole.isSearching)
            guard sliced.isSearching else {
                #expect(sliced.matches == whole.matches)
                continue
            }
            // Under way: no count yet, but the match shown is one, lit as one.
            #expect(sliced.matches.isEmpty)
            #expect(sliced.status?.hasSuffix("searching") == true)
            let shown = sliced.selectedNode
            if let shown, sliced.status != "searching" {
                #expect(whole.matches.contains(shown), "\(query): \(shown)")
                #expect(sliced.isMatch(shown))
            }
            // A row lit while the search goes on is lit when it has finished, and the other way round.
            let lit = sliced.rows.map(\.node).filter(sliced.isMatch)
            var finished = sliced
            var slices = 0
            while finished.isSearching {
                finished.continueSearch()
                slices += 1
            }
            // The slices of the scan, and one more to put the matches in order.
            #expect(slices > 1 && slices <= corpus.claims.count * 2 / 800 + 2)
            #expect(finished.rows.map(\.node).filter(finished.isMatch) == lit, "\(query)")
            // The search ends with the matches in tree order, the shown one current, still selected.
            #expect(finished.matches == whole.matches, "\(query)")
            #expect(finished.selectedNode == shown)
            if let shown, !finished.matches.isEmpty {
                #expect(finished.matches[finished.matchIndex] == shown)
                #expect(finished.status == "\(finished.matchIndex + 1)/\(whole.matches.count)")
            } else {
                #expect(finished.status == "no match")
            }
        }
        // Keys typed before it could finish: each keystroke narrowed an unfinished search.
        while sliced.isSearching { sliced.continueSearch() }
        #expect(sliced.matches == whole.matches)
        if !byEssay { #expect(sliced.matches == SyntheticBrowseTests.expected(corpus, query)) }
    }

    @Test func nextMatchAndEnterFinishTheSearchFirst() {
        var b = browser(slice: 500)
        b.handle(.character("a"))
        #expect(b.isSearching)
        let shown = b.selectedNode
        b.handle(.down)  // ↓ in the prompt: the next match, which needs the order
        #expect(!b.isSearching)
        let all = SyntheticBrowseTests.expected(corpus, "a")
        #expect(b.matches == all)
        let at = try! #require(shown.flatMap(all.firstIndex(of:)))
        #expect(b.matchIndex == at + 1)
        #expect(b.selectedNode == all[at + 1])
        #expect(b.status == "\(at + 2)/\(all.count)")
        b.handle(.character("n"))  // in the prompt `n` is typed: "an"
        #expect(b.query == "an")
        #expect(b.isSearching)
        b.handle(.enter)
        #expect(!b.isSearching)
        #expect(b.mode == .tree)
        #expect(b.matches == SyntheticBrowseTests.expected(corpus, "an"))
        let kept = b.matchIndex
        b.handle(.character("n"))
        #expect(b.matchIndex == (kept + 1) % b.matches.count)
        #expect(b.selectedNode == b.matches[b.matchIndex])
    }

    @Test func escapeStopsTheSearchAndGivesTheViewBack() {
        var b = browser(slice: 500)
        let before = b.snapshot
        b.handle(.character("w"))
        #expect(b.isSearching)
        b.handle(.escape)
        #expect(!b.isSearching)
        #expect(b.mode == .tree)
        #expect(b.snapshot == before)
        #expect(b.status == nil)
    }
}

/// Folds change the rows in place; after every key they must be exactly the rows a full
/// rebuild gives, with the same selection.
struct IncrementalRowsTests {
    @Test(arguments: [1, 2, 3])
    func rowsAfterEveryKeyAreTheRebuiltRows(seed: UInt64) {
        let corpus = SyntheticBrowseTests.corpus
        var b = Browser(corpus: corpus)
        var random = SplitMix(seed: seed)
        let keys: [Key] = [
            .character("j"), .character("j"), .character("j"), .character("k"), .character("l"), .character("l"), .character("h"),
            .character(" "), .enter, .character("J"), .character("K"), .character("o"), .character("o"), .character("["),
            .character("]"), .character("G"), .character("g"), .character("t"), .control("d"), .character("e"), .character("c"),
            .character("/"), .character("w"), .character("a"), .escape, .character("n"), .character("E"), .character("C"),
        ]
        for step in 0..<400 {
            var key = keys[Int(random.next(in: 0...UInt64(keys.count - 1)))]
            // Expanding everything is rare, so most steps work on a partly folded tree.
            if key == .character("E"), random.next(in: 0...9) != 0 { key = .character("j") }
            let before = b.selectedNode
            b.handle(key)
            if b.mode != .tree && b.mode != .search { b.handle(.escape) }
            let rebuilt = TreeShape(corpus: corpus, pivot: b.pivot).rows(expanded: b.expanded)
            #expect(b.rows == rebuilt, "step \(step): \(key) from \(String(describing: before))")
            if b.rows != rebuilt { return }
        }
    }
}
