import DebateMap

/// The matrix: every essay's stance on every question; Enter goes to a position, `x` on two
/// cells of one question shows their clashes.
extension Browser {
    /// The matrix's state while it is open.
    public var matrix: MatrixState? {
        if case .matrix(let state) = view { return state }
        return nil
    }

    mutating func openMatrix() {
        if matrixIsDocumentList { return openDocuments() }
        let cell: (Int, Int)
        switch selectedNode {
        case .position(let p)?: cell = (corpus.positions[p].topic, corpus.positions[p].essay)
        case .claim(let c)?: cell = (corpus.claims[c].topic, corpus.claims[c].essay)
        case .topic(let t)?: cell = (t, 0)
        case .essay(let e)?: cell = (0, e)
        case nil: cell = (0, 0)
        }
        view = .matrix(MatrixState(topic: cell.0, essay: cell.1))
    }

    mutating func applyInMatrix(_ action: Action, _ state: MatrixState) {
        var state = state
        let topics = corpus.topics.count, essays = corpus.essays.count
        guard topics > 0, essays > 0 else {
            if action == .leave { view = .tree }
            return
        }
        status = nil
        switch action {
        case .down, .scrollDown: state.topic = min(topics - 1, state.topic + 1)
        case .up, .scrollUp: state.topic = max(0, state.topic - 1)
        case .expandOrChild: state.essay = min(essays - 1, state.essay + 1)
        case .collapseOrParent: state.essay = max(0, state.essay - 1)
        case .clashes:
            // The first `x` marks a cell; the second, on another essay of the same question,
            // opens the two essays' clashes (on the cell already marked: unmarks it).
            let cell = MatrixState.Cell(topic: state.topic, essay: state.essay)
            if let marked = state.marked, marked != cell {
                if marked.topic == cell.topic { return openClashes(topic: cell.topic, essays: (marked.essay, cell.essay), from: .matrix(state)) }
                status = "the marked cell is on another question: x on a cell of \(safe(corpus.topics[marked.topic].title))"
            } else if state.marked == cell {
                state.marked = nil
            } else {
                state.marked = cell
                status = "marked \(safe(corpus.essays[cell.essay].label)): x or Enter on a second essay shows their clashes"
            }
        case .activate:
            let (t, e) = (state.topic, state.essay)
            if let marked = state.marked, marked.topic == t, marked.essay != e {
                return openClashes(topic: t, essays: (marked.essay, e), from: .matrix(state))
            }
            view = .tree
            if let p = corpus.positionIndex(essay: e, topic: t) {
                jump(to: .position(p))
            } else {
                // An imported document's question: the other documents are not in its tree.
                jump(to: pivot == .byTopic ? .topic(t) : .essay(e))
                status = "\(SafeText.forScreen(corpus.essays[e].label)) holds no position on another document's question"
            }
            return
        case .click(let x, let y):
            // A click selects a cell; a click on the selected cell goes to it.
            guard let cell = matrixLayout(state).cell(x: x, y: y) else { return }
            if cell == (state.topic, state.essay) { return applyInMatrix(.activate, state) }
            (state.topic, state.essay) = cell
        case .help: return openHelp()
        case .leave:
            if state.marked != nil {
                state.marked = nil
            } else {
                view = .tree
                return
            }
        default: return
        }
        view = .matrix(state)
    }
}
