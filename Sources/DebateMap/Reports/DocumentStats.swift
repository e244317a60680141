/// What each imported document holds, for the lists that stand in for a matrix when every
/// document is its own question: how many claims (link rows not counted) and relations, and
/// the claim other voices oppose most. Counted in one pass over the claims and relations.
public struct DocumentStats: Sendable, Hashable {
    /// By essay index.
    public let claims: [Int]
    public let relations: [Int]
    /// The most contested claim of each essay, if any claim of it is opposed.
    public let contested: [Int?]

    public init(corpus: Corpus) {
        let essays = corpus.essays.count
        var claims = [Int](repeating: 0, count: essays), relations = [Int](repeating: 0, count: essays)
        var contested = [Int?](repeating: nil, count: essays)
        for (c, claim) in corpus.claims.enumerated() where claim.kind != .reference {
            claims[claim.essay] += 1
            let count = corpus.opponentCount(of: c)
            if count > 0, contested[claim.essay].map({ count > corpus.opponentCount(of: $0) }) ?? true { contested[claim.essay] = c }
        }
        for relation in corpus.relations { relations[corpus.claims[relation.from].essay] += 1 }
        self.claims = claims
        self.relations = relations
        self.contested = contested
    }

    /// "3 claims, 2 relations".
    public func counts(_ essay: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return plural(claims[essay], "claim") + ", " + plural(relations[essay], "relation")
    }
}
