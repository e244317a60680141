import DebateMap

/// How the browser draws: ASCII glyphs only, and whether to use colour.
public struct BrowserOptions: Sendable, Hashable {
    public var ascii: Bool
    public var color: Bool
    /// How stances are set apart (a configuration file's `theme`).
    public var theme: Theme
    /// The keys in force: the standard table, or one a configuration file rebound.
    public var keys: KeyTable
    public init(ascii: Bool = false, color: Bool = true, theme: Theme = .standard, keys: KeyTable = .standard) {
        self.ascii = ascii
        self.color = color
        self.theme = theme
        self.keys = keys
    }
}

/// The browser: a plain value holding what is shown and where the reader is. `apply` is
/// the only way it changes (and `continueSearch`, which finishes a search of a large corpus
/// between keys); `render` draws it without changing it.
///
///     var browser = Browser(corpus: corpus)
///     browser.handle(.character("o"))      // jump to an opposing claim
///     let screen = browser.render(width: 80, height: 24)
public struct Browser: Sendable {
    /// What `[` and `]` restore: the exact selection, folds and scroll of the tree.
    struct Snapshot: Sendable, Hashable {
        var pivot: Pivot
        var expanded: Set<Node>
        var selected: Node
        var scrollTop: Int
    }

    public let corpus: Corpus
    public let options: BrowserOptions

    /// The view that has the keyboard, with its state.
    var view: View = .tree
    /// The kind of view that has the keyboard.
    public var mode: Mode { view.mode }
    public internal(set) var pivot: Pivot = .byTopic
    public internal(set) var expanded: Set<Node> = []
    public internal(set) var rows: [Row] = []
    public internal(set) var selection = 0
    public internal(set) var scrollTop = 0
    public internal(set) var showDetail = true
    public internal(set) var wantsQuit = false
    /// A one-line message for the footer ("no opposing claim", "3/12").
    public internal(set) var status: String?
    var size = (width: 80, height: 24)

    var backStack: [Snapshot] = []
    var forwardStack: [Snapshot] = []
    /// The `o` cycle under way: the claim it started from and the opponent it is at. Any
    /// other action ends it, so the next `o` starts from wherever the reader then is.
    var cycle: OpponentCycle?
    /// How far the detail pane is scrolled, and for which node (another node starts at the top).
    var detailScroll: (node: Node, top: Int)?
    /// Keys go to the detail pane (Tab), to scroll it, instead of the tree.
    public internal(set) var detailFocus = false
    /// Where the last mouse event was, so the wheel scrolls the pane under it.
    var lastPointer: (x: Int, y: Int)?
    /// The count typed before a key (`5` of `5j`), until the key comes.
    public internal(set) var pendingCount: Int?
    /// What went wrong reading the files shown (`!` lists it), if anything.
    public internal(set) var problems: Problems?
    /// What was asked of the terminal and not yet taken (`takeRequests`).
    var requests: [TerminalRequest] = []
    /// The filter in force (`&`), the view from before it, and how many rows it hides.
    var filter: TreeFilter?
    var filterBefore: Snapshot?
    var hiddenByFilter = 0

    // Search
    /// The search: query, matches, the scan under way (`SearchSession`).
    var search = SearchSession()
    /// The query typed after `/`.
    public var query: String { search.query }
    /// The matches in tree order, and which of them is shown.
    public var matches: [Node] { search.matches }
    public var matchIndex: Int { search.index }
    /// How many texts a keystroke, and each later slice (`continueSearch`), looks at: at a
    /// million claims a slice takes a few milliseconds, and a corpus of up to about fifty
    /// thousand claims (two texts each: text and quote) is searched whole at the keystroke.
    public var searchSlice = 100_000
    /// The search index, built at the first `/` (derived from the corpus alone).
    var searchIndex: SearchIndex?
    /// Each claim's position, built with the search index, for putting matches in tree order.
    var claimPositions: [Int32] = []

    public init(corpus: Corpus, options: BrowserOptions = .init()) {
        self.corpus = corpus
        self.options = options
        // Open on the questions, with every position showing.
        expanded = Set(corpus.topics.indices.map(Node.topic))
        rebuildRows()
    }

    var shape: TreeShape { TreeShape(corpus: corpus, pivot: pivot, visible: filter?.visible) }

    /// The node under the cursor.
    public var selectedNode: Node? { rows.indices.contains(selection) ? rows[selection].node : nil }

    /// The claim under the cursor, a reference row standing for the claim it refers to:
    /// relations are between claims, never with the rows that repeat them.
    public var selectedClaim: Int? { selectedNode?.claim.map(resolved) }

    /// The claim a row stands for: itself, or for a reference row the claim it refers to.
    func resolved(_ c: Int) -> Int {
        let claim = corpus.claims[c]
        guard claim.kind == .reference, let target = claim.refersTo, corpus.claims.indices.contains(target) else { return c }
        return target
    }

    /// Handles a key: looks it up in the key table for the current mode and applies it.
    /// Returns false when the reader has quit.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        if case .mouse(let event) = key { lastPointer = (event.x, event.y) }
        // Esc and a key typed together arrive as Alt and the key; with no Alt binding they
        // are the two keys, as vim takes them (Esc to cancel a count or a search, then j).
        if case .alt(let c) = key, options.keys.action(for: key, in: mode) == nil {
            handle(.escape)
            return handle(.character(c))
        }
        if takeCountDigit(key) { return !wantsQuit }
        var count: Int?
        if case .resize = key {} else {
            count = pendingCount
            pendingCount = nil
            // Esc cancels a count, and only the count.
            if count != nil, key == .escape { return !wantsQuit }
        }
        if let action = options.keys.action(for: key, in: mode) {
            if let count { apply(action, count: count) } else { apply(action) }
        } else if let name = key.typedName {
            // A key that does nothing here says so, as less and vim do, instead of nothing.
            status = "\(name): no such key \(glyphs.dash) ? for help"
        }
        return !wantsQuit
    }

    public mutating func apply(_ action: Action) {
        if case .resize(let w, let h) = action {
            size = (max(0, w), max(0, h))
            keepSelectionVisible()
            rewrapReader()
            return
        }
        switch view {
        case .tree: applyInTree(action)
        case .search: applyInSearch(action)
        case .reader(let state): applyInReader(action, state)
        case .matrix(let state): applyInMatrix(action, state)
        case .picker(let state): applyInPicker(action, state)
        case .versus(let state): applyInVersus(action, state)
        case .clashes(let state): applyInClashes(action, state)
        case .problems(let state): applyInProblems(action, state)
        case .documents(let state): applyInDocuments(action, state)
        case .filter(let prompt): applyInFilter(action, prompt)
        case .help(let over, let top): applyInHelp(action, over: over, top: top)
        }
    }

    // MARK: Rows and selection

    mutating func rebuildRows() {
        let keep = selectedNode
        rows = shape.rows(expanded: expanded)
        if let keep, let index = rows.firstIndex(where: { $0.node == keep }) { selection = index }
        selection = min(max(0, selection), max(0, rows.count - 1))
    }

    /// Selects `node`, which must be visible, rebuilding the rows first when the folds changed.
    mutating func select(_ node: Node, center: Bool = false, rebuild: Bool = true) {
        if rebuild { rows = shape.rows(expanded: expanded) }
        if let index = rows.firstIndex(where: { $0.node == node }) { selection = index }
        if center { scrollTop = max(0, selection - treeHeight / 2) }
        keepSelectionVisible()
    }

    /// Unfolds every ancestor of a node so it has a row, updating the rows. Returns whether
    /// any fold changed.
    @discardableResult
    mutating func reveal(_ node: Node) -> Bool {
        var opened: [Node] = []
        for ancestor in shape.ancestors(node) where expanded.insert(ancestor).inserted { opened.append(ancestor) }
        syncRows(opened: opened, closed: [])
        return !opened.isEmpty
    }

    /// Rows of the tree area at the current size.
    var treeHeight: Int { Layout(width: size.width, height: size.height, showDetail: showDetail && mode != .help).tree.height }

    /// The detail pane at the current size (empty when hidden or too small).
    var detailRect: Rect { Layout(width: size.width, height: size.height, showDetail: showDetail).detail }

    /// Keeps the cursor on screen with a margin of up to 3 rows.
    mutating func keepSelectionVisible() {
        let height = max(1, treeHeight)
        let margin = min(3, (height - 1) / 2)
        if selection - margin < scrollTop { scrollTop = max(0, selection - margin) }
        if selection + margin >= scrollTop + height { scrollTop = selection + margin - height + 1 }
        scrollTop = min(scrollTop, max(0, rows.count - height))
        scrollTop = max(0, scrollTop)
    }

    mutating func moveSelection(to index: Int) {
        guard !rows.isEmpty else { return }
        selection = min(max(0, index), rows.count - 1)
        keepSelectionVisible()
    }

    var snapshot: Snapshot { Snapshot(pivot: pivot, expanded: expanded, selected: selectedNode ?? .topic(0), scrollTop: scrollTop) }

    mutating func restore(_ s: Snapshot) {
        if s.pivot == pivot && s.expanded.count + expanded.count <= 256 {
            // Few folds: change the rows where they differ.
            let closed = expanded.filter { !s.expanded.contains($0) }
            let opened = s.expanded.filter { !expanded.contains($0) }
            expanded = s.expanded
            syncRows(opened: Array(opened), closed: Array(closed))
        } else {
            pivot = s.pivot
            expanded = s.expanded
            rows = shape.rows(expanded: expanded)
        }
        selection = rows.firstIndex { $0.node == s.selected } ?? 0
        scrollTop = s.scrollTop
        keepSelectionVisible()
    }

    /// Records where the reader is before a jump, so `[` comes back here.
    mutating func pushHistory() {
        backStack.append(snapshot)
        if backStack.count > 1_000 { backStack.removeFirst() }
        forwardStack.removeAll()
    }

    /// Goes to a node: history first, then unfold its path, select and centre it.
    mutating func jump(to node: Node) {
        if node != selectedNode { pushHistory() }
        reveal(node)
        select(node, center: true, rebuild: false)
    }
}
