/// The command line's output for people: aligned, wrapped to the terminal's width, colour
/// only when asked. Every corpus string passes through `SafeText` before it is printed.
public struct TextReports: Sendable {
    public let corpus: Corpus
    public let style: TextStyle
    public let width: Int

    public init(corpus: Corpus, style: TextStyle, width: Int) {
        self.corpus = corpus
        self.style = style
        self.width = max(20, width)
    }

    func safe(_ s: String) -> String { SafeText.clean(s) }

    func known(_ s: String) -> String { s == Essay.unknown ? "unknown" : safe(s) }

    /// A heading wrapped to the width after `indent`, bold, and the id it names after it,
    /// `  [id]`, or on the line below when that line would not hold it: an id is never
    /// broken, since it is copied into commands.
    func heading(_ text: String, id: String, indent: String = "") -> String {
        let wrapped = TextLayout.wrap(text, width: width, indent: indent, firstIndent: TextLayout.width(indent))
        let tag = "[" + safe(id) + "]"
        // Lines after the first carry the indent already.
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
        let last = lines.count > 1 ? TextLayout.width(String(lines.last!)) : TextLayout.width(indent + wrapped)
        let fits = last + 2 + TextLayout.width(tag) <= width
        return indent + style.bold(wrapped) + (fits ? "  " + tag : "\n" + indent + tag) + "\n"
    }

    // MARK: list

    public func list() -> String {
        var out = style.bold("Essays") + "\n"
        let idWidth = corpus.essays.map { TextLayout.width($0.id) }.max() ?? 0
        for essay in corpus.essays {
            let head = "  " + TextLayout.pad(safe(essay.id), to: idWidth) + "  "
            // An unknown value is said to be unknown, dimmed, never quoted as if it were a title.
            func value(_ s: String, quoted: Bool = false) -> String {
                s == Essay.unknown || s.isEmpty ? style.dim("unknown") : quoted ? "“" + safe(s) + "”" : safe(s)
            }
            let body = [value(essay.author), value(essay.fullTitle, quoted: true), value(essay.outlet), value(essay.published)].joined(separator: " · ")
            out += head + TextLayout.wrap(body, width: width, indent: String(repeating: " ", count: TextLayout.width(head)), firstIndent: TextLayout.width(head)) + "\n"
        }
        out += "\n" + style.bold("Topics") + "\n"
        let topicWidth = corpus.topics.map { TextLayout.width($0.id) }.max() ?? 0
        for topic in corpus.topics {
            let head = "  " + TextLayout.pad(safe(topic.id), to: topicWidth) + "  "
            out += head + TextLayout.wrap(safe(topic.question), width: width, indent: String(repeating: " ", count: TextLayout.width(head)), firstIndent: TextLayout.width(head)) + "\n"
        }
        return out
    }

    // MARK: matrix

    /// The grid of stances on the corpus's own topics (topics down, essays across, then each
    /// cell in full), and, for the documents imported from other tools, each its own question,
    /// a list: title, claims, relations and the most contested claim.
    public func matrix() -> String {
        var out = ""
        let topics = corpus.layout.corpusTopics
        if !topics.isEmpty { out += grid(topics) }
        let documents = corpus.layout.documentTopics
        if !documents.isEmpty { out += (out.isEmpty ? "" : "\n") + documentList(documents) }
        return out
    }

    private func grid(_ topics: [Int]) -> String {
        var out = ""
        // The grid of stances: topics down, essays across.
        let labels = corpus.essays.map { safe($0.label) }
        let topicWidth = max(5, topics.map { TextLayout.width(safe(corpus.topics[$0].title)) }.max() ?? 5)
        // As wide as the longest label, but the grid must fit the width (a stance word at least).
        let fits = (width - topicWidth) / max(1, corpus.essays.count) - 2
        let columnWidth = max(7, min(labels.map(TextLayout.width).max() ?? 7, fits))
        let header = TextLayout.pad("", to: topicWidth) + labels.map { "  " + TextLayout.pad(TextLayout.truncate($0, width: columnWidth), to: columnWidth) }.joined()
        out += String(header.reversed().drop { $0 == " " }.reversed()) + "\n"
        for t in topics {
            out += style.bold(TextLayout.pad(safe(corpus.topics[t].title), to: topicWidth))
            for e in corpus.essays.indices {
                let last = e == corpus.essays.count - 1
                out += "  " + style.stance(corpus.position(essay: e, topic: t).stance, padded: last ? 0 : columnWidth)
            }
            out += "\n"
        }
        // Each cell in full.
        for t in topics {
            let topic = corpus.topics[t]
            out += "\n" + style.bold(safe(topic.title)) + " — " + TextLayout.wrap(safe(topic.question), width: width, indent: "  ", firstIndent: TextLayout.width(safe(topic.title)) + 3) + "\n"
            for (e, essay) in corpus.essays.enumerated() {
                let p = corpus.position(essay: e, topic: t)
                let head = "  " + stanceLabel(essay: e, topic: t, padded: 8) + " " + safe(essay.label) + ": "
                let headWidth = 2 + 9 + TextLayout.width(safe(essay.label)) + 2
                out += head + TextLayout.wrap(safe(p.summary), width: width, indent: String(repeating: " ", count: 11), firstIndent: headWidth) + "\n"
            }
        }
        return out
    }

    /// One entry per imported document: its title, how many claims and relations it holds, and
    /// the claim other voices oppose most. Counted in one pass over the claims and relations.
    private func documentList(_ documentTopics: [Int]) -> String {
        let stats = DocumentStats(corpus: corpus)
        var out = style.bold("Documents") + " — each its own question\n"
        for t in documentTopics {
            guard let e = corpus.topics[t].document else { continue }
            let essay = corpus.essays[e]
            let title = essay.title == Essay.unknown ? essay.label : essay.fullTitle
            out += "\n  " + style.bold(safe(title)) + "  " + style.dim(safe(essay.id)) + "\n"
            out += "    " + stats.counts(e) + "\n"
            if let c = stats.contested[e] {
                let head = "    most contested (⚔\(corpus.opponentCount(of: c))): "
                out += head + TextLayout.wrap(safe(corpus.claims[c].text), width: width, indent: "      ", firstIndent: TextLayout.width(head)) + "\n"
            }
        }
        return out
    }

    // MARK: show

    public func show(_ target: CorpusTarget) -> String {
        switch target {
        case .essay(let e): return showEssay(e)
        case .topic(let t): return showTopic(t)
        case .position(let p): return showPosition(p)
        case .claim(let c): return showClaim(c)
        }
    }

    func showEssay(_ e: Int) -> String {
        let essay = corpus.essays[e]
        var out = style.bold(known(essay.title)) + "\n"
        if let subtitle = essay.subtitle { out += safe(subtitle) + "\n" }
        out += "  id         \(safe(essay.id))\n  author     \(known(essay.author))\n  outlet     \(known(essay.outlet))\n"
        out += "  published  \(known(essay.published))\n  url        \(known(essay.url))\n  text       \(safe(essay.textPath))\n"
        out += "\nPositions\n"
        for t in corpus.layout.topics(of: e) {
            let p = corpus.position(essay: e, topic: t)
            let head = "  " + TextLayout.pad(safe(corpus.topics[t].title), to: 10) + " " + stanceLabel(essay: e, topic: t, padded: 8) + " "
            out += head + TextLayout.wrap(safe(p.summary), width: width, indent: String(repeating: " ", count: 22), firstIndent: 22) + "\n"
        }
        return out
    }

    func showTopic(_ t: Int) -> String {
        let topic = corpus.topics[t]
        var out = style.bold(safe(topic.title)) + " (" + safe(topic.id) + ")\n" + TextLayout.wrap(safe(topic.question), width: width) + "\n\n"
        for e in corpus.layout.essays(on: t) {
            let p = corpus.position(essay: e, topic: t)
            let head = "  " + stanceLabel(essay: e, topic: t, padded: 8) + " " + safe(corpus.essays[e].label) + ": "
            out += head + TextLayout.wrap(safe(p.summary), width: width, indent: String(repeating: " ", count: 11), firstIndent: 13 + TextLayout.width(safe(corpus.essays[e].label))) + "\n"
        }
        return out
    }

    /// The label of an essay's position on a topic (its stance, or `MAP` for a document on
    /// its own question; SILENT where it holds none).
    func stanceLabel(essay e: Int, topic t: Int, padded: Int) -> String {
        guard let p = corpus.positionIndex(essay: e, topic: t) else { return style.stance(.silent, padded: padded) }
        return style.stance(of: p, in: corpus, padded: padded)
    }

    func showPosition(_ index: Int) -> String {
        let p = corpus.positions[index]
        let essay = corpus.essays[p.essay]
        var out = style.bold(safe(corpus.topics[p.topic].title)) + " · " + safe(essay.label) + " · " + style.stance(of: index, in: corpus) + "\n"
        out += TextLayout.wrap(safe(p.summary), width: width) + "\n"
        guard let root = p.mainClaim else {
            return out + style.dim("The essay does not address this question.") + "\n"
        }
        out += "\n"
        // Indented while a line keeps room for its words; deeper, a branch continues below.
        let maxDepth = min(IndentedTree.maxDepth, max(4, (width - 30) / 2))
        IndentedTree.walk(from: root, maxDepth: maxDepth, children: { corpus.claims[$0.claim].children }) { row in
            let claim = corpus.claims[row.claim]
            let glyph = row.resumed ? "(continued)" : claim.link?.rawValue ?? "▶"
            let count = corpus.opponentCount(of: row.claim)
            let indent = String(repeating: "  ", count: row.depth + 1)
            let line = glyph + " " + safe(claim.text) + (count > 0 ? "  ⚔\(count)" : "") + "  [\(safe(claim.id))]"
                + (row.continuesBelow ? "  (continued below)" : "")
            out += indent + TextLayout.wrap(line, width: width, indent: indent + String(repeating: " ", count: TextLayout.width(glyph) + 1), firstIndent: indent.count) + "\n"
        }
        return out
    }

    func showClaim(_ c: Int) -> String {
        let claim = corpus.claims[c]
        let essay = corpus.essays[claim.essay]
        var out = style.bold(TextLayout.wrap(safe(claim.text), width: width)) + "\n"
        out += "  id        \(safe(claim.id))\n"
        out += "  position  \(safe(corpus.topics[claim.topic].title)) · \(safe(essay.label)) · \(style.stance(corpus.positions[claim.position].stance))\n"
        if let parent = claim.parent, let link = claim.link {
            out += "  under     \(link.rawValue) \(safe(corpus.claims[parent].id))\n"
        }
        if let quote = claim.quote {
            out += "\n" + TextLayout.wrap("“" + safe(quote.text) + "”", width: width, indent: "  ", firstIndent: 2).split(separator: "\n").map { "  " + $0.drop { $0 == " " } }.joined(separator: "\n") + "\n"
            out += "    — " + safe(essay.source.isEmpty ? essay.label : essay.source) + "\n"
        }
        let relations = corpus.relations(of: c)
        if !relations.isEmpty {
            out += "\nRelations\n"
            for r in relations {
                let other = corpus.claims[r.other]
                let head = "  " + TextLayout.pad(r.phrase, to: 13) + " "
                // An opposing claim of the claim's own voice is its argument's objection, not opposition.
                let own = r.kind.isOpposing && !r.otherVoice ? " (\(essay.voices.within))" : ""
                let across = other.topic != claim.topic ? " (" + safe(corpus.topics[other.topic].title) + ")" : ""
                let body = safe(corpus.essays[other.essay].label) + across + own + ": " + safe(other.text) + " [" + safe(other.id) + "]"
                out += head + TextLayout.wrap(body, width: width, indent: String(repeating: " ", count: 16), firstIndent: 16) + "\n"
            }
        }
        return out
    }

    // MARK: opposing

    public func opposing(_ c: Int) -> String {
        let claim = corpus.claims[c]
        let voices = corpus.essays[claim.essay].voices
        var out = heading(safe(claim.text), id: claim.id)
        let opponents = corpus.opponents(of: c), own = corpus.ownObjections(of: c)
        if opponents.isEmpty {
            out += "\nNo claim of \(voices.others) opposes it.\n"
        } else {
            out += "\n\(opponents.count) opposing claim\(opponents.count == 1 ? "" : "s") of \(voices.others):\n"
            for r in opponents { out += opposingEntry(r, from: claim) }
        }
        if !own.isEmpty {
            out += "\n\(own.count) objection\(own.count == 1 ? "" : "s") \(voices.within) (its own argument, not opposition):\n"
            for r in own { out += opposingEntry(r, from: claim) }
        }
        return out
    }

    /// One opposing claim: essay, question (marked when it is another question), relation, text, quote.
    private func opposingEntry(_ r: ClaimRelation, from claim: Claim) -> String {
        let other = corpus.claims[r.other]
        let question = safe(corpus.topics[other.topic].title) + (other.topic != claim.topic ? " (another question)" : "")
        var out = "\n" + heading(safe(corpus.essays[other.essay].label) + " · " + question + " · " + r.otherSidePhrase, id: other.id, indent: "  ")
        out += "  " + TextLayout.wrap(safe(other.text), width: width, indent: "  ", firstIndent: 2) + "\n"
        if let quote = other.quote {
            out += "    " + style.dim(TextLayout.wrap("“" + safe(quote.text) + "”", width: width, indent: "    ", firstIndent: 4)) + "\n"
        }
        return out
    }

    // MARK: search

    public func search(_ query: String, hits: [SearchIndex.Hit]) -> String {
        if hits.isEmpty { return "No match for “\(safe(query))”.\n" }
        var out = "\(hits.count) match\(hits.count == 1 ? "" : "es") for “\(safe(query))”:\n"
        for hit in hits {
            let (where_, id, text): (String, String, String)
            switch hit.field {
            case .claim, .quote:
                let claim = corpus.claims[hit.index]
                where_ = safe(corpus.essays[claim.essay].label) + " · " + safe(corpus.topics[claim.topic].title) + " · " + hit.field.rawValue
                id = claim.id
                text = hit.field == .claim ? claim.text : "“" + (claim.quote?.text ?? "") + "”"
            case .summary:
                let p = corpus.positions[hit.index]
                where_ = safe(corpus.essays[p.essay].label) + " · " + safe(corpus.topics[p.topic].title) + " · summary"
                id = corpus.positionID(hit.index)
                text = p.summary
            case .title, .author:
                let essay = corpus.essays[hit.index]
                where_ = safe(essay.label) + " · " + hit.field.rawValue
                id = essay.id
                text = hit.field == .title ? essay.title : essay.author
            }
            out += "\n" + heading(where_, id: id, indent: "  ") + "  " + TextLayout.wrap(safe(text), width: width, indent: "  ", firstIndent: 2) + "\n"
        }
        return out
    }
}
