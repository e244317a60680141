/// A set of essays mapped on a set of topics: positions, claims and the relations between them.
///
/// Everything refers to everything else by index into these arrays. The initialiser builds
/// the lookups once (id → index, the relations and opposing claims of each claim), so the
/// queries in `Corpus+Queries.swift` answer in constant time.
public struct Corpus: Sendable {
    // Read-only outside the library: the index below is built from them (`Corpus+Invariants`).
    public internal(set) var title: String
    public internal(set) var topics: [Topic]
    public internal(set) var essays: [Essay]
    /// The positions the essays hold, laid out as `layout` says: each essay's on every corpus
    /// topic, then each imported document's on its own topic (`positionIndex(essay:topic:)`).
    public internal(set) var positions: [Position]
    public internal(set) var claims: [Claim]
    public internal(set) var relations: [Relation]

    // Index, built once.
    /// Which positions there are, and where each is.
    public let layout: PositionLayout
    /// Each claim's id to its index (the first claim of an id, should two share one).
    let claimByID: ClaimTable
    let essayByID: [String: Int]
    let topicByID: [String: Int]
    /// CSR: the relations of claim i are `relationEntries[relationStart[i] ..< relationStart[i+1]]`:
    /// first the opposing ones of other voices (`otherVoiceCount[i]` of them), then the claim's
    /// own voice's (`opposingCount[i]` opposing ones in all), then the supporting ones.
    let relationStart: [Int32]
    let relationEntries: [ClaimRelation]
    let opposingCount: [Int32]
    let otherVoiceCount: [Int32]

    public init(title: String, topics: [Topic], essays: [Essay], positions: [Position], claims: [Claim], relations: [Relation]) {
        self.init(title: title, topics: topics, essays: essays, positions: positions, claims: claims, relations: relations, claimByID: ClaimTable(ids: claims))
    }

    /// With the id table already built (the resolver builds it as it gives the ids): the first
    /// claim of each id, as the public initialiser would make it.
    /// `relationIndex`, when given, is `buildRelationIndex` of these claims and relations,
    /// built by the caller (the loader builds it on another core while it checks the corpus).
    init(title: String, topics: [Topic], essays: [Essay], positions: [Position], claims: [Claim], relations: [Relation], claimByID: ClaimTable,
         relationIndex: RelationIndex? = nil) {
        self.title = title
        self.topics = topics
        self.essays = essays
        self.positions = positions
        self.claims = claims
        self.relations = relations
        self.claimByID = claimByID
        layout = PositionLayout(topics: topics, essayCount: essays.count)
        var essayByID = [String: Int]()
        for (i, essay) in essays.enumerated() where essayByID[essay.id] == nil { essayByID[essay.id] = i }
        self.essayByID = essayByID
        var topicByID = [String: Int]()
        for (i, topic) in topics.enumerated() where topicByID[topic.id] == nil { topicByID[topic.id] = i }
        self.topicByID = topicByID

        let index = relationIndex
            ?? Corpus.buildRelationIndex(claimCount: claims.count, relations: relations, voices: Corpus.voiceKeys(claims: claims, essays: essays))
        (relationStart, relationEntries, opposingCount, otherVoiceCount) = (index.start, index.entries, index.opposing, index.otherVoice)
        #if DEBUG
        // A debug build stops at a corpus that breaks its invariants, saying which.
        let problems = invariantViolations()
        if !problems.isEmpty { fatalError("a corpus breaks its invariants:\n" + problems.joined(separator: "\n")) }
        #endif
    }

    /// The relations of every claim, grouped (`buildRelationIndex`).
    struct RelationIndex: Sendable {
        var start: [Int32]
        var entries: [ClaimRelation]
        var opposing: [Int32]
        var otherVoice: [Int32]
    }

    /// A number for each claim's voice (`Voices`): two claims with the same number are one
    /// voice. An essay map's claims are their essay's voice; a discussion's claims each a voice
    /// of their own; a dialogue's claims their speaker's, or their own when it names none.
    static func voiceKeys(claims: [Claim], essays: [Essay]) -> [Int32] {
        var speakers: [String: Int32] = [:]
        var next = Int32(truncatingIfNeeded: essays.count + claims.count)
        var keys = [Int32](repeating: 0, count: claims.count)
        for c in claims.indices {
            let e = claims[c].essay
            switch essays.indices.contains(e) ? essays[e].voices : .author {
            case .author: keys[c] = Int32(truncatingIfNeeded: e)
            case .discussion: keys[c] = Int32(truncatingIfNeeded: essays.count + c)
            case .speakers:
                guard let speaker = claims[c].source, !speaker.isEmpty else {
                    keys[c] = Int32(truncatingIfNeeded: essays.count + c)
                    continue
                }
                let key = "\(e)\u{0}" + speaker
                if let k = speakers[key] {
                    keys[c] = k
                } else {
                    speakers[key] = next
                    keys[c] = next
                    next &+= 1
                }
            }
        }
        return keys
    }

    /// Groups every relation under both of its claims, opposing ones of other voices first,
    /// then opposing ones of the claim's own voice, then supporting ones, each part in claim
    /// order, without duplicates (a pair linked twice is listed once, first kind kept).
    /// `voices` is `voiceKeys` of the claims.
    static func buildRelationIndex(claimCount: Int, relations: [Relation], voices: [Int32]) -> RelationIndex {
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
            let otherVoice = voices[r.from] != voices[r.to]
            entries[Int(fill[r.from])] = ClaimRelation(other: r.to, kind: r.kind, outgoing: true, otherVoice: otherVoice, isUndercut: r.isUndercut)
            fill[r.from] += 1
            entries[Int(fill[r.to])] = ClaimRelation(other: r.from, kind: r.kind, outgoing: false, otherVoice: otherVoice, isUndercut: r.isUndercut)
            fill[r.to] += 1
        }
        // Order each group and drop duplicates, compacting in place: sorted, a group's
        // duplicates stand together, and an opposing entry for an `other` is found by binary
        // search among the group's opposing ones, which come first (no set per claim).
        var compactStart = [Int32](repeating: 0, count: claimCount + 1)
        var opposing = [Int32](repeating: 0, count: claimCount)
        var otherVoice = [Int32](repeating: 0, count: claimCount)
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
                    if a.kind.isOpposing, a.otherVoice != b.otherVoice { return a.otherVoice }
                    if a.other != b.other { return a.other < b.other }
                    return rank(a.kind) < rank(b.kind)
                }
                // An `other` is of one voice, so its opposing entries stand together in one of
                // the two opposing parts, each sorted by `other`.
                let groupStart = write
                var otherVoiceEnd = write
                var opposingEnd = write
                for k in lo..<hi {
                    let entry = entries[k]
                    if entry.kind.isOpposing {
                        if write > groupStart, entries[write - 1].other == entry.other { continue }
                        opposing[i] += 1
                        if entry.otherVoice { otherVoice[i] += 1 }
                        entries[write] = entry
                        write += 1
                        opposingEnd = write
                        if entry.otherVoice { otherVoiceEnd = write }
                    } else {
                        if write > opposingEnd, entries[write - 1].other == entry.other { continue }
                        let part = entry.otherVoice ? groupStart..<otherVoiceEnd : otherVoiceEnd..<opposingEnd
                        if Corpus.contains(entry.other, in: entries, part) { continue }
                        entries[write] = entry
                        write += 1
                    }
                }
            }
        }
        compactStart[claimCount] = Int32(write)
        entries.removeSubrange(write...)
        return RelationIndex(start: compactStart, entries: entries, opposing: opposing, otherVoice: otherVoice)
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
