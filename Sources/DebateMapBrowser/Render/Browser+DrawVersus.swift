import DebateMap

/// Drawing the versus view: a claim and one of its opposing claims side by side, scrolled
/// together, each with its essay, question, stance, quote and source.
extension Browser {
    /// The two cards' rectangles in the body.
    func versusCards(_ body: Rect) -> (left: Rect, right: Rect) {
        let half = (body.width - 1) / 2
        return (Rect(x: body.x, y: body.y, width: half, height: body.height),
                Rect(x: body.x + half + 1, y: body.y, width: body.width - half - 1, height: body.height))
    }

    /// How many lines the taller of the two cards has.
    func versusLineCount(_ state: VersusState, body: Rect) -> Int {
        let opposing = corpus.allOpposing(of: state.origin)
        guard !opposing.isEmpty, body.width >= 3 else { return 0 }
        let other = opposing[opposing.startIndex + state.index % opposing.count].other
        let (left, right) = versusCards(body)
        return max(claimCard(state.origin, width: left.width - 2).count, claimCard(other, width: right.width - 2, from: state.origin).count)
    }

    func drawVersus(_ screen: inout Screen, _ state: VersusState) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let opposing = corpus.allOpposing(of: state.origin)
        guard !opposing.isEmpty else { return }
        let relation = opposing[opposing.startIndex + state.index % opposing.count]
        let origin = corpus.claims[state.origin]
        let left = safe(corpus.essays[origin.essay].label)
        let right = safe(corpus.essays[corpus.claims[relation.other].essay].label)
        var what = "\(left) \(relation.phrase) \(right)"
        if !relation.otherVoice { what += " (\(corpus.essays[origin.essay].voices.within))" }
        if corpus.claims[relation.other].topic != origin.topic { what += " \(glyphs.dot) across questions" }
        drawHeader(&screen, layout.header, ["Versus", "\(state.index % opposing.count + 1)/\(opposing.count)", what])
        drawFooter(&screen, layout.footer)
        let body = layout.tree
        guard body.width >= 3, body.height > 0 else { return }
        let (l, r) = versusCards(body)
        claimCard(state.origin, width: l.width - 2).draw(&screen, l, top: state.top, glyphs: glyphs)
        for y in body.y..<(body.y + body.height) { screen.put(glyphs.vertical, x: r.x - 1, y: y, style: .dim) }
        claimCard(relation.other, width: r.width - 2, from: state.origin).draw(&screen, r, top: state.top, glyphs: glyphs)
    }

    /// A claim with its essay, question, stance, quote and source, for versus, the picker and
    /// the clash view. `from`: the claim it is set against, to name its question when it is another.
    func claimCard(_ c: Int, width: Int, from: Int? = nil) -> PaneLines {
        let claim = corpus.claims[c]
        let essay = corpus.essays[claim.essay]
        let position = corpus.positions[claim.position]
        var lines = PaneLines(width: width)
        let across = from.map { corpus.claims[$0].topic != claim.topic } ?? false
        lines.add(safe(essay.label) + " \(glyphs.dot) " + safe(corpus.topics[claim.topic].title) + (across ? " (another question)" : ""), .bold)
        lines.add(position.stance.label, StanceStyle.style(position.stance, options: options))
        lines.gap()
        lines.add(safe(claim.text), .bold)
        if let quote = claim.quote {
            lines.gap()
            lines.add(glyphs.openQuote + safe(quote.text) + glyphs.closeQuote, CellStyle(attributes: [.underline]))
        }
        lines.gap()
        lines.add("\(glyphs.dash) " + sourceLine(essay), .dim)
        return lines
    }
}
