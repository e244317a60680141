/// `debatemap clashes` for people: where the essays disagree, question by question, pair by
/// pair, each clash with both claims, their quotes and sources; and the most contested claims.
extension TextReports {
    public func clashes(_ clashes: Clashes) -> String {
        if clashes.pairs.isEmpty { return "No claims of different essays oppose each other here.\n" }
        var out = ""
        var group: Int?? = .none
        for pair in clashes.pairs {
            if group != .some(pair.topic) {
                group = .some(pair.topic)
                if !out.isEmpty { out += "\n" }
                if let t = pair.topic {
                    out += style.bold(safe(corpus.topics[t].title)) + " — " + TextLayout.wrap(safe(corpus.topics[t].question), width: width - TextLayout.width(corpus.topics[t].title) - 3) + "\n"
                } else {
                    out += style.bold("Across questions") + " — a claim on one question answers a claim on another\n"
                }
            }
            let left = safe(corpus.essays[pair.left].label), right = safe(corpus.essays[pair.right].label)
            let sides = pair.topic.map { t in
                left + " " + style.stance(corpus.position(essay: pair.left, topic: t).stance) + " ⟷ "
                    + style.stance(corpus.position(essay: pair.right, topic: t).stance) + " " + right
            } ?? left + " ⟷ " + right
            out += "\n  " + style.bold(sides) + "  " + style.dim("\(pair.clashes.count) clash\(pair.clashes.count == 1 ? "" : "es")") + "\n"
            for clash in pair.clashes {
                out += "\n" + clashSide(clash.left, across: pair.isAcrossQuestions, lead: "    ⚔ ")
                out += "      " + style.dim(clash.phrase) + "\n"
                out += clashSide(clash.right, across: pair.isAcrossQuestions, lead: "      ")
            }
        }
        return out
    }

    /// One side of a clash: essay (and question, across questions), text, id, quote, source.
    private func clashSide(_ c: Int, across: Bool, lead: String) -> String {
        let claim = corpus.claims[c]
        let essay = corpus.essays[claim.essay]
        let indent = String(repeating: " ", count: TextLayout.width(lead))
        let who = safe(essay.label) + (across ? " (" + safe(corpus.topics[claim.topic].title) + ")" : "") + ": "
        var out = lead + TextLayout.wrap(who + safe(claim.text) + "  [" + safe(claim.id) + "]", width: width, indent: indent, firstIndent: TextLayout.width(lead)) + "\n"
        if let quote = claim.quote {
            out += indent + "  " + style.dim(TextLayout.wrap("“" + safe(quote.text) + "” — " + safe(essay.source.isEmpty ? essay.label : essay.source),
                                                          width: width, indent: indent + "  ", firstIndent: TextLayout.width(indent) + 2)) + "\n"
        }
        return out
    }

    /// The claims other voices oppose, most opposed first, with how many other voices support each.
    public func contested(_ ranking: ContestedClaims) -> String {
        if ranking.entries.isEmpty { return "No claim here is opposed by a claim of another essay.\n" }
        var out = style.bold("Most contested claims") + style.dim("  (opposed · supported, by other essays)") + "\n\n"
        for entry in ranking.entries {
            let claim = corpus.claims[entry.claim]
            let head = "  " + TextLayout.pad("⚔\(entry.opposedBy) +\(entry.supportedBy)", to: 8) + "  "
            let body = safe(corpus.essays[claim.essay].label) + " · " + safe(corpus.topics[claim.topic].title) + ": " + safe(claim.text) + "  [" + safe(claim.id) + "]"
            out += head + TextLayout.wrap(body, width: width, indent: String(repeating: " ", count: TextLayout.width(head)), firstIndent: TextLayout.width(head)) + "\n"
        }
        return out
    }
}
