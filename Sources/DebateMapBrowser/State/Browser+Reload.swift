import DebateMap

/// The browser over a corpus read again (a file it follows changed, or the editor saved
/// one): the same view wherever the same things still exist. Indices change with a new
/// read, ids mostly do not, so the pivot, the folds, the selection, its place on screen and
/// the jump history are carried over by id; a claim whose id now names another text (a
/// Kialo discussion numbers its claims, and an insertion renumbers them) is found by its
/// text first. What no longer exists is dropped.
extension Browser {
    /// A node by the ids of what it shows.
    enum NodeKey: Hashable {
        case topic(String), essay(String), position(essay: String, topic: String), claim(id: String, text: String)
    }

    func key(_ node: Node) -> NodeKey? {
        switch node {
        case .topic(let t): return corpus.topics.indices.contains(t) ? .topic(corpus.topics[t].id) : nil
        case .essay(let e): return corpus.essays.indices.contains(e) ? .essay(corpus.essays[e].id) : nil
        case .position(let p):
            guard corpus.positions.indices.contains(p) else { return nil }
            let position = corpus.positions[p]
            return .position(essay: corpus.essays[position.essay].id, topic: corpus.topics[position.topic].id)
        case .claim(let c): return corpus.claims.indices.contains(c) ? .claim(id: corpus.claims[c].id, text: corpus.claims[c].text) : nil
        }
    }

    /// The node a key names here; a claim by its id when the text is the same, else by its
    /// text (`byText`: the first claim of each text, made when first needed), else by its id.
    func node(_ key: NodeKey, byText: () -> [String: Int] = { [:] }) -> Node? {
        switch key {
        case .topic(let id): return corpus.topicIndex(id: id).map(Node.topic)
        case .essay(let id): return corpus.essayIndex(id: id).map(Node.essay)
        case .position(let essay, let topic):
            guard let e = corpus.essayIndex(id: essay), let t = corpus.topicIndex(id: topic) else { return nil }
            return corpus.positionIndex(essay: e, topic: t).map(Node.position)
        case .claim(let id, let text):
            let same = corpus.claimIndex(id: id)
            if let same, corpus.claims[same].text == text { return .claim(same) }
            return (byText()[text] ?? same).map(Node.claim)
        }
    }

    /// This browser's view over `corpus`, a new read of its files, with what went wrong
    /// reading them (said in the footer, listed by `!`).
    public func reloaded(with corpus: Corpus, problems: Problems) -> Browser {
        var fresh = Browser(corpus: corpus, options: options)
        fresh.size = size
        fresh.showDetail = showDetail
        fresh.searchSlice = searchSlice
        fresh.pivot = pivot
        var texts: [String: Int]?
        let byText = { () -> [String: Int] in
            if let texts { return texts }
            var made: [String: Int] = [:]
            for (c, claim) in corpus.claims.enumerated() where made[claim.text] == nil { made[claim.text] = c }
            texts = made
            return made
        }
        let carry = { (node: Node) -> Node? in key(node).flatMap { fresh.node($0, byText: byText) } }
        let folds = Set(expanded.compactMap(carry))
        if !folds.isEmpty { fresh.expanded = folds }
        fresh.rebuildRows()
        if let selected = selectedNode, let node = carry(selected) ?? selectedParentCarried(fresh) {
            fresh.select(node, rebuild: false)
            // The selected row where it was on screen, as far as the rows allow.
            fresh.scrollTop = max(0, fresh.selection - (selection - scrollTop))
            fresh.keepSelectionVisible()
        }
        let snapshot = { (s: Snapshot) -> Snapshot? in
            guard let selected = carry(s.selected) else { return nil }
            return Snapshot(pivot: s.pivot, expanded: Set(s.expanded.compactMap(carry)), selected: selected, scrollTop: s.scrollTop)
        }
        fresh.backStack = backStack.compactMap(snapshot)
        fresh.forwardStack = forwardStack.compactMap(snapshot)
        if !problems.isEmpty {
            fresh.report(problems)
        } else {
            let gone = mode == .tree || mode == .search ? "" : " (back in the tree)"
            fresh.status = "reloaded: \(corpus.claims.count) claim\(corpus.claims.count == 1 ? "" : "s")\(gone)"
        }
        return fresh
    }

    /// When the selected claim is gone, the nearest of its ancestors that is still there.
    private func selectedParentCarried(_ fresh: Browser) -> Node? {
        guard let selected = selectedNode else { return nil }
        for ancestor in shape.ancestors(selected).reversed() {
            if let k = key(ancestor), let node = fresh.node(k) { return node }
        }
        return nil
    }
}
