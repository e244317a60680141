import DebateMap

/// `m` over imported documents, each its own question: a grid of one stance per question
/// would be a diagonal of MAP in a sea of SILENT, so the matrix is a list instead — each
/// document's title, what it holds, its most contested claim — and Enter goes to it.
extension Browser {
    /// The document questions, in the order of the tree.
    var documentTopics: [Int] { corpus.layout.documentTopics }

    /// Whether the matrix is the list of documents: no question of the corpus's own.
    var matrixIsDocumentList: Bool { corpus.layout.corpusTopics.isEmpty && !documentTopics.isEmpty }

    mutating func openDocuments() {
        var state = DocumentsState(stats: DocumentStats(corpus: corpus))
        if let node = selectedNode, let essay = essayOf(node), let i = documentTopics.firstIndex(where: { corpus.topics[$0].document == essay }) {
            state.index = i
        }
        view = .documents(state)
    }

    private func essayOf(_ node: Node) -> Int? {
        switch node {
        case .position(let p): return corpus.positions[p].essay
        case .claim(let c): return corpus.claims[c].essay
        case .essay(let e): return e
        case .topic(let t): return corpus.topics[t].document
        }
    }

    mutating func applyInDocuments(_ action: Action, _ state: DocumentsState) {
        var state = state
        let rects = listRects(count: documentTopics.count)
        var list = ListPane(index: state.index, paneTop: state.paneTop)
        let outcome = list.apply(action, count: documentTopics.count, rects: rects,
                                 paneLines: { documentPane(state, width: rects.pane.width - 1).count }, overPane: pointerOver(rects.pane))
        switch (outcome, action) {
        case (.moved, _):
            (state.index, state.paneTop) = (list.index, list.paneTop)
            view = .documents(state)
        case (.activate, _):
            guard documentTopics.indices.contains(list.index) else { return }
            let t = documentTopics[list.index]
            guard let e = corpus.topics[t].document, let p = corpus.positionIndex(essay: e, topic: t) else { return }
            view = .tree
            jump(to: .position(p))
        case (.other, .help): openHelp()
        case (.other, .leave): view = .tree
        case (.other, _): break
        }
    }

    /// A document in full: its title and question, where it was read from, what it holds,
    /// and its most contested claim.
    func documentPane(_ state: DocumentsState, width: Int) -> PaneLines {
        let index = state.index
        var lines = PaneLines(width: width)
        guard documentTopics.indices.contains(index), let e = corpus.topics[documentTopics[index]].document else { return lines }
        let topic = corpus.topics[documentTopics[index]]
        let essay = corpus.essays[e]
        lines.add(safe(essay.title == Essay.unknown ? essay.label : essay.fullTitle), .bold)
        if topic.hasOwnQuestion { lines.add(safe(topic.question)) }
        lines.add(safe(essay.mapPath), .dim)
        lines.add(state.stats.counts(e))
        if let c = state.stats.contested[e] {
            lines.add("most contested (\(glyphs.crossed.trimmingCharacters(in: .whitespaces))\(corpus.opponentCount(of: c))): " + safe(corpus.claims[c].text))
        }
        return lines
    }
}
