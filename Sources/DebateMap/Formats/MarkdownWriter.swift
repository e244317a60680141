/// Writes a corpus as a Markdown outline: a section per topic with its question, under it
/// each document's stance and summary, then the claim tree as a nested list whose items say
/// how each claim bears on its parent (**pro**, **con**, …) and which claims oppose it.
public struct MarkdownWriter {
    public var corpus: Corpus

    public init(corpus: Corpus) { self.corpus = corpus }

    public func write() -> String {
        var out = "# " + MarkdownWriter.escape(corpus.title.isEmpty ? "Debate map" : corpus.title) + "\n"
        for (t, topic) in corpus.topics.enumerated() {
            out += "\n## " + MarkdownWriter.escape(topic.title) + "\n\n"
            if topic.question != topic.title { out += "*" + MarkdownWriter.escape(topic.question) + "*\n\n" }
            for e in corpus.layout.essays(on: t) {
                let essay = corpus.essays[e]
                let position = corpus.position(essay: e, topic: t)
                if position.stance == .silent && position.mainClaim == nil { continue }
                let name = essay.title == Essay.unknown ? essay.label : essay.fullTitle
                out += "### " + MarkdownWriter.escape(name) + " — " + position.stance.label + "\n\n"
                if !essay.source.isEmpty { out += MarkdownWriter.escape(essay.source) + "\n\n" }
                if !position.summary.isEmpty { out += MarkdownWriter.escape(position.summary) + "\n\n" }
                guard let root = position.mainClaim else { continue }
                // Indented at most `IndentedTree.maxDepth` levels: a deeper branch continues
                // in a list of its own after the tree.
                IndentedTree.walk(from: root, children: { corpus.claims[$0.claim].children }) { row in
                    if row.resumed, row.depth == 0 { out += "\n" }
                    out += String(repeating: "  ", count: row.depth) + "- " + (row.resumed ? "*(continued)* " : "") + item(row.claim)
                        + (row.continuesBelow ? " *(continued below)*" : "") + "\n"
                }
                out += "\n"
            }
        }
        return out
    }

    func item(_ c: Int) -> String {
        let claim = corpus.claims[c]
        var line = ""
        switch claim.link {
        case .supports?: line += "**pro** "
        case .attacks?: line += "**con** "
        case .supportedByParent?: line += "**supports it:** "
        case .attackedByParent?: line += "**attacks it:** "
        case .contradicts?: line += "**contradicts** "
        case nil: break
        }
        switch claim.kind {
        case .argument: line += "<" + MarkdownWriter.escape(claim.title) + ">: "
        case .group: return line + "**" + MarkdownWriter.escape(claim.text) + "**"
        case .reference: line += "see "
        case .premise, .conclusion, .statement: break
        }
        line += MarkdownWriter.escape(claim.text)
        if let q = claim.quote { line += " — “" + MarkdownWriter.escape(q.text) + "”" }
        if let s = claim.source { line += " (" + MarkdownWriter.escape(s) + ")" }
        if let rule = claim.inferenceRule { line += " *[by " + MarkdownWriter.escape(rule) + "]*" }
        let target = claim.refersTo ?? c
        let opponents = corpus.opponents(of: target)
        if claim.kind != .reference, !opponents.isEmpty {
            line += " *(opposed by " + opponents.map { "`" + corpus.claims[$0.other].id + "`" }.joined(separator: ", ") + ")*"
        }
        return line
    }

    /// Markdown's special characters escaped, line breaks as spaces, and what must never reach
    /// a terminal raw (`SafeText`: controls, ESC, bidi overrides) as its visible placeholder:
    /// a Markdown file is read with `cat` too.
    public static func escape(_ s: String) -> String {
        return SafeText.escaped(ByteRewrite.foldingCRLF(s)) { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"): return "\\" + String(UnicodeScalar(byte))
            case 0x0A, 0x0D: return " "
            default: return nil
            }
        }
    }
}
