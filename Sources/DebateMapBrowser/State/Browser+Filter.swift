import DebateMap

/// Narrowing the tree (`&`): the rows that match a filter and the way to each, unfolded,
/// with the count of what matched and of the rows hidden; Esc in the tree clears it and
/// gives back the view from before. The search then looks only at the rows shown.
extension Browser {
    /// The filter in force, if any: its query.
    public var filterQuery: String? { filter?.query }

    /// Up to this many claims the tree is filtered as the query is typed; above, at Enter.
    static let liveFilterLimit = 50_000

    mutating func startFilter() {
        view = .filter(FilterPrompt(query: filter?.query ?? "", before: filterBefore ?? snapshot, previous: filter))
        status = nil
    }

    mutating func applyInFilter(_ action: Action, _ prompt: FilterPrompt) {
        var prompt = prompt
        switch action {
        case .deleteBackward where prompt.query.isEmpty, .leave:
            // Cancelled: the filter and the view from before the prompt.
            view = .tree
            setFilter(prompt.previous, query: prompt.previous?.query)
            if prompt.previous == nil { restore(prompt.before); filterBefore = nil }
            status = nil
        case .confirm:
            if case .failure(let error) = TreeFilter.terms(prompt.query) {
                // The prompt stays open on a term it cannot take, saying what it takes.
                status = error.message
                return
            }
            view = .tree
            filter(by: prompt.query, before: prompt.before)
            if filter == nil { restore(prompt.before); filterBefore = nil }
        default:
            guard QueryEdit.apply(action, to: &prompt.query) else { return }
            view = .filter(prompt)
            if corpus.claims.count <= Browser.liveFilterLimit { filter(by: prompt.query, before: prompt.before) }
        }
    }

    /// Filters the tree by a query (none when it is empty), saying what it matched.
    mutating func filter(by query: String, before: Snapshot) {
        switch TreeFilter.terms(query) {
        case .failure(let error):
            status = error.message
        case .success(let terms) where terms.isEmpty:
            setFilter(nil, query: nil)
            status = nil
        case .success(let terms):
            if filterBefore == nil { filterBefore = before }
            setFilter(TreeFilter(query: query, terms: terms, corpus: corpus), query: query)
        }
    }

    /// Puts a filter in force (or none): the way to every match unfolded, the selection kept
    /// when it still shows, else on the first row; the footer says what it did.
    mutating func setFilter(_ new: TreeFilter?, query: String?) {
        let keep = selectedNode
        filter = new
        if let new { expanded.formUnion(new.visible.filter { shape.hasChildren($0) }) }
        rebuildRows()
        if let keep, rows.contains(where: { $0.node == keep }) { select(keep, rebuild: false) } else { selection = 0; scrollTop = 0 }
        keepSelectionVisible()
        guard let new else { return }
        let all = TreeShape(corpus: corpus, pivot: pivot).rows(expanded: expanded).count
        hiddenByFilter = all - rows.count
        status = new.matches == 0 ? "& \(safe(new.query)): nothing matches" : nil
    }

    /// Esc in the tree: the filter cleared and the view from before it.
    mutating func clearFilter() {
        setFilter(nil, query: nil)
        if let before = filterBefore { restore(before) }
        filterBefore = nil
        status = nil
    }

    /// What the filter in force matched and hides: "24 matches, 61 rows hidden".
    var filterCounts: String? {
        guard let filter else { return nil }
        let matches = filter.matches == 1 ? "1 match" : "\(filter.matches) matches"
        return "\(matches), \(hiddenByFilter) row\(hiddenByFilter == 1 ? "" : "s") hidden"
    }

    /// What the footer says of it in the tree: "& opposed  24 matches, 61 rows hidden".
    var filterSummary: String? {
        guard let filter, let counts = filterCounts else { return nil }
        return "& \(safe(filter.query))  \(counts)"
    }

    /// Whether a row shows under the filter in force.
    func shows(_ node: Node) -> Bool { filter?.visible.contains(node) ?? true }
}
