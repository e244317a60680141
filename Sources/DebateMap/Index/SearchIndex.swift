/// Case- and diacritic-insensitive search over a corpus: claim texts, quotes, position
/// summaries, essay titles and authors. The folded texts are computed once; a query then
/// scans them, so search-as-you-type costs one pass per keystroke and no allocation per text.
public struct SearchIndex: Sendable {
    /// What a match was found in.
    public enum Field: String, Sendable, Codable {
        case claim, quote, summary, title, author
    }

    /// One match: which field of which item.
    public struct Hit: Sendable, Hashable {
        public var field: Field
        /// Index into claims (claim, quote), positions (summary) or essays (title, author).
        public var index: Int
    }

    private var entries: [(field: Field, index: Int, folded: [UInt8])] = []

    public init(corpus: Corpus) {
        entries.reserveCapacity(corpus.claims.count * 2 + corpus.positions.count + corpus.essays.count * 2)
        for (i, essay) in corpus.essays.enumerated() {
            entries.append((.title, i, TextFold.foldedBytes(essay.title)))
            entries.append((.author, i, TextFold.foldedBytes(essay.author)))
        }
        for (i, position) in corpus.positions.enumerated() where !position.summary.isEmpty && corpus.isMapped(essay: position.essay, topic: position.topic) {
            entries.append((.summary, i, TextFold.foldedBytes(position.summary)))
        }
        for (i, claim) in corpus.claims.enumerated() {
            entries.append((.claim, i, TextFold.foldedBytes(claim.text)))
            if let quote = claim.quote {
                entries.append((.quote, i, TextFold.foldedBytes(quote.text)))
            }
        }
    }

    /// Every hit for the query, in corpus order (essays, positions, then claims).
    public func search(_ query: String) -> [Hit] {
        let needle = TextFold.foldedBytes(query)
        guard !needle.isEmpty else { return [] }
        var hits: [Hit] = []
        for entry in entries where SearchIndex.contains(entry.folded, needle) {
            hits.append(Hit(field: entry.field, index: entry.index))
        }
        return hits
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = hay.count
        guard n <= h else { return false }
        let first = needle[0]
        var k = 0
        while k <= h - n {
            if hay[k] == first {
                var j = 1
                while j < n && hay[k + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            k += 1
        }
        return false
    }
}
