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
    /// The first claim entry: the entries before it are those `fields` describes. From here
    /// every claim has two entries, its text and its quote (empty when it has none), so what
    /// an entry is follows from where it is: a million claims need no field and owner stored
    /// for each of their two million entries.
    private var claimEntries: Int32 { Int32(truncatingIfNeeded: fields.count) }

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
        for claim in corpus.claims {
            folder.append(claim.text, to: &folded)
            endEntry()
            if let quote = claim.quote { folder.append(quote.words, to: &folded) }
            endEntry()
        }
        // So the scan may read one byte past the last entry, and `Ahead.load` eight.
        folded.append(contentsOf: repeatElement(0, count: 8))
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
        /// For each of `entries`, the bytes that follow that occurrence, as far as known; empty
        /// when nothing is (after a fresh scan).
        var ahead: [Ahead]

        public static let none = Matches(needle: [], entries: [], offsets: [], ahead: [])
    }

    /// Up to seven bytes of an entry's folded text that follow a match, kept with the match so
    /// the next keystroke, which usually adds a letter or two, can be checked without reading
    /// the text again: at a million claims the texts are 200 MB, and reading each matched
    /// text's bytes again was most of a keystroke. Bytes 0–6 hold the bytes, in order; bits
    /// 56–59 how many are known; bit 60 that the entry ends right after them.
    struct Ahead: Sendable, Equatable {
        var bits: UInt64

        /// Nothing known: the next keystroke reads the text.
        static let unknown = Ahead(bits: 0)

        var count: Int { Int(bits >> 56 & 0xF) }
        var entryEnds: Bool { bits & (1 << 60) != 0 }

        /// The bytes at `hay[at ..< end]`, the rest of an entry, as far as seven of them.
        @inline(__always)
        static func load(_ hay: UnsafePointer<UInt8>, _ at: Int, _ end: Int) -> Ahead {
            let count = min(7, end - at)
            let word = UnsafeRawPointer(hay + at).loadUnaligned(as: UInt64.self).littleEndian
            let bytes = count == 0 ? 0 : word & (UInt64.max >> (64 - 8 * count))
            return Ahead(bits: bytes | UInt64(count) << 56 | (end - at <= 7 ? 1 << 60 : 0))
        }

        /// Whether the next `length` known bytes are `word`'s low `length` bytes (`length` at most `count`).
        @inline(__always)
        func starts(with word: UInt64, length: Int) -> Bool {
            (bits ^ word) & (UInt64.max >> (64 - 8 * length)) == 0
        }

        /// What is still known once `length` bytes are taken off the front.
        @inline(__always)
        func dropping(_ length: Int) -> Ahead {
            let count = self.count - length
            let bytes = count == 0 ? 0 : (bits & 0x00FF_FFFF_FFFF_FFFF) >> (8 * length)
            return Ahead(bits: bytes | UInt64(count) << 56 | (bits & (1 << 60)))
        }
    }

    /// The entries whose folded text contains `needle`. Given the matches of a needle that
    /// `needle` lengthens (the query before this keystroke), only those entries are looked at,
    /// each first where the shorter needle first occurred: a longer needle starting with it
    /// cannot occur earlier, and usually occurs right there, which the bytes kept after each
    /// match (`Ahead`) mostly tell without reading the text.
    public func matches(_ needle: [UInt8], narrowing previous: Matches? = nil) -> Matches {
        matches(needle, narrowing: previous, minimumPerPart: 50_000)
    }

    /// `matches(_:narrowing:)`, split into parts of at least `minimumPerPart` entries.
    func matches(_ needle: [UInt8], narrowing previous: Matches?, minimumPerPart: Int) -> Matches {
        guard !needle.isEmpty else { return .none }
        let a = SearchIndex.anchor(of: needle)
        let narrowing = previous.flatMap { $0.needle.count < needle.count && needle.starts(with: $0.needle) ? $0 : nil }
        // What this keystroke added to the needle, as a word to compare with what is ahead.
        let added = narrowing.map { needle.count - $0.needle.count } ?? 0
        let addedWord = needle.dropFirst(needle.count - added).prefix(7).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        // Split over the cores when there is much to scan (a large corpus, a short query).
        let parts = SplitScan.run(count: narrowing?.entries.count ?? start.count - 1, minimumPerPart: minimumPerPart) { range -> Matches in
            folded.withUnsafeBufferPointer { hay in
                start.withUnsafeBufferPointer { start in
                    needle.withUnsafeBufferPointer { pin in
                        guard let narrowing else {
                            return SearchIndex.scan(range, hay.baseAddress!, start.baseAddress!, pin, anchor: a)
                        }
                        return narrowing.entries.withUnsafeBufferPointer { entries in
                            narrowing.offsets.withUnsafeBufferPointer { offsets in
                                narrowing.ahead.withUnsafeBufferPointer { ahead in
                                    SearchIndex.narrow(range, of: entries.baseAddress!, offsets.baseAddress!, ahead.isEmpty ? nil : ahead.baseAddress!,
                                                       hay.baseAddress!, start.baseAddress!, pin, anchor: a, added: added, addedWord: addedWord)
                                }
                            }
                        }
                    }
                }
            }
        }
        if parts.count == 1 {
            var only = parts[0]
            only.needle = needle
            return only
        }
        let total = parts.reduce(0) { $0 + $1.entries.count }
        var result = Matches(needle: needle, entries: [], offsets: [], ahead: [])
        result.entries.reserveCapacity(total)
        result.offsets.reserveCapacity(total)
        result.ahead.reserveCapacity(total)
        for part in parts {
            result.entries.append(contentsOf: part.entries)
            result.offsets.append(contentsOf: part.offsets)
            result.ahead.append(contentsOf: part.ahead)
        }
        return result
    }

    /// The entries of `range` that hold the needle, and where (a fresh scan). Nothing ahead is
    /// read: a first letter matches most texts, and most of them not at the second letter.
    private static func scan(_ range: Range<Int>, _ hay: UnsafePointer<UInt8>, _ start: UnsafePointer<Int32>,
                             _ pin: UnsafeBufferPointer<UInt8>, anchor a: Int) -> Matches {
        // At most every entry looked at matches: reserved memory left untouched costs nothing,
        // and the arrays are never copied to grow.
        var entries: [Int32] = [], offsets: [Int32] = []
        entries.reserveCapacity(range.count)
        offsets.reserveCapacity(range.count)
        for e in range {
            if let at = find(pin, anchor: a, in: hay, Int(start[e]), Int(start[e + 1])) {
                entries.append(Int32(truncatingIfNeeded: e))
                offsets.append(Int32(truncatingIfNeeded: at))
            }
        }
        return Matches(needle: [], entries: entries, offsets: offsets, ahead: [])
    }

    /// Of the previous matches `range`, those that hold the longer needle, which adds `added`
    /// bytes (the first seven in `addedWord`): first where the shorter one was, as far as
    /// possible from the bytes kept ahead of it, then in the rest of the text.
    private static func narrow(_ range: Range<Int>, of previous: UnsafePointer<Int32>, _ previousOffsets: UnsafePointer<Int32>,
                               _ previousAhead: UnsafePointer<Ahead>?, _ hay: UnsafePointer<UInt8>, _ start: UnsafePointer<Int32>,
                               _ pin: UnsafeBufferPointer<UInt8>, anchor a: Int, added: Int, addedWord: UInt64) -> Matches {
        var entries: [Int32] = [], offsets: [Int32] = [], aheads: [Ahead] = []
        entries.reserveCapacity(range.count)
        offsets.reserveCapacity(range.count)
        aheads.reserveCapacity(range.count)
        let n = pin.count
        for k in range {
            let e = Int(previous[k]), at = Int(previousOffsets[k]), ahead = previousAhead?[k] ?? .unknown
            var found: Int?
            var next = Ahead.unknown
            if added <= ahead.count {
                // Known without reading the text: the needle is here, or not here.
                if ahead.starts(with: addedWord, length: added) {
                    found = at
                    next = ahead.dropping(added)
                }
            } else if ahead.entryEnds {
                continue  // the longer needle does not fit in what is left of the text
            } else {
                let end = Int(start[e + 1])
                if at + n <= end && memcmp(hay + at, pin.baseAddress!, n) == 0 {
                    found = at
                    next = Ahead.load(hay, at + n, end)
                }
            }
            if found == nil {
                let end = Int(start[e + 1])
                guard let later = find(pin, anchor: a, in: hay, at + 1, end) else { continue }
                found = later
                next = Ahead.load(hay, later + n, end)
            }
            entries.append(Int32(truncatingIfNeeded: e))
            offsets.append(Int32(truncatingIfNeeded: found!))
            aheads.append(next)
        }
        return Matches(needle: [], entries: entries, offsets: offsets, ahead: aheads)
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
