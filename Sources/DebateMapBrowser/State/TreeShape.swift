import DebateMap

/// The tree's shape over a corpus for a pivot: roots, children, parents. Pure functions of
/// the corpus; nothing is stored per node.
struct TreeShape {
    let corpus: Corpus
    let pivot: Pivot
    /// Under a filter (`TreeFilter`), the only nodes that show.
    var visible: Set<Node>? = nil

    var roots: [Node] {
        let all: [Node]
        switch pivot {
        case .byTopic: all = corpus.topics.indices.map(Node.topic)
        case .byEssay: all = corpus.essays.indices.map(Node.essay)
        }
        guard let visible else { return all }
        return all.filter(visible.contains)
    }

    func children(_ node: Node) -> [Node] {
        guard let visible else { return allChildren(node) }
        return allChildren(node).filter(visible.contains)
    }

    func allChildren(_ node: Node) -> [Node] {
        switch node {
        case .topic(let t):
            return corpus.layout.essays(on: t).map { .position(corpus.positionIndex(essay: $0, topic: t)!) }
        case .essay(let e):
            return corpus.layout.topics(of: e).map { .position(corpus.positionIndex(essay: e, topic: $0)!) }
        case .position(let p): return corpus.positions[p].mainClaim.map { [.claim($0)] } ?? []
        case .claim(let c): return corpus.claims[c].children.map(Node.claim)
        }
    }

    func hasChildren(_ node: Node) -> Bool {
        if visible != nil { return !children(node).isEmpty }
        switch node {
        case .topic: return !corpus.essays.isEmpty
        case .essay: return !corpus.topics.isEmpty
        case .position(let p): return corpus.positions[p].mainClaim != nil
        case .claim(let c): return !corpus.claims[c].children.isEmpty
        }
    }

    func parent(_ node: Node) -> Node? {
        switch node {
        case .topic, .essay: return nil
        case .position(let p):
            let position = corpus.positions[p]
            return pivot == .byTopic ? .topic(position.topic) : .essay(position.essay)
        case .claim(let c):
            if let parent = corpus.claims[c].parent { return .claim(parent) }
            return .position(corpus.claims[c].position)
        }
    }

    /// The node's ancestors, nearest last.
    func ancestors(_ node: Node) -> [Node] {
        var out: [Node] = []
        var current = parent(node)
        while let n = current {
            out.append(n)
            current = parent(n)
        }
        return out.reversed()
    }

    /// The rows of the unfolded tree: depth-first, children of expanded nodes only, each
    /// linked to its parent and siblings. O(rows), once per fold change.
    func rows(expanded: Set<Node>) -> [Row] {
        rows(of: roots, depth: 0, parent: -1, firstIndex: 0, expanded: expanded)
    }

    /// The rows of `nodes` (siblings, under the row `parent`) and of their unfolded
    /// descendants, numbered as if the first were at `firstIndex`: the whole tree, or the
    /// part that unfolding one row inserts after it.
    func rows(of top: [Node], depth: Int, parent: Int, firstIndex: Int, expanded: Set<Node>) -> [Row] {
        var rows: [Row] = []
        var stack: [(node: Node, depth: Int, parent: Int, last: Bool)] = top.indices.reversed().map { (top[$0], depth, parent, $0 == top.count - 1) }
        // The last row seen under each parent (slot 0 for `parent`, slot k + 1 for the k-th
        // row made here), to link siblings.
        var lastChild: [Int] = [-1]
        func slot(_ p: Int) -> Int { p == parent ? 0 : p - firstIndex + 1 }
        while let (node, depth, parentRow, last) = stack.popLast() {
            let has = hasChildren(node)
            let open = has && expanded.contains(node)
            var row = Row(node: node, depth: depth, parent: parentRow, hasChildren: has, isLast: last)
            let index = firstIndex + rows.count
            let s = slot(parentRow)
            if lastChild[s] >= 0 {
                row.previousSibling = lastChild[s]
                rows[lastChild[s] - firstIndex].nextSibling = index
            }
            lastChild[s] = index
            lastChild.append(-1)
            rows.append(row)
            if open {
                let kids = children(node)
                for i in kids.indices.reversed() { stack.append((kids[i], depth + 1, index, i == kids.count - 1)) }
            }
        }
        return rows
    }

    /// Every node that has children, for "expand everything".
    func allExpandable() -> Set<Node> {
        var out = Set<Node>()
        var stack = roots.filter(hasChildren)
        while let node = stack.popLast() {
            out.insert(node)
            stack.append(contentsOf: children(node).filter(hasChildren))
        }
        return out
    }

    /// The node and all its descendants that have children.
    func expandable(under node: Node) -> [Node] {
        var out: [Node] = []
        var stack = hasChildren(node) ? [node] : []
        while let n = stack.popLast() {
            out.append(n)
            stack.append(contentsOf: children(n).filter(hasChildren))
        }
        return out
    }
}
