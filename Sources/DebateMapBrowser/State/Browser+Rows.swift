import DebateMap

/// Folding and unfolding one row changes the rows in place: the rows of its subtree are
/// inserted after it or removed, and the indices that pointed past them are shifted. That
/// is integer work over the rows instead of rebuilding them all (which hashes every visible
/// node against the folds), so a fold costs the same on a million claims as on a hundred.
/// The result is exactly `shape.rows(expanded: expanded)`: a test checks it key by key.
extension Browser {
    /// Whether row `i` shows its children: the rows after it are deeper. The folds are held
    /// once, in `expanded`; the rows are laid out from it.
    public func isOpen(row i: Int) -> Bool {
        rows.indices.contains(i + 1) && rows[i + 1].depth > rows[i].depth
    }

    /// Unfolds row `i` (its node is already in `expanded`): inserts its subtree's rows.
    mutating func insertChildren(ofRow i: Int) {
        let row = rows[i]
        let inserted = shape.rows(of: shape.children(row.node), depth: row.depth + 1, parent: i, firstIndex: i + 1, expanded: expanded)
        let k = inserted.count
        guard k > 0 else { return }
        shiftLinks(after: i, by: k)
        rows.insert(contentsOf: inserted, at: i + 1)
        if selection > i { selection += k }
    }

    /// Folds row `i`: removes the rows of its subtree.
    mutating func removeChildren(ofRow i: Int) {
        let depth = rows[i].depth
        var end = i + 1
        while end < rows.count, rows[end].depth > depth { end += 1 }
        let k = end - i - 1
        guard k > 0 else { return }
        rows.removeSubrange((i + 1)..<end)
        shiftLinks(after: i, by: -k)
        // As a rebuild would: the selected row if it is still there, else the same index.
        if selection >= end { selection -= k }
        selection = min(max(0, selection), max(0, rows.count - 1))
    }

    /// Moves every link (parent, siblings) that points past row `i` by `delta` rows.
    mutating func shiftLinks(after i: Int, by delta: Int) {
        rows.withUnsafeMutableBufferPointer { r in
            for j in r.indices {
                if r[j].parent > i { r[j].parent += delta }
                if r[j].nextSibling > i { r[j].nextSibling += delta }
                if r[j].previousSibling > i { r[j].previousSibling += delta }
            }
        }
    }

    /// Brings the rows in line with `expanded` after some folds changed (`opened` newly in
    /// it, `closed` newly out of it): row by row when few changed, else rebuilt.
    mutating func syncRows(opened: [Node], closed: [Node]) {
        guard opened.count + closed.count <= 64 else { return rebuildRows() }
        for node in closed {
            if let i = rows.firstIndex(where: { $0.node == node }), isOpen(row: i) { removeChildren(ofRow: i) }
        }
        // Outermost first is not needed: a node under a folded one has no row yet, and is
        // laid out when its ancestor unfolds; one that already shows its children is skipped.
        for node in opened {
            if let i = rows.firstIndex(where: { $0.node == node }), !isOpen(row: i), rows[i].hasChildren { insertChildren(ofRow: i) }
        }
    }
}
