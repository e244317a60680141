/// Writes a corpus as a Graphviz DOT graph: one cluster per document (essay), a node per
/// claim, an edge per relation.
///
/// Stances colour the clusters (for green, against red, mixed orange, silent grey, after the
/// position of the document's first non-silent topic); relations are styled by kind: supports
/// green solid, attacks red solid (dashed for an undercut), contradicts red dashed both ways.
/// Arguments are boxes with rounded corners, groups plain boxes, statements ellipses; tree
/// edges to groups are grey dotted lines. Reference rows are left out: their relations are
/// the claims'.
///
///     debatemap export --to dot | dot -Tsvg > map.svg
public struct DOTWriter {
    public var corpus: Corpus

    public init(corpus: Corpus) { self.corpus = corpus }

    public func write() -> String {
        var out = "digraph debatemap {\n"
        out += "  graph [rankdir=BT, fontname=\"Helvetica\", label=\(DOTWriter.quoted(corpus.title)), labelloc=t];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, style=filled, fillcolor=white];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        // Each essay's claims, found in one pass (not a pass over every claim per essay).
        var claimsOf = [[Int]](repeating: [], count: corpus.essays.count)
        for (c, claim) in corpus.claims.enumerated() where claim.kind != .reference && claimsOf.indices.contains(claim.essay) {
            claimsOf[claim.essay].append(c)
        }
        for (e, essay) in corpus.essays.enumerated() {
            let stance = corpus.layout.topics(of: e).map { corpus.position(essay: e, topic: $0).stance }.first { $0 != .silent } ?? .silent
            out += "  subgraph \(DOTWriter.quoted("cluster_" + essay.id)) {\n"
            out += "    label=\(DOTWriter.quoted(essay.title == Essay.unknown ? essay.label : essay.title));\n"
            out += "    color=\(DOTWriter.quoted(DOTWriter.colour(stance)));\n"
            for c in claimsOf[e] {
                let claim = corpus.claims[c]
                let shape: String
                switch claim.kind {
                case .argument: shape = "box, style=\"rounded,filled\", fillcolor=\"#e8f0fe\""
                case .group: shape = "box, style=filled, fillcolor=\"#eeeeee\""
                default: shape = "ellipse"
                }
                out += "    c\(c) [label=\(DOTWriter.quoted(DOTWriter.wrap(claim.text))), shape=\(shape), tooltip=\(DOTWriter.quoted(claim.id))];\n"
            }
            out += "  }\n"
        }
        for r in corpus.relations {
            var style: String
            switch r.kind {
            case .supports: style = "color=\"#2e7d32\", arrowhead=normal"
            case .attacks: style = "color=\"#c62828\", arrowhead=tee" + (r.isUndercut ? ", style=dashed, label=\"undercut\"" : "")
            case .contradicts: style = "color=\"#c62828\", style=dashed, dir=both, arrowhead=tee, arrowtail=tee"
            }
            out += "  c\(r.from) -> c\(r.to) [\(style)];\n"
        }
        for (c, claim) in corpus.claims.enumerated() where claim.kind != .reference {
            if let p = claim.parent, corpus.claims[p].kind == .group {
                out += "  c\(c) -> c\(p) [color=\"#9e9e9e\", style=dotted, arrowhead=none];\n"
            }
        }
        return out + "}\n"
    }

    static func colour(_ stance: Stance) -> String {
        switch stance {
        case .for: return "#2e7d32"
        case .against: return "#c62828"
        case .mixed: return "#ef6c00"
        case .silent: return "#9e9e9e"
        }
    }

    /// A DOT string: quotes and backslashes escaped; what must never reach a terminal raw
    /// (`SafeText`: C0 and C1 controls, ESC, DEL, bidi overrides) as its visible placeholder,
    /// since a DOT file is read with `cat` too.
    public static func quoted(_ s: String) -> String {
        let escaped = SafeText.escaped(s) { byte in
            switch byte {
            case UInt8(ascii: "\""): return "\\\""
            case UInt8(ascii: "\\"): return "\\\\"
            case 0x0A: return "\\n"
            default: return nil
            }
        }
        return "\"" + escaped + "\""
    }

    /// Breaks a label into lines of about 40 characters.
    static func wrap(_ text: String, width: Int = 40) -> String {
        var out = ""
        var length = 0   // the characters of the line under way, counted once per word
        for word in text.split(separator: " ") {
            let count = word.count
            if length > 0 {
                if length + count + 1 > width {
                    out += "\n"
                    length = 0
                } else {
                    out += " "
                    length += 1
                }
            }
            out += word
            length += count
        }
        return out
    }
}
