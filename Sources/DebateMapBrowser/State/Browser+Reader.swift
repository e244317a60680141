import DebateMap

/// The reader: an essay's text, its quoted passages underlined, one lit.
extension Browser {
    /// The reader's state while it is open.
    public var reader: ReaderState? {
        if case .reader(let state) = view { return state }
        return nil
    }

    mutating func openReader(claim: Int) {
        openReader(essay: corpus.claims[claim].essay)
        guard case .reader(var state) = view else { return }
        state.claim = corpus.claims[claim].quote != nil ? claim : nil
        scrollToPassage(&state)
        view = .reader(state)
    }

    /// Opens the reader on an essay: wraps its text once for this width and lists its quoted
    /// passages once, so moving in the reader costs nothing per key.
    mutating func openReader(essay: Int) {
        guard corpus.essays.indices.contains(essay) else { return }
        var passages: [Int] = []
        for t in corpus.layout.topics(of: essay) { passages += corpus.claims(ofPosition: corpus.positionIndex(essay: essay, topic: t)!) }
        passages = passages.filter { corpus.claims[$0].quote != nil }
            .sorted { (corpus.claims[$0].quote!.start, $0) < (corpus.claims[$1].quote!.start, $1) }
        view = .reader(ReaderState(essay: essay, passages: passages, text: ReaderText(corpus: corpus, essay: essay, width: readerWidth)))
    }

    /// Wraps the open essay again after a resize, keeping the same text at the top.
    mutating func rewrapReader() {
        guard case .reader(var state) = view, state.text.width != readerWidth else { return }
        let old = state.text
        let offset = old.lines.indices.contains(state.top) ? old.lines[state.top].start : 0
        state.text = ReaderText(corpus: corpus, essay: old.essay, width: readerWidth)
        state.top = state.text.lines.firstIndex { $0.end > offset } ?? 0
        view = .reader(state)
    }

    func scrollToPassage(_ state: inout ReaderState) {
        guard let c = state.claim, let quote = corpus.claims[c].quote else { return }
        if let line = state.text.lines.firstIndex(where: { $0.end > quote.start }) {
            state.top = max(0, line - readerHeight / 3)
        }
    }

    var readerWidth: Int { max(1, size.width - 2) }
    var readerHeight: Int { max(1, Layout(width: size.width, height: size.height, showDetail: false).tree.height) }

    mutating func applyInReader(_ action: Action, _ state: ReaderState) {
        var state = state
        let height = readerHeight
        let total = state.text.lines.count
        let maxTop = max(0, total - height)
        switch action {
        case .down: state.top = min(maxTop, state.top + 1)
        case .scrollDown: state.top = min(maxTop, state.top + 3)
        case .up: state.top = max(0, state.top - 1)
        case .scrollUp: state.top = max(0, state.top - 3)
        case .pageDown: state.top = min(maxTop, state.top + height)
        case .pageUp: state.top = max(0, state.top - height)
        case .halfPageDown: state.top = min(maxTop, state.top + max(1, height / 2))
        case .halfPageUp: state.top = max(0, state.top - max(1, height / 2))
        case .first: state.top = 0
        case .last: state.top = maxTop
        case .nextMatch, .previousMatch:
            let passages = state.passages
            guard !passages.isEmpty else { return }
            let at = state.claim.flatMap { passages.firstIndex(of: $0) }
            let step = action == .nextMatch ? 1 : -1
            let next = at.map { ($0 + step + passages.count) % passages.count } ?? (step > 0 ? 0 : passages.count - 1)
            state.claim = passages[next]
            scrollToPassage(&state)
        case .activate:
            guard let c = state.claim else { return }
            view = .tree
            jump(to: .claim(c))
            return
        case .click(let x, let y):
            // A click on a quoted passage lights it (Enter then goes to its claim).
            let body = Layout(width: size.width, height: size.height, showDetail: false).tree
            let lines = state.text.lines
            let index = min(state.top, max(0, lines.count - body.height)) + y - body.y
            guard body.contains(x: x, y: y), lines.indices.contains(index) else { return }
            var column = body.x + 1
            for (ch, offset) in lines[index].characters {
                let width = DisplayWidth.of(ch)
                if x < column + width {
                    if let c = state.passages.first(where: { corpus.claims[$0].quote.map { ($0.start..<$0.end).contains(offset) } ?? false }) {
                        state.claim = c
                    }
                    break
                }
                column += width
            }
        case .help: return openHelp()
        case .leave: view = .tree; return
        default: return
        }
        view = .reader(state)
    }
}
