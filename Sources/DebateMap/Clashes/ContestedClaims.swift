/// Claims ranked by how many other voices oppose them, with how many other voices support
/// them beside it: the first answer to "what is this debate really about?".
public struct ContestedClaims: Sendable {
    /// A claim and the other voices' claims that oppose and that support it.
    public struct Entry: Sendable, Hashable {
        public var claim: Int
        public var opposedBy: Int
        public var supportedBy: Int
    }

    /// Every claim another voice opposes, most opposed first (then most supported, then in
    /// corpus order).
    public let entries: [Entry]

    /// The ranking of a corpus, narrowed to the claims of a question or of an essay.
    public init(corpus: Corpus, topic: Int? = nil, essay: Int? = nil) {
        var entries: [Entry] = []
        for c in corpus.claims.indices {
            let opposed = corpus.opponentCount(of: c)
            guard opposed > 0 else { continue }
            let claim = corpus.claims[c]
            if let topic, claim.topic != topic { continue }
            if let essay, claim.essay != essay { continue }
            let supported = corpus.relations(of: c).filter { $0.kind == .supports && $0.otherVoice }.count
            entries.append(Entry(claim: c, opposedBy: opposed, supportedBy: supported))
        }
        entries.sort { ($0.opposedBy, $0.supportedBy, $1.claim) > ($1.opposedBy, $1.supportedBy, $0.claim) }
        self.entries = entries
    }
}
