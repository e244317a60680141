import DebateMap

/// The tree's actions: moving, folding, jumping between opposing claims, history, pivot.
extension Browser {
    mutating func applyInTree(_ action: Action) {
        if action != .jumpToOpponent {
            status = nil
            // Any other action ends an `o` cycle: the next `o` starts from the new selection.
            cycle = nil
        }
        if detailFocus, applyInDetail(action) { return }
        switch action {
        case .down: moveSelection(to: selection + 1)
        case .up: moveSelection(to: selection - 1)
        case .first: moveSelection(to: 0)
        case .last: moveSelection(to: rows.count - 1)
        case .halfPageDown: moveSelection(to: selection + max(1, treeHeight / 2))
        case .halfPageUp: moveSelection(to: selection - max(1, treeHeight / 2))
        case .pageDown: moveSelection(to: selection + max(1, treeHeight))
        case .pageUp: moveSelection(to: selection - max(1, treeHeight))
        case .scrollDown, .scrollUp:
            // The wheel scrolls the pane it is over.
            if let p = lastPointer, detailRect.contains(x: p.x, y: p.y) {
                scrollDetail(action)
            } else {
                scrollTree(by: action == .scrollDown ? 3 : -3)
            }
        case .collapseOrParent: collapseOrParent()
        case .expandOrChild: expandOrChild()
        case .toggle: toggle()
        case .activate:
            if case .claim(let c)? = selectedNode, resolved(c) != c {
                // A reference row: follow it to its claim; `[` comes back.
                jump(to: .claim(resolved(c)))
                status = "followed the reference"
            } else if case .claim(let c)? = selectedNode, corpus.claims[c].quote != nil {
                openReader(claim: c)
            } else {
                toggle()
            }
        case .nextSibling: moveToSibling(+1)
        case .previousSibling: moveToSibling(-1)
        case .expandNode:
            guard let node = selectedNode else { return }
            for n in shape.expandable(under: node) { expanded.insert(n) }
            rebuildRows()
        case .expandAll:
            expanded = shape.allExpandable()
            rebuildRows()
            keepSelectionVisible()
        case .collapseNode:
            guard let node = selectedNode else { return }
            for n in shape.expandable(under: node) { expanded.remove(n) }
            rebuildRows()
        case .collapseAll:
            let keep = selectedNode.map { shape.ancestors($0).first ?? $0 }
            expanded.removeAll()
            rows = shape.rows(expanded: expanded)
            if let keep { selection = rows.firstIndex { $0.node == keep } ?? 0 }
            keepSelectionVisible()
        case .jumpToOpponent: jumpToOpponent()
        case .pickOpponent: openPicker()
        case .versus: openVersus()
        case .clashes: openClashes()
        case .focusPane:
            if detailRect.height > 0 { detailFocus = true } else { status = "no detail pane at this size (d shows it when there is room)" }
        case .back: goBack()
        case .forward: goForward()
        case .pivot: togglePivot()
        case .matrix: openMatrix()
        case .problems: openProblems()
        case .filter: startFilter()
        case .copy: copySelected()
        case .copyID: copySelectedID()
        case .openSource: openSource()
        case .reader:
            if case .claim(let c)? = selectedNode { openReader(claim: c) } else if let essay = selectedEssay { openReader(essay: essay) }
        case .toggleDetail:
            showDetail.toggle()
            keepSelectionVisible()
        case .search: startSearch()
        case .nextMatch: stepMatch(+1)
        case .previousMatch: stepMatch(-1)
        case .help: openHelp()
        case .quit: wantsQuit = true
        case .leave where filter != nil:
            clearFilter()
        case .leave:
            status = nil
            search = SearchSession()
        case .click(let x, let y): click(x: x, y: y)
        default: break
        }
    }

    /// The essay the selected row belongs to, if any.
    var selectedEssay: Int? {
        switch selectedNode {
        case .essay(let e)?: return e
        case .position(let p)?: return corpus.positions[p].essay
        case .claim(let c)?: return corpus.claims[c].essay
        default: return nil
        }
    }

    mutating func toggle() {
        guard rows.indices.contains(selection), rows[selection].hasChildren else { return }
        let node = rows[selection].node
        if expanded.contains(node) {
            expanded.remove(node)
            removeChildren(ofRow: selection)
        } else {
            expanded.insert(node)
            insertChildren(ofRow: selection)
        }
        keepSelectionVisible()
    }

    mutating func collapseOrParent() {
        guard rows.indices.contains(selection) else { return }
        let row = rows[selection]
        if isOpen(row: selection) {
            toggle()
        } else if row.parent >= 0 {
            moveSelection(to: row.parent)
        }
    }

    mutating func expandOrChild() {
        guard rows.indices.contains(selection) else { return }
        let row = rows[selection]
        guard row.hasChildren else { return }
        if isOpen(row: selection) { moveSelection(to: selection + 1) } else { toggle() }
    }

    mutating func moveToSibling(_ step: Int) {
        guard rows.indices.contains(selection) else { return }
        let sibling = step > 0 ? rows[selection].nextSibling : rows[selection].previousSibling
        if sibling >= 0 { moveSelection(to: sibling) }
    }

    mutating func goBack() {
        guard let previous = backStack.popLast() else {
            status = "nothing to go back to"
            return
        }
        forwardStack.append(snapshot)
        restore(previous)
    }

    mutating func goForward() {
        guard let next = forwardStack.popLast() else {
            status = "nothing to go forward to"
            return
        }
        backStack.append(snapshot)
        restore(next)
    }

    /// `t`: by topic ⇄ by essay, keeping the selected claim or position.
    mutating func togglePivot() {
        let keep = selectedNode
        pivot = pivot == .byTopic ? .byEssay : .byTopic
        expanded = Set(expanded.filter {
            switch $0 {
            case .position, .claim: return true
            case .topic, .essay: return false
            }
        })
        let roots = shape.roots
        for root in roots { expanded.insert(root) }
        switch keep {
        case .claim?, .position?:
            rows = shape.rows(expanded: expanded)
            reveal(keep!)
            select(keep!, center: true, rebuild: false)
        default:
            rows = shape.rows(expanded: expanded)
            selection = 0
            scrollTop = 0
        }
    }

    /// The mouse wheel moves the view, not the cursor; the cursor stays on screen.
    mutating func scrollTree(by step: Int) {
        let height = max(1, treeHeight)
        scrollTop = min(max(0, scrollTop + step), max(0, rows.count - height))
        guard !rows.isEmpty else { return }
        let margin = min(3, (height - 1) / 2)
        let low = scrollTop + (scrollTop > 0 ? margin : 0)
        let high = scrollTop + height - 1 - (scrollTop + height < rows.count ? margin : 0)
        selection = min(max(selection, low), max(low, high), rows.count - 1)
    }

    /// How many levels the tree is drawn shifted to the left, so that the selected row starts
    /// no further in than about half a pane `width` wide: in a tree thousands of levels deep
    /// the rows around the selection stay readable. It moves in steps of several levels, so
    /// the tree does not slide sideways at each move.
    func indentShift(width: Int) -> Int {
        guard rows.indices.contains(selection) else { return 0 }
        let shown = max(2, (width / 2 - 4) / 2)  // levels drawn before shifting
        let step = max(1, shown / 2)
        let over = rows[selection].depth - shown
        return over > 0 ? (over + step - 1) / step * step : 0
    }

    /// A click selects a row; on the fold marker it also folds or unfolds.
    mutating func click(x: Int, y: Int) {
        let layout = Layout(width: size.width, height: size.height, showDetail: showDetail)
        guard layout.tree.contains(x: x, y: y) else { return }
        let index = scrollTop + (y - layout.tree.y)
        guard rows.indices.contains(index) else { return }
        // Where the marker was drawn: with the shift of the selection before the click.
        let shift = indentShift(width: layout.tree.width)
        selection = index
        let markerX = layout.tree.x + 1 + max(0, rows[index].depth - shift) * 2
        if rows[index].hasChildren, x >= markerX - 1, x <= markerX + 1 { toggle() }
        keepSelectionVisible()
    }
}
