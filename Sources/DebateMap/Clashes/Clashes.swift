/// Where the essays disagree: for each question, every pair of essays whose claims oppose
/// each other, and under each pair the claim pairs that clash; clashes between claims on two
/// different questions in a group of their own. Only other voices clash (`Voices`): an
/// essay's own objections are part of its argument, not a disagreement with another essay.
///
/// Pairs are ordered by how many clashes they have, claim pairs by how contested their two
/// claims are (how many other voices oppose each).
///
///     let clashes = Clashes(corpus: corpus, topic: corpus.topicIndex(id: "asylum"))
///     for pair in clashes.pairs { print(pair.left, pair.right, pair.clashes.count) }
public struct Clashes: Sendable {
    /// Two claims of different voices that oppose each other, `left` of the pair's left essay.
    public struct ClaimPair: Sendable, Hashable {
        public var left: Int
        public var right: Int
        public var kind: RelationKind
        /// True when `left` attacks `right` (for a contradiction: when `left` was written as its `from`).
        public var leftIsFrom: Bool
        /// How contested the two claims are: the other voices opposing each, added up.
        public var weight: Int

        /// The relation read from the left claim: "attacks", "attacked by", "contradicts".
        public var phrase: String { ClaimRelation(other: right, kind: kind, outgoing: leftIsFrom).phrase }
    }

    /// Two essays whose claims oppose each other on one question (`topic`), or across two
    /// questions (`topic` nil), with the claim pairs that clash.
    public struct EssayPair: Sendable, Hashable {
        public var topic: Int?
        public var left: Int
        public var right: Int
        public var clashes: [ClaimPair]

        public var isAcrossQuestions: Bool { topic == nil }
    }

    /// Every pair: question by question in corpus order, the pairs across questions last.
    public let pairs: [EssayPair]

    /// The clashes of a corpus, narrowed to a question (pairs on it, and the clashes across
    /// questions that touch it), to the pairs an essay is part of, or to two essays.
    public init(corpus: Corpus, topic: Int? = nil, essay: Int? = nil, essays: (Int, Int)? = nil) {
        struct Key: Hashable { var topic: Int?, low: Int, high: Int }
        var groups: [Key: [(from: Int, to: Int, kind: RelationKind)]] = [:]
        for c in corpus.claims.indices {
            for r in corpus.opponents(of: c) where r.outgoing {
                let a = corpus.claims[c], b = corpus.claims[r.other]
                let sameQuestion = a.topic == b.topic
                if let topic, a.topic != topic, b.topic != topic { continue }
                if let essay, a.essay != essay, b.essay != essay { continue }
                if let (x, y) = essays, Set([a.essay, b.essay]) != Set([x, y]) { continue }
                let key = Key(topic: sameQuestion ? a.topic : nil, low: min(a.essay, b.essay), high: max(a.essay, b.essay))
                groups[key, default: []].append((c, r.other, r.kind))
            }
        }
        var pairs: [EssayPair] = []
        for (key, relations) in groups {
            // The essay whose claims do more of the attacking stands on the left.
            let fromLow = relations.filter { corpus.claims[$0.from].essay == key.low }.count
            let leftEssay = fromLow * 2 >= relations.count ? key.low : key.high
            let rightEssay = leftEssay == key.low ? key.high : key.low
            var clashes = relations.map { r -> ClaimPair in
                let fromIsLeft = corpus.claims[r.from].essay == leftEssay && (corpus.claims[r.to].essay != leftEssay || r.from <= r.to)
                let (left, right) = fromIsLeft ? (r.from, r.to) : (r.to, r.from)
                return ClaimPair(left: left, right: right, kind: r.kind, leftIsFrom: fromIsLeft,
                                 weight: corpus.opponentCount(of: left) + corpus.opponentCount(of: right))
            }
            clashes.sort { ($0.weight, $1.left, $1.right) > ($1.weight, $0.left, $0.right) }
            pairs.append(EssayPair(topic: key.topic, left: leftEssay, right: rightEssay, clashes: clashes))
        }
        pairs.sort { a, b in
            let ta = a.topic ?? Int.max, tb = b.topic ?? Int.max
            if ta != tb { return ta < tb }
            if a.clashes.count != b.clashes.count { return a.clashes.count > b.clashes.count }
            let wa = a.clashes.reduce(0) { $0 + $1.weight }, wb = b.clashes.reduce(0) { $0 + $1.weight }
            if wa != wb { return wa > wb }
            return (a.left, a.right) < (b.left, b.right)
        }
        self.pairs = pairs
    }

    /// How many claim pairs clash in all.
    public var count: Int { pairs.reduce(0) { $0 + $1.clashes.count } }
}
