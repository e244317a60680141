import DebateMap

/// The map as an indented outline, for when standard output is not a terminal: topics,
/// each essay's stance and summary, and the claim trees with relation glyphs and how many
/// claims oppose each. Plain text to pipe and grep.
///
///     print(Outline.text(corpus: corpus, ascii: false))
///     // Tram — Should the city build the harbour tram line?
///     //   FOR      Müller — The city should build the tram because …
///     //     ▶ The city should build the harbour tram.  ⚔2
public enum Outline {
    public static func text(corpus: Corpus, ascii: Bool = false) -> String {
        let g = ascii ? Glyphs.ascii : Glyphs.unicode
        func safe(_ s: String) -> String { SafeText.clean(s) }
        let markers = LinkMarkers(corpus: corpus)
        var out = ""
        for (t, topic) in corpus.topics.enumerated() {
            out += safe(topic.title) + (topic.hasOwnQuestion ? " \(g.dash) \(safe(topic.question))" : "") + "\n"
            for e in corpus.layout.essays(on: t) {
                let essay = corpus.essays[e]
                let position = corpus.position(essay: e, topic: t)
                let what = position.stance == .silent ? "does not address this question" : safe(position.summary)
                let label = corpus.positionIndex(essay: e, topic: t).map { corpus.stanceLabel(position: $0) } ?? position.stance.label
                out += "  \(label.padding(toLength: 8, withPad: " ", startingAt: 0)) \(safe(essay.label)) \(g.dash) \(what)\n"
                guard let root = position.mainClaim else { continue }
                IndentedTree.walk(from: root, depth: 2, children: { corpus.claims[$0.claim].children }) { row in
                    let claim = corpus.claims[row.claim]
                    // A reference row stands for its claim: that claim's text and opponents.
                    var shown = row.claim, prefix = ""
                    if claim.kind == .reference, let target = claim.refersTo, corpus.claims.indices.contains(target) {
                        shown = target
                        prefix = g.reference + " "
                    } else if claim.kind == .conclusion {
                        prefix = g.therefore + " "
                    }
                    let count = corpus.opponentCount(of: shown)
                    let glyph = row.resumed ? "(continued)" : markers.marker(row: row.claim) ?? g.main
                    out += String(repeating: "  ", count: row.depth) + glyph + " " + prefix + safe(corpus.claims[shown].text)
                        + (count > 0 ? "  \(g.crossed)\(count)" : "") + (row.continuesBelow ? "  (continued below)" : "") + "\n"
                }
            }
            out += "\n"
        }
        return out
    }
}
