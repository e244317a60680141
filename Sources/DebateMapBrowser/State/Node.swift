import DebateMap

/// Something the tree shows: a topic, an essay, a position or a claim, by index.
public enum Node: Hashable, Sendable {
    case topic(Int)
    case essay(Int)
    case position(Int)
    case claim(Int)

    public var claim: Int? {
        if case .claim(let c) = self { return c }
        return nil
    }
}

/// How the tree is grouped: questions first, or essays first.
public enum Pivot: Sendable, Hashable {
    /// topic ▸ each essay's position ▸ claims
    case byTopic
    /// essay ▸ its position on each topic ▸ claims
    case byEssay
}
