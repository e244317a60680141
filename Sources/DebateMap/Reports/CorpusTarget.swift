/// What an id names in a corpus: an essay, a topic, a position (`essay/topic`) or a claim.
public enum CorpusTarget: Sendable, Equatable {
    case essay(Int)
    case topic(Int)
    case position(Int)
    case claim(Int)

    /// Resolves an id; on failure, the closest ids for the error message.
    public static func resolve(_ id: String, in corpus: Corpus) -> Result<CorpusTarget, UnknownID> {
        if let e = corpus.essayIndex(id: id) { return .success(.essay(e)) }
        if let t = corpus.topicIndex(id: id) { return .success(.topic(t)) }
        if let c = corpus.claimIndex(id: id) { return .success(.claim(c)) }
        let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2, let e = corpus.essayIndex(id: parts[0]), let t = corpus.topicIndex(id: parts[1]),
           let p = corpus.positionIndex(essay: e, topic: t) {
            return .success(.position(p))
        }
        // A claim may also be named by its title.
        let slug = Slug.make(id)
        if let c = corpus.claimIndex(id: slug) { return .success(.claim(c)) }
        return .failure(UnknownID(id: id, closest: Closest.names(to: id, in: allIDs(corpus), limit: 3)))
    }

    static func allIDs(_ corpus: Corpus) -> [String] {
        corpus.essays.map(\.id) + corpus.topics.map(\.id) + corpus.positions.indices.map(corpus.positionID) + corpus.claims.map(\.id)
    }
}

/// An id that names nothing, with the nearest ids that do.
public struct UnknownID: Error, Sendable, Equatable {
    public var id: String
    public var closest: [String]

    public var message: String {
        var s = "no essay, topic, position or claim has the id `\(id)`"
        if !closest.isEmpty { s += "; did you mean " + closest.map { "`\($0)`" }.joined(separator: ", ") + "?" }
        return s
    }
}
