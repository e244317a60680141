import DebateMap

/// The detail pane's text: everything about the selected node, wrapped to the pane, drawn a
/// window at a time (`PaneLines`), so nothing is cut off without a marker saying so.
extension Browser {
    func detailLines(width: Int) -> PaneLines {
        var lines = PaneLines(width: width)
        guard let node = selectedNode, width > 1 else { return lines }
        switch node {
        case .topic(let t):
            let topic = corpus.topics[t]
            lines.add(safe(topic.title) + (topic.hasOwnQuestion ? " \(glyphs.dash) " + safe(topic.question) : ""), .bold)
            if topic.document == nil {
                // One pass reading each position's stance in place (this is drawn on every
                // keypress while a question is selected; four filters copying every position
                // cost milliseconds on large corpora).
                let stances = Array(Stance.allCases)
                var tally = [Int](repeating: 0, count: stances.count)
                for e in corpus.layout.essays(on: t) {
                    if let k = stances.firstIndex(of: corpus.position(essay: e, topic: t).stance) { tally[k] += 1 }
                }
                let counts = stances.indices.map { "\(stances[$0].label) \(tally[$0])" }
                lines.add(counts.joined(separator: " \(glyphs.dot) "), .dim)
            }
        case .essay(let e):
            let essay = corpus.essays[e]
            lines.add(known(essay.title) ?? "Untitled", .bold)
            if let subtitle = essay.subtitle { lines.add(safe(subtitle)) }
            lines.add([known(essay.author) ?? "author unknown", known(essay.outlet) ?? "outlet unknown", known(essay.published) ?? "date unknown"].joined(separator: ", "))
            if let url = known(essay.url) { lines.add(url, .dim) }
        case .position(let p):
            let position = corpus.positions[p]
            let essay = corpus.essays[position.essay]
            if corpus.isOwnQuestion(position: p) {
                lines.add(safe(corpus.topics[position.topic].question), .bold)
            } else {
                lines.add(position.stance.label + " \(glyphs.dash) " + safe(corpus.topics[position.topic].question), StanceStyle.style(position.stance, options: options))
            }
            lines.add(safe(position.summary))
            lines.add("\(glyphs.dash) " + sourceLine(essay), .dim)
        case .claim(let row):
            if corpus.claims[row].kind == .reference, resolved(row) != row {
                lines.add("\(glyphs.reference) a reference to this claim: Enter goes to it", .dim)
            }
            let c = resolved(row)
            let claim = corpus.claims[c]
            let essay = corpus.essays[claim.essay]
            lines.add(kindPrefix(claim.kind) + safe(claim.text), .bold)
            if let speaker = claim.source.flatMap(known) { lines.add("put forward by " + speaker, .dim) }
            if let rule = claim.inferenceRule.flatMap(known) { lines.add("inferred by " + rule, .dim) }
            if let quote = claim.quote {
                lines.add(glyphs.openQuote + safe(quote.text) + glyphs.closeQuote, CellStyle(attributes: [.underline]))
                lines.add("  \(glyphs.dash) " + sourceLine(essay), .dim)
            }
            let opponents = corpus.opponents(of: c)
            if !opponents.isEmpty {
                lines.add("Opposed by \(opponents.count): " + essayTally(opponents.map { corpus.claims[$0.other].essay }))
            }
            // Other voices' opposition, then the claim's own objections, then support.
            for r in corpus.relations(of: c) {
                let other = corpus.claims[r.other]
                let own = r.kind.isOpposing && !r.otherVoice ? " (\(essay.voices.within))" : ""
                let across = other.topic != claim.topic ? " on \(safe(corpus.topics[other.topic].title))" : ""
                lines.add("\(r.phrase) \(safe(corpus.essays[other.essay].label))\(across)\(own): \(safe(other.text))", r.kind.isOpposing && r.otherVoice ? .plain : .dim)
            }
        }
        return lines
    }
}
