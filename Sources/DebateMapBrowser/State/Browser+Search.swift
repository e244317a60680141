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
        if let before = beforeSearch { restore(before) }
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
        if let before = beforeSearch { restore(before) }
        var seen = Set<Node>()
        var found: [Node] = []
        for hit in index.search(query) {
            let node: Node
            switch hit.field {
            case .claim, .quote: node = .claim(hit.index)
            case .summary: node = .position(hit.index)
            case .title, .author:
                node = pivot == .byEssay ? .essay(hit.index) : .position(corpus.positionIndex(essay: hit.index, topic: 0))
            }
            if seen.insert(node).inserted { found.append(node) }
        }
        setMatches(found.sorted { order($0) < order($1) })
        matchIndex = 0
        showMatch()
    }

    /// Sorts matches as the tree shows them.
    func order(_ node: Node) -> (Int, Int, Int) {
        let topics = corpus.topics.count
        switch node {
        case .topic(let t): return pivot == .byTopic ? (t, -1, -1) : (0, t, -1)
        case .essay(let e): return pivot == .byEssay ? (e, -1, -1) : (0, e, -1)
        case .position(let p):
            let (e, t) = (p / max(1, topics), p % max(1, topics))
            return pivot == .byTopic ? (t, e, -1) : (e, t, -1)
        case .claim(let c):
            let claim = corpus.claims[c]
            return pivot == .byTopic ? (claim.topic, claim.essay, c) : (claim.essay, claim.topic, c)
        }
    }

    mutating func showMatch() {
        guard !matches.isEmpty else {
            status = query.isEmpty ? nil : "no match"
            return
        }
        let node = matches[matchIndex]
        reveal(node)
        select(node, center: true)
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
