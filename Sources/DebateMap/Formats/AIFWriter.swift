/// Writes a corpus as an AIF nodeset (`{"nodes", "edges", "locutions"}`, as AIFdb serves
/// them) that `AIFReader` reads back to the same claims and relations.
///
/// Each claim is an I-node (groups and link rows are not claims and are left out); a
/// `supports` relation is an RA node ("Default Inference") between premise and conclusion;
/// `attacks` a CA node ("Default Conflict"); `contradicts` a CA node whose text is
/// "Contradiction". A claim's `source` becomes an L-node "source: text" anchored to it by a
/// YA node ("Asserting"), with a locution naming the speaker. Node ids count from 1.
public struct AIFWriter {
    public var corpus: Corpus

    public init(corpus: Corpus) { self.corpus = corpus }

    public func write() -> String {
        var nodes: [String] = []
        var edges: [String] = []
        var locutions: [String] = []
        var next = 0
        func node(_ type: String, _ text: String) -> Int {
            next += 1
            nodes.append("    {\"nodeID\": \"\(next)\", \"text\": \(AIFWriter.json(text)), \"type\": \"\(type)\", \"timestamp\": \"\"}")
            return next
        }
        func edge(_ from: Int, _ to: Int) {
            edges.append("    {\"edgeID\": \"\(edges.count + 1)\", \"fromID\": \"\(from)\", \"toID\": \"\(to)\", \"formEdgeID\": null}")
        }
        var idOf = [Int?](repeating: nil, count: corpus.claims.count)
        for (c, claim) in corpus.claims.enumerated() where claim.kind != .group && claim.refersTo == nil {
            idOf[c] = node("I", claim.text)
            if let source = claim.source {
                let l = node("L", source + ": " + claim.text)
                let ya = node("YA", "Asserting")
                edge(l, ya)
                edge(ya, idOf[c]!)
                locutions.append("    {\"nodeID\": \"\(l)\", \"personID\": \(AIFWriter.json(source)), \"timestamp\": \"\"}")
            }
        }
        for r in corpus.relations {
            guard let from = idOf[r.from], let to = idOf[r.to] else { continue }
            let scheme: Int
            switch r.kind {
            case .supports: scheme = node("RA", "Default Inference")
            case .attacks: scheme = node("CA", "Default Conflict")
            case .contradicts: scheme = node("CA", "Contradiction")
            }
            edge(from, scheme)
            edge(scheme, to)
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]" }
        return "{\n  \"nodes\": \(list(nodes)),\n  \"edges\": \(list(edges)),\n  \"locutions\": \(list(locutions))\n}\n"
    }

    /// A JSON string literal, every control a terminal would obey (DEL, C1, bidi too)
    /// escaped, as in the JSON export.
    static func json(_ s: String) -> String { "\"" + PrettyJSON.escaped(s) + "\"" }
}
