import DebateMap

/// Drawing the versus view: a claim and one of its opponents side by side.
extension Browser {
    func drawVersus(_ screen: inout Screen) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let opponents = corpus.opponents(of: versusOrigin)
        guard !opponents.isEmpty else { return }
        let relation = opponents[opponents.startIndex + versusIndex % opponents.count]
        let left = safe(corpus.essays[corpus.claims[versusOrigin].essay].label)
        let right = safe(corpus.essays[corpus.claims[relation.other].essay].label)
        drawHeader(&screen, layout.header, ["Versus", "\(versusIndex % opponents.count + 1)/\(opponents.count)", "\(left) \(relation.phrase) \(right)"])
        drawFooter(&screen, layout.footer)
        let body = layout.tree
        guard body.width >= 3, body.height > 0 else { return }
        let half = (body.width - 1) / 2
        drawClaimCard(&screen, versusOrigin, Rect(x: body.x, y: body.y, width: half, height: body.height))
        for y in body.y..<(body.y + body.height) { screen.put(glyphs.vertical, x: body.x + half, y: y, style: .dim) }
        drawClaimCard(&screen, relation.other, Rect(x: body.x + half + 1, y: body.y, width: body.width - half - 1, height: body.height))
    }

    /// A claim with its essay, stance, quote and source, for the versus view.
    func drawClaimCard(_ screen: inout Screen, _ c: Int, _ rect: Rect) {
        let claim = corpus.claims[c]
        let essay = corpus.essays[claim.essay]
        let position = corpus.positions[claim.position]
        var lines: [(String, CellStyle)] = []
        let width = max(1, rect.width - 2)
        func add(_ text: String, _ style: CellStyle) { for l in TextFit.wrap(text, width) { lines.append((l, style)) } }
        add(safe(essay.label) + " \(glyphs.dot) " + safe(corpus.topics[claim.topic].title), .bold)
        lines.append((position.stance.label, StanceStyle.style(position.stance, options: options)))
        lines.append(("", .plain))
        add(safe(claim.text), .bold)
        if let quote = claim.quote {
            lines.append(("", .plain))
            add(glyphs.openQuote + safe(quote.text) + glyphs.closeQuote, CellStyle(attributes: [.underline]))
        }
        lines.append(("", .plain))
        add("\(glyphs.dash) " + sourceLine(essay), .dim)
        for (i, line) in lines.prefix(rect.height).enumerated() {
            screen.put(line.0, x: rect.x + 1, y: rect.y + i, style: line.1, limit: rect.x + rect.width)
        }
    }
}
