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
    /// passages once, so moving in the reader costs nothing per key. A map without the text
    /// it maps (an imported file) says so instead of opening a blank page.
    mutating func openReader(essay: Int) {
        guard corpus.essays.indices.contains(essay) else { return }
        guard !corpus.essays[essay].text.isEmpty else {
            status = "no essay text to read: \(safe(PathName.fileName(corpus.essays[essay].mapPath))) holds only the map"
            return
        }
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
        state.top = state.text.line(at: offset)
        // The current match of a search stays on screen.
        if let find = state.find, let current = find.current { scroll(to: find.matches[current].lowerBound, &state) }
        view = .reader(state)
    }

    func scrollToPassage(_ state: inout ReaderState) {
        guard let c = state.claim, let quote = corpus.claims[c].quote else { return }
        if let line = state.text.lines.firstIndex(where: { $0.end > quote.start }) {
            state.top = max(0, line - readerHeight / 3)
        }
    }

    /// Brings the text at a scalar offset on screen: where it is if already shown, else a
    /// third of the way down, as the quoted passages are.
    func scroll(to offset: Int, _ state: inout ReaderState) {
        guard let line = state.text.lines.firstIndex(where: { $0.end > offset }) else { return }
        let height = readerHeight
        if line < state.top || line >= state.top + height {
            state.top = min(max(0, state.text.lines.count - height), max(0, line - height / 3))
        }
    }

    /// The widest the reader wraps its text: lines longer than this are hard to read.
    static let readingWidth = 100

    var readerWidth: Int { max(1, min(size.width - 2, Browser.readingWidth)) }
    var readerHeight: Int { max(1, Layout(width: size.width, height: size.height, showDetail: false).tree.height) }
    /// The column where the reader's lines start: the text is centred on a wide terminal.
    var readerLeft: Int { 1 + max(0, (size.width - 2 - readerWidth) / 2) }

    mutating func applyInReader(_ action: Action, _ state: ReaderState) {
        if state.find?.editing == true { return applyInReaderPrompt(action, state) }
        var state = state
        status = nil
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
        case .nextMatch where state.find != nil: stepFind(&state, +1)
        case .previousMatch where state.find != nil: stepFind(&state, -1)
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
            var column = body.x + readerLeft
            for cell in lines[index].characters {
                let width = DisplayWidth.of(cell.character)
                if x < column + width {
                    if let c = state.passages.first(where: { corpus.claims[$0].quote.map { ($0.start..<$0.end).contains(cell.offset) } ?? false }) {
                        state.claim = c
                    }
                    break
                }
                column += width
            }
        case .search:
            if state.folded == nil { state.folded = FoldedText(corpus.essays[state.essay].text) }
            state.find = ReaderFind(from: state.text.lines.indices.contains(state.top) ? state.text.lines[state.top].start : 0)
        case .clearSearch where state.find != nil: state.find = nil
        case .help: return openHelp()
        case .leave, .clearSearch: view = .tree; return
        default: return
        }
        view = .reader(state)
    }

    /// Keys while the reader's search prompt is open: the query edited, the first match from
    /// where the reader was shown as it is typed; ↓/↑ step through the matches; Enter keeps
    /// the search for n/N, Esc goes back to where the reader was.
    mutating func applyInReaderPrompt(_ action: Action, _ state: ReaderState) {
        var state = state
        guard var find = state.find else { return }
        status = nil
        switch action {
        case .deleteBackward where find.query.isEmpty, .leave:
            state.top = state.text.line(at: find.from)
            state.find = nil
        case .confirm:
            find.editing = false
            if find.query.isEmpty {
                state.find = nil
            } else if find.matches.isEmpty {
                status = "no match for \(glyphs.openQuote)\(safe(find.query))\(glyphs.closeQuote)"
                state.find = nil
            } else {
                state.find = find
            }
        case .nextMatch: stepFind(&state, +1)
        case .previousMatch: stepFind(&state, -1)
        default:
            guard QueryEdit.apply(action, to: &find.query) else { return }
            find.matches = state.folded?.ranges(of: find.query) ?? []
            find.current = find.matches.isEmpty ? nil : (find.matches.firstIndex { $0.lowerBound >= find.from } ?? 0)
            state.find = find
            state.top = state.text.line(at: find.from)
            if let current = find.current { scroll(to: find.matches[current].lowerBound, &state) }
        }
        view = .reader(state)
    }

    /// The next (or previous) match of the reader's search, wrapping at the ends with the
    /// message vim gives. From the current match while it is on screen; after scrolling
    /// away, from the screen, as less searches from the page shown.
    mutating func stepFind(_ state: inout ReaderState, _ step: Int) {
        guard var find = state.find, !find.matches.isEmpty else { return }
        let n = find.matches.count
        let lines = state.text.lines
        let shown = lines.indices.contains(state.top)
            ? lines[state.top].start..<(lines[min(lines.count, state.top + readerHeight) - 1].end) : 0..<0
        var from = find.current ?? (step > 0 ? -1 : n)
        if let current = find.current, !shown.contains(find.matches[current].lowerBound) {
            // The match before the first one on screen (n), or the first one on it (N).
            from = (find.matches.firstIndex { $0.lowerBound >= shown.lowerBound } ?? n) - (step > 0 ? 1 : 0)
        }
        var next = from + step
        var wrapped: String?
        if next >= n { next = 0; wrapped = "search hit bottom, continuing at top" }
        if next < 0 { next = n - 1; wrapped = "search hit top, continuing at bottom" }
        find.current = next
        state.find = find
        scroll(to: find.matches[next].lowerBound, &state)
        status = wrapped
    }
}
