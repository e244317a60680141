/// A set of essays mapped on a set of topics: positions, claims and the relations between them.
///
/// Everything refers to everything else by index into these arrays. The initialiser builds
/// the lookups once (id → index, the relations and opposing claims of each claim), so the
/// queries in `Corpus+Queries.swift` answer in constant time.
public struct Corpus: Sendable {
    public var title: String
    public var topics: [Topic]
    public var essays: [Essay]
    /// One per essay × topic, essay-major: `positions[essay * topics.count + topic]`.
    public var positions: [Position]
    public var claims: [Claim]
    public var relations: [Relation]

    // Index, built once.
    /// Each claim's id to its index (the first claim of an id, should two share one).
    let claimByID: ClaimTable
    let essayByID: [String: Int]
    let topicByID: [String: Int]
    /// CSR: the relations of claim i are `relationEntries[relationStart[i] ..< relationStart[i+1]]`,
    /// the opposing ones first (`opposingCount[i]` of them).
    let relationStart: [Int32]
    let relationEntries: [ClaimRelation]
    let opposingCount: [Int32]

    public init(title: String, topics: [Topic], essays: [Essay], positions: [Position], claims: [Claim], relations: [Relation]) {
        self.init(title: title, topics: topics, essays: essays, positions: positions, claims: claims, relations: relations, claimByID: ClaimTable(ids: claims))
    }

    /// With the id table already built (the resolver builds it as it gives the ids): the first
    /// claim of each id, as the public initialiser would make it.
    /// `relationIndex`, when given, is `buildRelationIndex` of these claims and relations,
    /// built by the caller (the loader builds it on another core while it checks the corpus).
    init(title: String, topics: [Topic], essays: [Essay], positions: [Position], claims: [Claim], relations: [Relation], claimByID: ClaimTable,
         relationIndex: (start: [Int32], entries: [ClaimRelation], opposing: [Int32])? = nil) {
        self.title = title
        self.topics = topics
        self.essays = essays
        self.positions = positions
        self.claims = claims
        self.relations = relations
        self.claimByID = claimByID
        var essayByID = [String: Int]()
        for (i, essay) in essays.enumerated() where essayByID[essay.id] == nil { essayByID[essay.id] = i }
        self.essayByID = essayByID
        var topicByID = [String: Int]()
        for (i, topic) in topics.enumerated() where topicByID[topic.id] == nil { topicByID[topic.id] = i }
        self.topicByID = topicByID

        (relationStart, relationEntries, opposingCount) = relationIndex ?? Corpus.buildRelationIndex(claimCount: claims.count, relations: relations)
    }

    /// Groups every relation under both of its claims, opposing ones first, each group in
    /// claim order, without duplicates (a pair linked twice is listed once, first kind kept).
    static func buildRelationIndex(claimCount: Int, relations: [Relation]) -> ([Int32], [ClaimRelation], [Int32]) {
        var degree = [Int32](repeating: 0, count: claimCount + 1)
        for r in relations where r.from != r.to {
            degree[r.from] += 1
            degree[r.to] += 1
        }
        var start = [Int32](repeating: 0, count: claimCount + 1)
        var total: Int32 = 0
        for i in 0..<claimCount {
            start[i] = total
            total += degree[i]
        }
        start[claimCount] = total
        var fill = start
        var entries = [ClaimRelation](repeating: ClaimRelation(other: 0, kind: .supports, outgoing: true), count: Int(total))
        for r in relations where r.from != r.to {
            entries[Int(fill[r.from])] = ClaimRelation(other: r.to, kind: r.kind, outgoing: true)
            fill[r.from] += 1
            entries[Int(fill[r.to])] = ClaimRelation(other: r.from, kind: r.kind, outgoing: false)
            fill[r.to] += 1
        }
        // Order each group and drop duplicates, compacting in place: sorted, a group's
        // duplicates stand together, and an opposing entry for an `other` is found by binary
        // search among the group's opposing ones, which come first (no set per claim).
        var compactStart = [Int32](repeating: 0, count: claimCount + 1)
        var opposing = [Int32](repeating: 0, count: claimCount)
        var write = 0
        // Through the buffer: sorting `entries[lo..<hi]` through the array copied each group
        // out and back. Kinds compare by declaration order (attacks before contradicts, as
        // their names did), not by their names as strings.
        func rank(_ kind: RelationKind) -> Int {
            switch kind {
            case .supports: return 0
            case .attacks: return 1
            case .contradicts: return 2
            }
        }
        entries.withUnsafeMutableBufferPointer { entries in
            for i in 0..<claimCount {
                let lo = Int(start[i]), hi = Int(start[i + 1])
                compactStart[i] = Int32(write)
                guard lo < hi else { continue }
                entries[lo..<hi].sort { a, b in
                    if a.kind.isOpposing != b.kind.isOpposing { return a.kind.isOpposing }
                    if a.other != b.other { return a.other < b.other }
                    return rank(a.kind) < rank(b.kind)
                }
                let groupStart = write
                var opposingEnd = write
                for k in lo..<hi {
                    let entry = entries[k]
                    if entry.kind.isOpposing {
                        if write > groupStart, entries[write - 1].other == entry.other { continue }
                        opposing[i] += 1
                        entries[write] = entry
                        write += 1
                        opposingEnd = write
                    } else {
                        if write > opposingEnd, entries[write - 1].other == entry.other { continue }
                        if Corpus.contains(entry.other, in: entries, groupStart..<opposingEnd) { continue }
                        entries[write] = entry
                        write += 1
                    }
                }
            }
        }
        compactStart[claimCount] = Int32(write)
        entries.removeSubrange(write...)
        return (compactStart, entries, opposing)
    }

    /// Whether `entries[range]`, sorted by `other`, holds one for `other`.
    private static func contains(_ other: Int, in entries: UnsafeMutableBufferPointer<ClaimRelation>, _ range: Range<Int>) -> Bool {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].other < other { lo = mid + 1 } else { hi = mid }
        }
        return lo < range.upperBound && entries[lo].other == other
    }
}
