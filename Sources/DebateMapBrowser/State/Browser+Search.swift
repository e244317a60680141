import DebateMap

/// Search as you type: matches across claims, quotes, summaries, titles and authors, the
/// current one unfolded and selected; Esc gives back the view from before the search.
extension Browser {
    mutating func startSearch() {
        if searchIndex == nil {
            searchIndex = SearchIndex(corpus: corpus)
            claimPositions = corpus.claims.map { Int32(truncatingIfNeeded: $0.position) }
        }
        beforeSearch = snapshot
        query = ""
        setMatches([])
        matchIndex = 0
        mode = .search
        status = nil
    }

    mutating func applyInSearch(_ action: Action) {
        switch action {
        case .type(let c):
            query.append(c)
            updateMatches()
        case .deleteBackward:
            if query.isEmpty { return cancelSearch() }
            query.removeLast()
            updateMatches()
        case .confirm:
            mode = .tree
            if !matches.isEmpty, let before = beforeSearch {
                // The jump to the match can be undone with `[`.
                backStack.append(before)
                forwardStack.removeAll()
            }
            beforeSearch = nil
        case .nextMatch: stepMatch(+1)
        case .previousMatch: stepMatch(-1)
        case .leave: cancelSearch()
        default: break
        }
    }

    mutating func cancelSearch() {
        // Back to the view before the search (only the folds this search opened are closed),
        // rebuilding the rows only when the folds differ.
        if let before = beforeSearch {
            if before.pivot == pivot && before.expanded == expanded {
                selection = rows.firstIndex { $0.node == before.selected } ?? 0
                scrollTop = before.scrollTop
            } else {
                restore(before)
            }
        }
        beforeSearch = nil
        query = ""
        setMatches([])
        mode = .tree
        status = nil
    }

    /// Sets the matches and the flags used to highlight them.
    mutating func setMatches(_ nodes: [Node], flags: MatchFlags = MatchFlags()) {
        matches = nodes
        matchFlags = flags
        if nodes.isEmpty { lastSearch = nil }
    }

    /// The nodes that match, in tree order, each once.
    mutating func updateMatches() {
        guard let index = searchIndex else { return }
        // Back to the view before the search (only the folds this search opened are closed),
        // rebuilding the rows only when the folds differ.
        if let before = beforeSearch {
            if before.pivot == pivot && before.expanded == expanded {
                selection = rows.firstIndex { $0.node == before.selected } ?? 0
                scrollTop = before.scrollTop
            } else {
                restore(before)
            }
        }
        let needle = TextFold.foldedBytes(query)
        let matched = index.matches(needle, narrowing: lastSearch)
        let entries = matched.entries
        // Hits arrive in corpus order (essays, positions, claims); put them in tree order by
        // bucketing the claims per position (a counting sort, stable), which is linear: no
        // sort and no hashing, however many matches.
        let topics = corpus.topics.count
        var flags = MatchFlags(claims: corpus.claims.count, positions: corpus.positions.count, essays: corpus.essays.count)
        var essayHit = [Bool](repeating: false, count: corpus.essays.count)
        var positionHit = [Bool](repeating: false, count: corpus.positions.count)
        var hitClaims: [Int32] = []
        hitClaims.reserveCapacity(entries.count)
        var perPosition = [Int32](repeating: 0, count: corpus.positions.count + 1)
        // Read once: each `corpus.claims[c].position` in the loops retained and released the
        // claims array, which at half a million matches was a third of a keystroke.
        let claimPositions = self.claimPositions
        let positionCount = corpus.positions.count
        for e in entries {
            let hit = index.hit(e)
            switch hit.field {
            case .claim, .quote:
                let p = Int(claimPositions[hit.index])
                if hitClaims.last != Int32(hit.index), p >= 0, p < positionCount {
                    hitClaims.append(Int32(hit.index))
                    perPosition[p + 1] += 1
                }
            case .summary: positionHit[hit.index] = true
            case .title, .author:
                // By topic an essay has no row of its own: its position on the first topic stands for it.
                if pivot == .byEssay { essayHit[hit.index] = true } else if topics > 0 { positionHit[corpus.positionIndex(essay: hit.index, topic: 0)] = true }
            }
        }
        for p in corpus.positions.indices { perPosition[p + 1] += perPosition[p] }
        var fill = perPosition
        var byPosition = [Int32](repeating: 0, count: hitClaims.count)
        for c in hitClaims {
            let p = Int(claimPositions[Int(c)])
            byPosition[Int(fill[p])] = c
            fill[p] += 1
        }
        var found: [Node] = []
        found.reserveCapacity(hitClaims.count + positionCount)
        func add(_ p: Int) {
            if positionHit[p] { found.append(.position(p)); flags.positions[p] = true }
            for k in Int(perPosition[p])..<Int(perPosition[p + 1]) { found.append(.claim(Int(byPosition[k]))) }
        }
        switch pivot {
        case .byTopic:
            for t in 0..<topics { for e in corpus.essays.indices { add(corpus.positionIndex(essay: e, topic: t)) } }
        case .byEssay:
            for e in corpus.essays.indices {
                if essayHit[e] { found.append(.essay(e)); flags.essays[e] = true }
                for t in 0..<topics { add(corpus.positionIndex(essay: e, topic: t)) }
            }
        }
        flags.claims.withUnsafeMutableBufferPointer { claimFlags in
            for c in hitClaims { claimFlags[Int(c)] = true }
        }
        setMatches(found, flags: flags)
        // After `setMatches`, which forgets the last search when nothing matched.
        lastSearch = matched
        matchIndex = 0
        showMatch()
    }

    mutating func showMatch() {
        guard !matches.isEmpty else {
            status = query.isEmpty ? nil : "no match"
            return
        }
        let node = matches[matchIndex]
        reveal(node)
        select(node, center: true, rebuild: false)
        status = "\(matchIndex + 1)/\(matches.count)"
    }

    /// `n` / `N` after a search.
    mutating func stepMatch(_ step: Int) {
        guard !matches.isEmpty else {
            status = query.isEmpty ? "no search: press / to search" : "no match"
            return
        }
        matchIndex = (matchIndex + step + matches.count) % matches.count
        showMatch()
    }

    /// Whether a node is one of the current matches (for highlighting).
    func isMatch(_ node: Node) -> Bool { !query.isEmpty && matchFlags.contains(node) }

    /// The folded query, when its matches should be highlighted on screen.
    var highlightNeedle: [UInt8]? {
        guard !query.isEmpty, mode == .search || !matches.isEmpty else { return nil }
        let needle = TextFold.foldedBytes(query)
        return needle.isEmpty ? nil : needle
    }
}

/// Which nodes match the search, as flags indexed like the corpus's arrays.
struct MatchFlags: Sendable {
    var claims: [Bool] = []
    var positions: [Bool] = []
    var essays: [Bool] = []

    init() {}

    init(claims: Int, positions: Int, essays: Int) {
        self.claims = [Bool](repeating: false, count: claims)
        self.positions = [Bool](repeating: false, count: positions)
        self.essays = [Bool](repeating: false, count: essays)
    }

    func contains(_ node: Node) -> Bool {
        switch node {
        case .topic: return false
        case .essay(let e): return essays.indices.contains(e) && essays[e]
        case .position(let p): return positions.indices.contains(p) && positions[p]
        case .claim(let c): return claims.indices.contains(c) && claims[c]
        }
    }
}
