#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Case- and diacritic-insensitive search over a corpus: claim texts, quotes, position
/// summaries, essay titles and authors. The folded texts are computed once, into one buffer;
/// a query scans them, and each keystroke that lengthens the query rescans only the texts
/// the previous one matched.
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

    /// Every folded text end to end in one buffer (entry `e` is `folded[start[e] ..< start[e + 1]]`),
    /// with what each entry is: one allocation for the whole corpus instead of one per text,
    /// and a scan that walks memory in order.
    private var folded: [UInt8] = []
    private var start: [Int32] = [0]
    /// What each entry before `claimEntries` is (essays' titles and authors, summaries).
    private var fields: [Field] = []
    private var owners: [Int32] = []
    /// The first claim entry. From here every claim has two entries, its text and its quote
    /// (empty when it has none), so what an entry is follows from where it is: a million
    /// claims need no field and owner stored for each of their two million entries.
    private var claimEntries: Int32 = 0

    public init(corpus: Corpus) {
        let others = corpus.positions.count + corpus.essays.count * 2
        start.reserveCapacity(corpus.claims.count * 2 + others + 1)
        fields.reserveCapacity(others)
        owners.reserveCapacity(others)
        var folder = TextFold.Folder()
        func add(_ field: Field, _ index: Int, _ text: String) {
            folder.append(text, to: &folded)
            fields.append(field)
            owners.append(Int32(truncatingIfNeeded: index))
            endEntry()
        }
        func endEntry() { start.append(Int32(truncatingIfNeeded: folded.count)) }
        for (i, essay) in corpus.essays.enumerated() {
            add(.title, i, essay.title)
            add(.author, i, essay.author)
        }
        for (i, position) in corpus.positions.enumerated() where !position.summary.isEmpty && corpus.isMapped(essay: position.essay, topic: position.topic) {
            add(.summary, i, position.summary)
        }
        claimEntries = Int32(truncatingIfNeeded: fields.count)
        for claim in corpus.claims {
            folder.append(claim.text, to: &folded)
            endEntry()
            if let quote = claim.quote { folder.append(quote.words, to: &folded) }
            endEntry()
        }
        folded.append(0)  // so the scan may read one byte past the last entry
    }

    /// Every hit for the query, in corpus order (essays, positions, then claims).
    public func search(_ query: String) -> [Hit] {
        hits(matches(TextFold.foldedBytes(query)).entries)
    }

    /// The entries a folded needle was found in (in order), and where in each it first occurs.
    public struct Matches: Sendable {
        public var needle: [UInt8]
        public var entries: [Int32]
        /// For each of `entries`, the offset of the needle's first occurrence in the buffer.
        var offsets: [Int32]

        public static let none = Matches(needle: [], entries: [], offsets: [])
    }

    /// The entries whose folded text contains `needle`. Given the matches of a needle that
    /// `needle` lengthens (the query before this keystroke), only those entries are looked at,
    /// each first where the shorter needle first occurred: a longer needle starting with it
    /// cannot occur earlier, and usually occurs right there.
    public func matches(_ needle: [UInt8], narrowing previous: Matches? = nil) -> Matches {
        matches(needle, narrowing: previous, minimumPerPart: 50_000)
    }

    /// `matches(_:narrowing:)`, split into parts of at least `minimumPerPart` entries.
    func matches(_ needle: [UInt8], narrowing previous: Matches?, minimumPerPart: Int) -> Matches {
        guard !needle.isEmpty else { return .none }
        let a = SearchIndex.anchor(of: needle)
        let narrowing = previous.flatMap { $0.needle.count < needle.count && needle.starts(with: $0.needle) ? $0 : nil }
        // Split over the cores when there is much to scan (a large corpus, a short query).
        let found = SplitScan.run(count: narrowing?.entries.count ?? start.count - 1, minimumPerPart: minimumPerPart) { range -> [Int64] in
            var out: [Int64] = []
            folded.withUnsafeBufferPointer { hay in
                start.withUnsafeBufferPointer { start in
                    needle.withUnsafeBufferPointer { pin in
                        let base = hay.baseAddress!, n = pin.count
                        if let narrowing {
                            narrowing.entries.withUnsafeBufferPointer { entries in
                                narrowing.offsets.withUnsafeBufferPointer { offsets in
                                    for k in range {
                                        let e = Int(entries[k]), at = Int(offsets[k]), end = Int(start[e + 1])
                                        if at + n <= end && memcmp(base + at, pin.baseAddress!, n) == 0 {
                                            out.append(Int64(e) << 32 | Int64(at))
                                        } else if let at = SearchIndex.find(pin, anchor: a, in: base, at + 1, end) {
                                            out.append(Int64(e) << 32 | Int64(at))
                                        }
                                    }
                                }
                            }
                        } else {
                            for e in range {
                                if let at = SearchIndex.find(pin, anchor: a, in: base, Int(start[e]), Int(start[e + 1])) {
                                    out.append(Int64(e) << 32 | Int64(at))
                                }
                            }
                        }
                    }
                }
            }
            return out
        }
        var result = Matches(needle: needle, entries: [], offsets: [])
        result.entries.reserveCapacity(found.count)
        result.offsets.reserveCapacity(found.count)
        for f in found {
            result.entries.append(Int32(truncatingIfNeeded: f >> 32))
            result.offsets.append(Int32(truncatingIfNeeded: f))
        }
        return result
    }

    /// The hits of the entries of `matches(_:narrowing:)`.
    public func hits(_ entries: [Int32]) -> [Hit] {
        entries.map(hit)
    }

    /// What entry `e` is: its field and the index of its item.
    public func hit(_ e: Int32) -> Hit {
        if e < claimEntries { return Hit(field: fields[Int(e)], index: Int(owners[Int(e)])) }
        let k = Int(e - claimEntries)
        return Hit(field: k & 1 == 0 ? .claim : .quote, index: k >> 1)
    }

    /// Where the needle first occurs in `hay[lo ..< hi]`, if it does. memchr looks for the
    /// needle's rarest byte (`anchor`, from `anchor(of:)`), then the whole needle is compared in place.
    @inline(__always)
    static func find(_ needle: UnsafeBufferPointer<UInt8>, anchor a: Int, in hay: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        let n = needle.count
        guard n <= hi - lo else { return nil }
        let byte = Int32(needle[a])
        let end = hi - (n - 1 - a)  // the anchor byte lies before this
        var k = lo + a
        while k < end {
            guard let found = memchr(hay + k, byte, end - k) else { return nil }
            k = hay.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if n == 1 || memcmp(hay + k - a, needle.baseAddress!, n) == 0 { return k - a }
            k += 1
        }
        return nil
    }

    /// The offset of the needle byte memchr should look for: the one least likely in text.
    /// Never a UTF-8 lead byte (in Cyrillic or Greek nearly every character shares one), and
    /// among ASCII bytes not a space or a common English letter.
    static func anchor(of needle: [UInt8]) -> Int {
        func commonness(_ b: UInt8) -> Int {
            if b >= 0xC0 { return 1_000 }  // a lead byte
            if b >= 0x80 { return 30 }  // a continuation byte: varies with the character
            if b == 0x20 { return 100 }
            if "etaoinsr".utf8.contains(b) { return 90 }
            if "hldcumfpgwyb".utf8.contains(b) { return 50 }
            return 10
        }
        var best = needle.count - 1
        for i in needle.indices where commonness(needle[i]) < commonness(needle[best]) { best = i }
        return best
    }
}
