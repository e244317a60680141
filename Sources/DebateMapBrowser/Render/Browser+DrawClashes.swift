import DebateMap

/// Drawing the clash view: pairs of essays that disagree, each with its stances and the claim
/// pairs that clash under it, or the most contested claims; the selected row in full below.
/// On small terminals the lower pane goes first, then the stances shorten to one letter.
extension Browser {
    func drawClashes(_ screen: inout Screen, _ state: ClashState) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let pairs = state.clashes.pairs
        var header = ["Clashes"]
        if let scope = state.scope { header.append(scope) }
        if state.showRanking {
            header.append("most contested: \(state.ranking.entries.count) claim\(state.ranking.entries.count == 1 ? "" : "s")")
        } else {
            header.append("\(pairs.count) pair\(pairs.count == 1 ? "" : "s") \(glyphs.dot) \(state.clashes.count) clash\(state.clashes.count == 1 ? "" : "es")")
        }
        let (list, pane) = clashRects(state)
        let rows = state.rows
        let top = min(state.top, max(0, rows.count - list.height))
        // Without the lower pane, the header says which rows are shown (the pane's separator
        // says it otherwise).
        if pane.height == 0, rows.count > list.height, list.height > 0 {
            header.insert("\(top + 1)\(glyphs.range)\(min(rows.count, top + list.height)) of \(rows.count)", at: header.count - 1)
        }
        drawHeader(&screen, layout.header, header)
        drawFooter(&screen, layout.footer)
        guard list.width > 2, list.height > 0 else { return }
        if rows.isEmpty {
            let empty = state.showRanking ? "no claim here is opposed by another voice" : "no essays clash here"
            screen.put(TextFit.fit(empty, list.width - 1, ellipsis: glyphs.ellipsis), x: list.x + 1, y: list.y, style: .dim)
        }
        for row in 0..<list.height {
            let i = top + row
            guard rows.indices.contains(i) else { break }
            drawClashRow(&screen, state, rows[i], selected: i == state.selection, x: list.x, y: list.y + row, width: list.width)
        }
        guard pane.height > 0, let row = state.selectedRow else { return }
        drawListSeparator(&screen, y: pane.y - 1, width: pane.width, above: top, below: rows.count - top - list.height)
        switch row {
        case .clash(let p, let i):
            // The two claims side by side, as versus shows them.
            let clash = pairs[p].clashes[i]
            let half = (pane.width - 1) / 2
            let left = Rect(x: pane.x, y: pane.y, width: half, height: pane.height)
            let right = Rect(x: pane.x + half + 1, y: pane.y, width: pane.width - half - 1, height: pane.height)
            claimCard(clash.left, width: left.width - 2).draw(&screen, left, top: state.paneTop, glyphs: glyphs)
            for y in pane.y..<(pane.y + pane.height) { screen.put(glyphs.vertical, x: right.x - 1, y: y, style: .dim) }
            claimCard(clash.right, width: right.width - 2, from: clash.left).draw(&screen, right, top: state.paneTop, glyphs: glyphs)
        default:
            clashPane(state, width: pane.width - 1).draw(&screen, pane, top: state.paneTop, glyphs: glyphs)
        }
    }

    /// How many lines the lower pane has for the selected row, at a pane width.
    func clashPaneCount(_ state: ClashState, width: Int) -> Int {
        guard case .clash(let p, let i)? = state.selectedRow else { return clashPane(state, width: width - 1).count }
        let clash = state.clashes.pairs[p].clashes[i]
        let half = (width - 1) / 2
        return max(claimCard(clash.left, width: half - 2).count, claimCard(clash.right, width: width - half - 3, from: clash.left).count)
    }

    /// The lower pane's text for a row that is not a claim pair (a claim pair is drawn as two
    /// cards, `clashPaneCount` counts the taller).
    func clashPane(_ state: ClashState, width: Int) -> PaneLines {
        var lines = PaneLines(width: width)
        switch state.selectedRow {
        case .pair(let p)?:
            let pair = state.clashes.pairs[p]
            if let t = pair.topic {
                for e in [pair.left, pair.right] {
                    let position = corpus.position(essay: e, topic: t)
                    lines.add(safe(corpus.essays[e].label) + " \(glyphs.dash) " + position.stance.label, .bold)
                    lines.add(safe(position.summary))
                }
            } else {
                lines.add("\(safe(corpus.essays[pair.left].label)) and \(safe(corpus.essays[pair.right].label)) clash across questions: a claim on one question answers a claim on another.", .dim)
            }
        case .clash?: break
        case .ranked(let i)?:
            let entry = state.ranking.entries[i]
            lines = claimCard(entry.claim, width: width)
            lines.add("opposed by \(entry.opposedBy) claim\(entry.opposedBy == 1 ? "" : "s") of other voices, supported by \(entry.supportedBy): " +
                      essayTally(corpus.opponents(of: entry.claim).map { corpus.claims[$0.other].essay }), .dim)
        case nil: break
        }
        return lines
    }

    func drawClashRow(_ screen: inout Screen, _ state: ClashState, _ row: ClashState.Row, selected: Bool, x: Int, y: Int, width: Int) {
        var style = CellStyle.plain
        if selected {
            style.attributes.insert(.reverse)
            screen.paint(x: x, y: y, count: width, style: style)
        }
        var bold = style
        bold.attributes.insert(.bold)
        var dim = style
        dim.attributes.insert(.dim)
        let right = x + width
        let short = width < 60
        func stance(_ e: Int, _ t: Int) -> String {
            let label = corpus.position(essay: e, topic: t).stance.label
            return short ? String(label.prefix(1)) : label
        }
        switch row {
        case .pair(let p):
            let pair = state.clashes.pairs[p]
            var col = screen.put(state.folded.contains(p) ? glyphs.closed : glyphs.open, x: x + 1, y: y, style: style, limit: right) + 1
            let count = " \(pair.clashes.count)"
            let limit = right - DisplayWidth.of(count) - 1
            if state.scope == nil || pair.topic == nil {
                let where_ = pair.topic.map { safe(corpus.topics[$0].title) } ?? "Across questions"
                col = screen.put(TextFit.fit(where_ + ": ", max(0, limit - col), ellipsis: glyphs.ellipsis), x: col, y: y, style: dim, limit: limit)
            }
            var text = safe(corpus.essays[pair.left].label)
            if let t = pair.topic { text += " " + stance(pair.left, t) }
            text += " \(glyphs.versus) "
            if let t = pair.topic { text += stance(pair.right, t) + " " }
            text += safe(corpus.essays[pair.right].label)
            screen.put(TextFit.fit(text, max(0, limit - col), ellipsis: glyphs.ellipsis), x: col, y: y, style: bold, limit: limit)
            screen.put(count, x: right - DisplayWidth.of(count) - 1, y: y, style: bold, limit: right)
        case .clash(let p, let i):
            let clash = state.clashes.pairs[p].clashes[i]
            let col = screen.put(glyphs.crossed, x: x + 3, y: y, style: bold, limit: right) + 1
            let phrase = " " + clash.phrase + " "
            let room = max(0, right - col - 1 - DisplayWidth.of(phrase))
            let leftText = safe(corpus.claims[clash.left].text), rightText = safe(corpus.claims[clash.right].text)
            let half = room / 2
            var c = screen.put(TextFit.pad(leftText, half, ellipsis: glyphs.ellipsis), x: col, y: y, style: style, limit: right)
            c = screen.put(phrase, x: c, y: y, style: dim, limit: right)
            let across = corpus.claims[clash.left].topic != corpus.claims[clash.right].topic
            let rightShown = (across ? safe(corpus.topics[corpus.claims[clash.right].topic].title) + ": " : "") + rightText
            screen.put(TextFit.fit(rightShown, room - half, ellipsis: glyphs.ellipsis), x: c, y: y, style: style, limit: right)
        case .ranked(let i):
            let entry = state.ranking.entries[i]
            let claim = corpus.claims[entry.claim]
            let counts = "\(glyphs.crossed)\(entry.opposedBy) +\(entry.supportedBy)"
            var col = screen.put(TextFit.pad(counts, max(8, DisplayWidth.of(counts)) + 1), x: x + 1, y: y, style: bold, limit: right)
            let who = safe(corpus.essays[claim.essay].label) + " \(glyphs.dot) " + safe(corpus.topics[claim.topic].title)
            col = screen.put(TextFit.fit(who, max(0, (right - col) / 3 - 3), ellipsis: glyphs.ellipsis) + " \(glyphs.dash) ", x: col, y: y, style: dim, limit: right)
            screen.put(TextFit.fit(safe(claim.text), right - col - 1, ellipsis: glyphs.ellipsis), x: col, y: y, style: style, limit: right)
        }
    }
}
