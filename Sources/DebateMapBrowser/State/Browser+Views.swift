import DebateMap

/// The views over the tree: reader, matrix, opposing-claims picker, versus, help.
extension Browser {
    // MARK: Reader

    mutating func openReader(claim: Int) {
        openReader(essay: corpus.claims[claim].essay)
        readerClaim = corpus.claims[claim].quote != nil ? claim : nil
        scrollReaderToPassage()
    }

    /// Opens the reader on an essay: wraps its text once for this width and lists its quoted
    /// passages once, so moving in the reader costs nothing per key.
    mutating func openReader(essay: Int) {
        guard corpus.essays.indices.contains(essay) else { return }
        readerEssay = essay
        readerClaim = nil
        readerTop = 0
        mode = .reader
        var passages: [Int] = []
        for t in corpus.topics.indices { passages += corpus.claims(ofPosition: corpus.positionIndex(essay: essay, topic: t)) }
        readerPassages = passages.filter { corpus.claims[$0].quote != nil }
            .sorted { (corpus.claims[$0].quote!.start, $0) < (corpus.claims[$1].quote!.start, $1) }
        readerText = ReaderText(corpus: corpus, essay: essay, width: readerWidth)
    }

    /// Wraps the open essay again after a resize, keeping the same text at the top.
    mutating func rewrapReader() {
        guard let old = readerText, old.width != readerWidth else { return }
        let offset = old.lines.indices.contains(readerTop) ? old.lines[readerTop].start : 0
        let text = ReaderText(corpus: corpus, essay: old.essay, width: readerWidth)
        readerText = text
        readerTop = text.lines.firstIndex { $0.end > offset } ?? 0
    }

    mutating func scrollReaderToPassage() {
        guard let c = readerClaim, let quote = corpus.claims[c].quote else { return }
        let lines = readerLines(width: readerWidth).lines
        if let line = lines.firstIndex(where: { $0.end > quote.start }) {
            readerTop = max(0, line - readerHeight / 3)
        }
    }

    var readerWidth: Int { max(1, size.width - 2) }
    var readerHeight: Int { max(1, Layout(width: size.width, height: size.height, showDetail: false).tree.height) }

    mutating func applyInReader(_ action: Action) {
        let height = readerHeight
        let total = readerLines(width: readerWidth).lines.count
        let maxTop = max(0, total - height)
        switch action {
        case .down: readerTop = min(maxTop, readerTop + 1)
        case .scrollDown: readerTop = min(maxTop, readerTop + 3)
        case .up: readerTop = max(0, readerTop - 1)
        case .scrollUp: readerTop = max(0, readerTop - 3)
        case .pageDown: readerTop = min(maxTop, readerTop + height)
        case .pageUp: readerTop = max(0, readerTop - height)
        case .halfPageDown: readerTop = min(maxTop, readerTop + max(1, height / 2))
        case .halfPageUp: readerTop = max(0, readerTop - max(1, height / 2))
        case .first: readerTop = 0
        case .last: readerTop = maxTop
        case .nextMatch, .previousMatch:
            let passages = readerPassages
            guard !passages.isEmpty else { return }
            let at = readerClaim.flatMap { passages.firstIndex(of: $0) }
            let step = action == .nextMatch ? 1 : -1
            let next = at.map { ($0 + step + passages.count) % passages.count } ?? (step > 0 ? 0 : passages.count - 1)
            readerClaim = passages[next]
            scrollReaderToPassage()
        case .activate:
            guard let c = readerClaim else { return }
            mode = .tree
            jump(to: .claim(c))
        case .click(let x, let y):
            // A click on a quoted passage lights it (Enter then goes to its claim).
            let body = Layout(width: size.width, height: size.height, showDetail: false).tree
            let lines = readerLines(width: readerWidth).lines
            let index = min(readerTop, max(0, lines.count - body.height)) + y - body.y
            guard body.contains(x: x, y: y), lines.indices.contains(index) else { return }
            var column = body.x + 1
            for (ch, offset) in lines[index].characters {
                let width = DisplayWidth.of(ch)
                if x < column + width {
                    if let c = readerPassages.first(where: { corpus.claims[$0].quote.map { ($0.start..<$0.end).contains(offset) } ?? false }) {
                        readerClaim = c
                    }
                    return
                }
                column += width
            }
        case .help: openHelp()
        case .leave: mode = .tree
        default: break
        }
    }

    // MARK: Matrix

    mutating func openMatrix() {
        switch selectedNode {
        case .position(let p)?: matrixCell = (corpus.positions[p].topic, corpus.positions[p].essay)
        case .claim(let c)?: matrixCell = (corpus.claims[c].topic, corpus.claims[c].essay)
        case .topic(let t)?: matrixCell = (t, 0)
        case .essay(let e)?: matrixCell = (0, e)
        case nil: matrixCell = (0, 0)
        }
        mode = .matrix
    }

    mutating func applyInMatrix(_ action: Action) {
        let topics = corpus.topics.count, essays = corpus.essays.count
        guard topics > 0, essays > 0 else {
            if action == .leave { mode = .tree }
            return
        }
        switch action {
        case .down, .scrollDown: matrixCell.topic = min(topics - 1, matrixCell.topic + 1)
        case .up, .scrollUp: matrixCell.topic = max(0, matrixCell.topic - 1)
        case .expandOrChild: matrixCell.essay = min(essays - 1, matrixCell.essay + 1)
        case .collapseOrParent: matrixCell.essay = max(0, matrixCell.essay - 1)
        case .activate:
            mode = .tree
            let (t, e) = (matrixCell.topic, matrixCell.essay)
            if corpus.isMapped(essay: e, topic: t) {
                jump(to: .position(corpus.positionIndex(essay: e, topic: t)))
            } else {
                // An imported document's question: the other documents are not in its tree.
                jump(to: pivot == .byTopic ? .topic(t) : .essay(e))
                status = "\(SafeText.clean(corpus.essays[e].label)) holds no position on another document's question"
            }
        case .click(let x, let y):
            // A click selects a cell; a click on the selected cell goes to it.
            guard let cell = matrixLayout.cell(x: x, y: y) else { return }
            if cell == matrixCell { applyInMatrix(.activate) } else { matrixCell = cell }
        case .help: openHelp()
        case .leave: mode = .tree
        default: break
        }
    }

    // MARK: Picker

    mutating func openPicker() {
        guard let c = selectedClaim else {
            status = "select a claim to see the claims that oppose it"
            return
        }
        guard corpus.opponentCount(of: c) > 0 else {
            status = "no claim opposes this one"
            return
        }
        pickerOrigin = c
        pickerIndex = 0
        mode = .picker
    }

    mutating func applyInPicker(_ action: Action) {
        let count = corpus.opponentCount(of: pickerOrigin)
        switch action {
        case .down, .scrollDown: pickerIndex = min(count - 1, pickerIndex + 1)
        case .up, .scrollUp: pickerIndex = max(0, pickerIndex - 1)
        case .first, .pageUp: pickerIndex = 0
        case .last, .pageDown: pickerIndex = count - 1
        case .click(let x, let y):
            // A click selects a row; a click on the selected row jumps to it.
            let body = Layout(width: size.width, height: size.height, showDetail: false).tree
            guard body.contains(x: x, y: y) else { return }
            let i = pickerTop(height: body.height, count: count) + y - body.y
            guard (0..<count).contains(i) else { return }
            if i == pickerIndex { applyInPicker(.activate) } else { pickerIndex = i }
        case .activate:
            let opponents = corpus.opponents(of: pickerOrigin)
            let target = opponents[opponents.startIndex + pickerIndex].other
            mode = .tree
            jumpOrigin = pickerOrigin
            jumpIndex = pickerIndex
            jumpTarget = target
            jump(to: .claim(target))
        case .help: openHelp()
        case .leave: mode = .tree
        default: break
        }
    }

    // MARK: Versus

    mutating func openVersus() {
        guard let c = selectedClaim else {
            status = "select a claim to set it against an opposing one"
            return
        }
        guard corpus.opponentCount(of: c) > 0 else {
            status = "no claim opposes this one"
            return
        }
        versusOrigin = c
        versusIndex = 0
        mode = .versus
    }

    mutating func applyInVersus(_ action: Action) {
        let opponents = corpus.opponents(of: versusOrigin)
        switch action {
        case .jumpToOpponent: versusIndex = (versusIndex + 1) % max(1, opponents.count)
        case .activate:
            let target = opponents[opponents.startIndex + versusIndex].other
            mode = .tree
            jump(to: .claim(target))
        case .help: openHelp()
        case .leave: mode = .tree
        default: break
        }
    }

    // MARK: Help

    mutating func openHelp() {
        helpOver = mode
        helpTop = 0
        mode = .help
    }

    mutating func applyInHelp(_ action: Action) {
        let count = KeyTable.help(for: helpOver).count
        let height = max(1, helpBox.visibleRows)
        switch action {
        case .down: helpTop = min(max(0, count - height), helpTop + 1)
        case .scrollDown: helpTop = min(max(0, count - height), helpTop + 3)
        case .up: helpTop = max(0, helpTop - 1)
        case .scrollUp: helpTop = max(0, helpTop - 3)
        case .first: helpTop = 0
        case .last: helpTop = max(0, count - height)
        case .pageDown, .halfPageDown: helpTop = min(max(0, count - height), helpTop + max(1, action == .pageDown ? height : height / 2))
        case .pageUp, .halfPageUp: helpTop = max(0, helpTop - max(1, action == .pageUp ? height : height / 2))
        case .leave, .help: mode = helpOver
        default: break
        }
    }
}
