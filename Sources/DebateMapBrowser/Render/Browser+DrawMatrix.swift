import DebateMap

/// Drawing the matrix: every essay's stance on every question, a page at a time.
extension Browser {
    func matrixLayout(_ state: MatrixState) -> MatrixLayout {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let widest = corpus.topics.map { DisplayWidth.of(safe($0.title)) }.max() ?? 0
        return MatrixLayout(body: layout.tree, topics: corpus.topics.count, essays: corpus.essays.count,
                            widestTitle: widest, selected: (state.topic, state.essay))
    }

    func drawMatrix(_ screen: inout Screen, _ state: MatrixState) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let grid = matrixLayout(state)
        let topics = corpus.topics.count, essays = corpus.essays.count
        // "topics × essays", or which of them are shown when they page: "topics 1–4/6 × essays 7–9/12".
        func shown(_ name: String, _ first: Int, _ visible: Int, _ count: Int) -> String {
            visible < count ? "\(name) \(first + 1)\(glyphs.range)\(first + visible)/\(count)" : name
        }
        drawHeader(&screen, layout.header, ["Matrix", shown("topics", grid.firstTopic, grid.visibleTopics, topics) + " \(glyphs.times) "
                                                + shown("essays", grid.firstEssay, grid.visibleEssays, essays)])
        drawFooter(&screen, layout.footer)
        guard grid.visibleEssays > 0 else {
            screen.put(TextFit.fit("no topics or no essays", layout.tree.width - 1, ellipsis: glyphs.ellipsis), x: 1, y: layout.tree.y, style: .dim)
            return
        }
        let cellText = max(1, grid.cellWidth - 1)
        for e in grid.firstEssay..<(grid.firstEssay + grid.visibleEssays) {
            guard let origin = grid.origin(topic: grid.firstTopic, essay: e) else { continue }
            var style = CellStyle.bold
            if e == state.essay { style.attributes.insert(.underline) }
            screen.put(TextFit.fit(safe(corpus.essays[e].label), cellText, ellipsis: glyphs.ellipsis), x: origin.x, y: grid.grid.y, style: style)
        }
        for t in grid.firstTopic..<(grid.firstTopic + grid.visibleTopics) {
            guard let rowOrigin = grid.origin(topic: t, essay: grid.firstEssay) else { continue }
            var titleStyle = CellStyle.bold
            if t == state.topic { titleStyle.attributes.insert(.underline) }
            screen.put(TextFit.fit(safe(corpus.topics[t].title), grid.labelWidth, ellipsis: glyphs.ellipsis), x: grid.grid.x, y: rowOrigin.y, style: titleStyle)
            for e in grid.firstEssay..<(grid.firstEssay + grid.visibleEssays) {
                guard let origin = grid.origin(topic: t, essay: e) else { continue }
                drawMatrixCell(&screen, state, topic: t, essay: e, x: origin.x, y: origin.y, width: cellText, height: grid.cellHeight)
            }
        }
        if let y = grid.separatorY {
            screen.put(String(repeating: glyphs.horizontal, count: layout.tree.width), x: layout.tree.x, y: y, style: .dim)
        }
        drawMatrixDetail(&screen, state, grid.detail)
    }

    func drawMatrixCell(_ screen: inout Screen, _ state: MatrixState, topic t: Int, essay e: Int, x: Int, y: Int, width: Int, height: Int) {
        let position = corpus.position(essay: e, topic: t)
        let selected = state.topic == t && state.essay == e
        // The cell marked with `x` (for the clashes of two essays) says so after its stance.
        let marked = state.marked == MatrixState.Cell(topic: t, essay: e)
        let label = positionLabel(essay: e, topic: t)
        let badge = TextFit.fit(label + (marked ? " \(glyphs.versus)" : ""), width, ellipsis: glyphs.ellipsis)
        var badgeStyle = StanceStyle.style(position.stance, options: options, selected: selected)
        if label != position.stance.label { badgeStyle.color = .plain }
        if marked { badgeStyle.attributes.insert(.underline) }
        screen.put(badge, x: x, y: y, style: badgeStyle, limit: x + width)
        let room = height - 1
        guard room > 0 else { return }
        let summary = position.stance == .silent ? "does not address this question" : safe(position.summary)
        let lines = TextFit.wrap(summary, width)
        for (i, line) in lines.prefix(room).enumerated() {
            let cut = i == room - 1 && lines.count > room
            var style = position.stance == .silent ? CellStyle.dim : CellStyle.plain
            if selected { style.attributes.insert(.bold) }
            screen.put(cut ? TextFit.fit(line + " " + glyphs.ellipsis, width, ellipsis: glyphs.ellipsis) : line,
                       x: x, y: y + 1 + i, style: style, limit: x + width)
        }
    }

    /// The selected cell in full: whose position on which question, the stance, the summary.
    func drawMatrixDetail(_ screen: inout Screen, _ state: MatrixState, _ rect: Rect) {
        guard rect.height > 0, rect.width > 2, corpus.topics.indices.contains(state.topic),
              corpus.essays.indices.contains(state.essay) else { return }
        let position = corpus.position(essay: state.essay, topic: state.topic)
        let width = rect.width - 2
        screen.put(TextFit.fit(safe(corpus.essays[state.essay].label) + " \(glyphs.dash) " + safe(corpus.topics[state.topic].question),
                               width, ellipsis: glyphs.ellipsis), x: rect.x + 1, y: rect.y, style: .bold)
        let summary = position.stance == .silent ? "does not address this question" : safe(position.summary)
        let label = positionLabel(essay: state.essay, topic: state.topic)
        let lines = TextFit.wrap(label + "  " + summary, width)
        for (i, line) in lines.prefix(rect.height - 1).enumerated() {
            let cut = i == rect.height - 2 && lines.count > rect.height - 1
            screen.put(cut ? TextFit.fit(line + " " + glyphs.ellipsis, width, ellipsis: glyphs.ellipsis) : line, x: rect.x + 1, y: rect.y + 1 + i)
        }
        if rect.height > 1 {
            var style = StanceStyle.style(position.stance, options: options)
            if label != position.stance.label { style.color = .plain }
            screen.paint(x: rect.x + 1, y: rect.y + 1, count: min(width, label.count), style: style)
        }
    }

    /// A cell's label: the stance, or `MAP` for a document on its own question.
    func positionLabel(essay e: Int, topic t: Int) -> String {
        corpus.positionIndex(essay: e, topic: t).map { corpus.stanceLabel(position: $0) } ?? corpus.position(essay: e, topic: t).stance.label
    }
}
