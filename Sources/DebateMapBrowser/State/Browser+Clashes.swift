import DebateMap

/// The clash view (`x`): where the essays disagree, pair by pair, with the claim pairs that
/// clash under each; `R` ranks the most contested claims instead. Enter on a claim pair
/// opens versus on it (`[` comes back here); on a ranked claim, goes to it in the tree.
extension Browser {
    /// The clash view's state while it is open.
    public var clashView: ClashState? {
        if case .clashes(let state) = view { return state }
        return nil
    }

    /// Opens the clash view, narrowed to the selected node's question when there is one.
    mutating func openClashes() {
        var topic: Int?
        switch selectedNode {
        case .topic(let t)?: topic = t
        case .position(let p)?: topic = corpus.positions[p].topic
        case .claim(let c)?: topic = corpus.claims[c].topic
        default: topic = nil
        }
        openClashes(topic: topic, essays: nil, from: .tree)
    }

    /// Opens the clashes of a question (or all), or of two essays on it; `[` and Esc go back
    /// to `from`.
    mutating func openClashes(topic: Int?, essays: (Int, Int)?, from: View) {
        let clashes = Clashes(corpus: corpus, topic: topic, essays: essays)
        var scope: String?
        if let t = topic { scope = safe(corpus.topics[t].title) }
        if let (a, b) = essays, let t = topic {
            scope = "\(safe(corpus.essays[a].label)) and \(safe(corpus.essays[b].label)) on \(safe(corpus.topics[t].title))"
        }
        var state = ClashState(clashes: clashes, ranking: ContestedClaims(corpus: corpus, topic: essays == nil ? topic : nil), scope: scope, back: from)
        // Selected: the first claim pair, under its essays.
        if state.rows.count > 1, case .pair = state.rows[0] { state.selection = 1 }
        view = .clashes(state)
        status = clashes.pairs.isEmpty ? (essays == nil ? "no essays clash here" : "these two essays do not clash on this question") : nil
    }

    /// The clash view's list and lower pane at the current size: the pane takes what the
    /// list leaves, at least 9 lines or half the height; below 16 rows it goes, and the list
    /// has the room (Enter shows a clash whole in versus).
    func clashRects(_ state: ClashState) -> (list: Rect, pane: Rect) {
        let body = Layout(width: size.width, height: size.height, showDetail: false).tree
        guard body.height >= 16 else { return (body, .empty) }
        let paneHeight = max(min(9, body.height / 2), body.height - 1 - state.rows.count)
        return (Rect(x: body.x, y: body.y, width: body.width, height: body.height - paneHeight - 1),
                Rect(x: body.x, y: body.y + body.height - paneHeight, width: body.width, height: paneHeight))
    }

    mutating func applyInClashes(_ action: Action, _ state: ClashState) {
        var state = state
        let rows = state.rows
        let (list, pane) = clashRects(state)
        let before = state.selection
        status = nil
        switch action {
        case .down: state.selection = min(rows.count - 1, state.selection + 1)
        case .up: state.selection = max(0, state.selection - 1)
        case .first: state.selection = 0
        case .last: state.selection = rows.count - 1
        case .pageDown: state.selection = min(rows.count - 1, state.selection + max(1, list.height))
        case .pageUp: state.selection = max(0, state.selection - max(1, list.height))
        case .nextSibling, .previousSibling:
            // J / K: the next or previous pair of essays.
            let step = action == .nextSibling ? 1 : -1
            var i = state.selection + step
            while rows.indices.contains(i) { if case .pair = rows[i] { state.selection = i; break }; i += step }
        case .halfPageDown, .halfPageUp:
            let total = clashPaneCount(state, width: pane.width)
            state.paneTop = ScrollWindow.scrolled(state.paneTop, by: action, total: total, height: pane.height) ?? state.paneTop
        case .scrollDown, .scrollUp:
            let total = clashPaneCount(state, width: pane.width)
            if pane.height > 0, pointerOver(pane), let top = ScrollWindow.scrolled(state.paneTop, by: action, total: total, height: pane.height) {
                state.paneTop = top
            } else {
                state.selection = action == .scrollDown ? min(rows.count - 1, state.selection + 1) : max(0, state.selection - 1)
            }
        case .toggle, .collapseOrParent, .expandOrChild:
            guard let row = state.selectedRow else { return }
            switch row {
            case .pair(let p):
                if action == .toggle || (action == .collapseOrParent) == !state.folded.contains(p) {
                    if state.folded.contains(p) { state.folded.remove(p) } else { state.folded.insert(p) }
                }
            case .clash(let p, _) where action == .collapseOrParent:
                state.selection = rows.firstIndex(of: .pair(p)) ?? state.selection
            default: break
            }
        case .ranking:
            state.showRanking.toggle()
            state.selection = 0
            state.top = 0
        case .activate:
            switch state.selectedRow {
            case .clash(let p, let i)?:
                let pair = state.clashes.pairs[p].clashes[i]
                view = .clashes(state)
                openVersus(pair.left, against: pair.right, back: .clashes(state))
                return
            case .ranked(let i)?:
                let claim = state.ranking.entries[i].claim
                view = .tree
                jump(to: .claim(claim))
                status = "[ back to the tree before, x to the clashes"
                return
            case .pair(let p)?:
                if state.folded.contains(p) { state.folded.remove(p) } else { state.folded.insert(p) }
            case nil: return
            }
        case .jumpToOpponent:
            // `o`: into the tree, at the left claim of the selected clash.
            guard case .clash(let p, let i)? = state.selectedRow else { return }
            let pair = state.clashes.pairs[p].clashes[i]
            view = .tree
            jump(to: .claim(pair.left))
            cycle = nil
            return
        case .click(let x, let y):
            guard list.contains(x: x, y: y) else { return }
            let i = state.top + y - list.y
            guard rows.indices.contains(i) else { return }
            if i == state.selection { return applyInClashes(.activate, state) }
            state.selection = i
        case .help: return openHelp()
        case .leave, .back:
            view = state.back
            return
        default: return
        }
        state.selection = max(0, min(state.selection, state.rows.count - 1))
        if state.selection != before { state.paneTop = 0 }
        let height = max(1, list.height)
        if state.selection < state.top { state.top = state.selection }
        if state.selection >= state.top + height { state.top = state.selection - height + 1 }
        view = .clashes(state)
    }
}
