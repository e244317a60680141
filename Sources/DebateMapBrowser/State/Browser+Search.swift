import DebateMap

/// Search as you type: matches across claims, quotes, summaries, titles and authors, the
/// current one unfolded and selected; Esc gives back the view from before the search.
extension Browser {
    mutating func startSearch() {
        if searchIndex == nil { searchIndex = SearchIndex(corpus: corpus) }
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

    /// Sets the matches and the set used to highlight them.
    mutating func setMatches(_ nodes: [Node]) {
        matches = nodes
        matchSet = Set(nodes)
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
        // Hits arrive in corpus order (essays, positions, claims); put them in tree order by
        // bucketing per position, which is linear: no sort, however many matches.
        let topics = corpus.topics.count
        var essayHit = [Bool](repeating: false, count: corpus.essays.count)
        var positionHit = [Bool](repeating: false, count: corpus.positions.count)
        var claimsOf: [Int: [Int]] = [:]
        for hit in index.search(query) {
            switch hit.field {
            case .claim, .quote:
                let p = corpus.claims[hit.index].position
                if claimsOf[p]?.last != hit.index { claimsOf[p, default: []].append(hit.index) }
            case .summary: positionHit[hit.index] = true
            case .title, .author:
                // By topic an essay has no row of its own: its position on the first topic stands for it.
                if pivot == .byEssay { essayHit[hit.index] = true } else if topics > 0 { positionHit[corpus.positionIndex(essay: hit.index, topic: 0)] = true }
            }
        }
        var found: [Node] = []
        func add(_ p: Int) {
            if positionHit[p] { found.append(.position(p)) }
            if let claims = claimsOf[p] { found.append(contentsOf: claims.map(Node.claim)) }
        }
        switch pivot {
        case .byTopic:
            for t in 0..<topics { for e in corpus.essays.indices { add(corpus.positionIndex(essay: e, topic: t)) } }
        case .byEssay:
            for e in corpus.essays.indices {
                if essayHit[e] { found.append(.essay(e)) }
                for t in 0..<topics { add(corpus.positionIndex(essay: e, topic: t)) }
            }
        }
        setMatches(found)
        matchIndex = 0
        showMatch()
    }

    mutating func showMatch() {
        guard !matches.isEmpty else {
            status = query.isEmpty ? nil : "no match"
            return
        }
        let node = matches[matchIndex]
        let changed = reveal(node)
        select(node, center: true, rebuild: changed)
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
    func isMatch(_ node: Node) -> Bool { !query.isEmpty && matchSet.contains(node) }

    /// The folded query, when its matches should be highlighted on screen.
    var highlightNeedle: [UInt8]? {
        guard !query.isEmpty, mode == .search || !matches.isEmpty else { return nil }
        let needle = TextFold.foldedBytes(query)
        return needle.isEmpty ? nil : needle
    }
}
