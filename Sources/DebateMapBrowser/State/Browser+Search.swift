import DebateMap

/// Search as you type: matches across claims, quotes, summaries, titles and authors, the
/// current one unfolded and selected; Esc gives back the view from before the search.
extension Browser {
    mutating func startSearch() {
        if searchIndex == nil {
            searchIndex = SearchIndex(corpus: corpus)
            claimPositions = corpus.claims.map { Int32(truncatingIfNeeded: $0.position) }
        }
        search.before = snapshot
        search.query = ""
        setMatches([])
        dropSearch()
        search.index = 0
        view = .search
        status = nil
    }

    mutating func applyInSearch(_ action: Action) {
        switch action {
        case .deleteBackward where search.query.isEmpty:
            cancelSearch()
        case .type, .deleteBackward, .deleteWord, .deleteQuery:
            _ = QueryEdit.apply(action, to: &search.query)
            updateMatches()
        case .confirm:
            finishSearch()
            view = .tree
            if !search.matches.isEmpty, let before = search.before {
                // The jump to the match can be undone with `[`.
                backStack.append(before)
                forwardStack.removeAll()
            }
            search.before = nil
        case .nextMatch:
            finishSearch()
            stepMatch(+1)
        case .previousMatch:
            finishSearch()
            stepMatch(-1)
        case .leave: cancelSearch()
        default: break
        }
    }

    /// Back to the view before the search (only the folds this search opened are closed),
    /// rebuilding the rows only when the folds differ.
    mutating func backToBeforeSearch() {
        guard let before = search.before else { return }
        if before.pivot == pivot && before.expanded == expanded {
            selection = rows.firstIndex { $0.node == before.selected } ?? 0
            scrollTop = before.scrollTop
        } else {
            restore(before)
        }
    }

    mutating func cancelSearch() {
        backToBeforeSearch()
        search.before = nil
        search.query = ""
        setMatches([])
        dropSearch()
        view = .tree
        status = nil
    }

    /// Sets the matches and the flags used to highlight them.
    mutating func setMatches(_ nodes: [Node], flags: MatchFlags = MatchFlags()) {
        // Under a filter, only the rows it shows.
        search.matches = filter == nil ? nodes : nodes.filter(shows)
        search.flags = flags
    }

    /// Starts the search for the query as it now is: back to the view from before the
    /// search, then as much of the scan as one slice allows. When that finishes it, the
    /// matches are put in tree order and the first is shown; otherwise the first match found
    /// so far is shown and the rest is left for `continueSearch`.
    mutating func updateMatches() {
        guard let index = searchIndex else { return }
        backToBeforeSearch()
        setMatches([])
        search.index = 0
        search.shown = nil
        search.orderPending = false
        // The last keystroke's search, finished or not, is narrowed.
        var scan = index.begin(TextFold.foldedBytes(search.query), narrowing: search.scan?.matches)
        index.advance(&scan, by: searchSlice)
        search.scan = scan
        progressSearch(orderNow: true)
    }

    /// Whether a search is still going through the corpus, or has yet to put its matches in
    /// order (its count is not known yet).
    public var isSearching: Bool { search.orderPending || search.scan.map { !$0.isComplete } ?? false }

    /// Does the next step of the search under way: looks at one more slice of the corpus, or,
    /// after the last, puts the matches in order and counts them (a step of its own, so that
    /// no step is both). What the reader sees stays where it is. The terminal calls it between
    /// keys for as long as `isSearching` says.
    public mutating func continueSearch() {
        guard let index = searchIndex, var scan = search.scan else { return }
        if search.orderPending { return orderMatches(scan.matches, index) }
        guard !scan.isComplete else { return }
        search.scan = nil  // not shared while it grows
        index.advance(&scan, by: searchSlice)
        search.scan = scan
        progressSearch(orderNow: false)
    }

    /// Finishes the search under way at once (for `n`, `N` and Enter, which need the order).
    mutating func finishSearch() {
        while isSearching { continueSearch() }
    }

    /// Forgets the search, finished or not.
    mutating func dropSearch() {
        search.scan = nil
        search.orderPending = false
        search.shown = nil
    }

    /// After a slice: a search that is done puts its matches in order now (at the keystroke)
    /// or at the next step (between keys); until then it shows the first match it found, if
    /// it has found one and shows none yet.
    mutating func progressSearch(orderNow: Bool) {
        guard let scan = search.scan, let index = searchIndex else { return }
        if scan.isComplete && orderNow { return orderMatches(scan.matches, index) }
        search.orderPending = scan.isComplete
        let found = scan.matches.entries
        if search.shown == nil, let node = firstNode(of: found, index) {
            search.shown = node
            reveal(node)
            select(node, center: true, rebuild: false)
        }
        status = search.shown == nil ? "searching" : "1/\(found.count)+ searching"
    }

    func firstNode(of entries: [Int32], _ index: SearchIndex) -> Node? {
        for e in entries { if let node = node(for: index.hit(e)), shows(node) { return node } }
        return nil
    }

    /// The row a hit stands for: a claim (text or quote), a position (summary), an essay (title,
    /// author), which has a row of its own only by essay: by topic its position on the first
    /// topic stands for it.
    func node(for hit: SearchIndex.Hit) -> Node? {
        switch hit.field {
        case .claim, .quote:
            let p = Int(claimPositions[hit.index])
            return p >= 0 && p < corpus.positions.count ? .claim(hit.index) : nil
        case .summary: return .position(hit.index)
        case .title, .author:
            if pivot == .byEssay { return .essay(hit.index) }
            return corpus.layout.topics(of: hit.index).first.flatMap { corpus.positionIndex(essay: hit.index, topic: $0) }.map(Node.position)
        }
    }

    /// Puts a finished search's matches in tree order, each node once, with the flags that
    /// highlight them, and shows the current one: the match already shown, or the first.
    mutating func orderMatches(_ matched: SearchIndex.Matches, _ index: SearchIndex) {
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
        let positionCount = Int32(truncatingIfNeeded: corpus.positions.count)
        // The entries before the claims' (titles, authors, summaries) are few: asked one by one.
        let base = index.firstClaimEntry
        let firstClaim = entries.firstIndex { $0 >= base } ?? entries.count
        for e in entries[..<firstClaim] {
            switch node(for: index.hit(e)) {
            case .position(let p)?: positionHit[p] = true
            case .essay(let e)?: essayHit[e] = true
            case .claim?, .topic?, nil: break
            }
        }
        // The claims' entries, up to two million: each claim once (its text and its quote are
        // neighbours), counted under its position.
        claimPositions.withUnsafeBufferPointer { claimPositions in
            perPosition.withUnsafeMutableBufferPointer { perPosition in
                var last: Int32 = -1
                for e in entries[firstClaim...] {
                    let c = (e - base) >> 1
                    guard c != last else { continue }
                    last = c
                    let p = claimPositions[Int(c)]
                    guard p >= 0 && p < positionCount else { continue }
                    hitClaims.append(c)
                    perPosition[Int(p) + 1] += 1
                }
            }
        }
        for p in corpus.positions.indices { perPosition[p + 1] += perPosition[p] }
        var fill = perPosition
        var byPosition = [Int32](repeating: 0, count: hitClaims.count)
        claimPositions.withUnsafeBufferPointer { claimPositions in
            fill.withUnsafeMutableBufferPointer { fill in
                byPosition.withUnsafeMutableBufferPointer { byPosition in
                    for c in hitClaims {
                        let p = Int(claimPositions[Int(c)])
                        byPosition[Int(fill[p])] = c
                        fill[p] += 1
                    }
                }
            }
        }
        var found: [Node] = []
        found.reserveCapacity(hitClaims.count + corpus.positions.count)
        func add(_ p: Int) {
            if positionHit[p] { found.append(.position(p)); flags.positions[p] = true }
            for k in Int(perPosition[p])..<Int(perPosition[p + 1]) { found.append(.claim(Int(byPosition[k]))) }
        }
        switch pivot {
        case .byTopic:
            for t in 0..<topics { for e in corpus.layout.essays(on: t) { add(corpus.positionIndex(essay: e, topic: t)!) } }
        case .byEssay:
            for e in corpus.essays.indices {
                if essayHit[e] { found.append(.essay(e)); flags.essays[e] = true }
                for t in corpus.layout.topics(of: e) { add(corpus.positionIndex(essay: e, topic: t)!) }
            }
        }
        flags.claims.withUnsafeMutableBufferPointer { claimFlags in
            for c in hitClaims { claimFlags[Int(c)] = true }
        }
        setMatches(found, flags: flags)
        search.orderPending = false
        // The match shown while the search went on stays the current one.
        search.index = search.shown.flatMap { shown in found.firstIndex(of: shown) } ?? 0
        search.shown = nil
        showMatch()
    }

    mutating func showMatch() {
        guard !search.matches.isEmpty else {
            status = search.query.isEmpty ? nil : "no match"
            return
        }
        let node = search.matches[search.index]
        reveal(node)
        select(node, center: true, rebuild: false)
        status = "\(search.index + 1)/\(search.matches.count)"
    }

    /// `n` / `N` after a search.
    mutating func stepMatch(_ step: Int) {
        guard !search.matches.isEmpty else {
            status = search.query.isEmpty ? "no search: press / to search" : "no match"
            return
        }
        let last = search.matches.count - 1
        let wrapped = step > 0 ? search.index == last : search.index == 0
        search.index = (search.index + step + search.matches.count) % search.matches.count
        showMatch()
        // As vim says when `n` goes past the last match.
        if wrapped, let shown = status {
            status = shown + "  " + (step > 0 ? "search hit bottom, continuing at top" : "search hit top, continuing at bottom")
        }
    }

    /// Whether a node is one of the current matches (for highlighting).
    /// While a search is still going through the corpus, the node's own texts are read
    /// (only rows on screen are asked about); after it, its flags say.
    func isMatch(_ node: Node) -> Bool {
        guard !search.query.isEmpty else { return false }
        guard let scan = search.scan, !scan.isComplete, let index = searchIndex else { return search.flags.contains(node) }
        let fields: [(SearchIndex.Field, Int)]
        switch node {
        case .topic: return false
        case .claim(let c): fields = [(.claim, c), (.quote, c)]
        case .position(let p):
            let essay = corpus.positions[p].essay
            fields = [(.summary, p), (.title, essay), (.author, essay)]
        case .essay(let e): fields = [(.title, e), (.author, e)]
        }
        // A field matches this node if the search would have shown it here.
        return fields.contains { field, item in
            guard let e = index.entry(field, of: item) else { return false }
            return self.node(for: index.hit(e)) == node && index.contains(scan.matches.needle, entry: e)
        }
    }

    /// The folded query, when its matches should be highlighted on screen.
    var highlightNeedle: [UInt8]? {
        guard !search.query.isEmpty, mode == .search || !search.matches.isEmpty else { return nil }
        let needle = TextFold.foldedBytes(search.query)
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
