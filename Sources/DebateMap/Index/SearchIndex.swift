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
    /// The first claim entry: from here entry `e` is claim `(e - firstClaimEntry) / 2`'s text
    /// when even, its quote when odd (what `hit(_:)` says, without asking entry by entry).
    public var firstClaimEntry: Int32 { claimEntries }
    /// How many essays there are: their titles and authors are the first entries.
    private var essayCount = 0

    public init(corpus: Corpus) {
        let others = corpus.positions.count + corpus.essays.count * 2
        start.reserveCapacity(corpus.claims.count * 2 + others + 1)
        fields.reserveCapacity(others)
        owners.reserveCapacity(others)
        // The folded texts' room made once, for as many bytes as the texts have (folding
        // keeps ASCII's length and mostly keeps or shortens the rest): grown by doubling,
        // the buffer of a million claims' texts was copied a dozen times and, at the last
        // doubling, held twice over.
        var bytes = 8
        for claim in corpus.claims { bytes += claim.text.utf8.count + (claim.quote?.byteCount ?? 0) }
        folded.reserveCapacity(bytes + bytes / 16)
        var folder = TextFold.Folder()
        func add(_ field: Field, _ index: Int, _ text: String) {
            folder.append(text, to: &folded)
            fields.append(field)
            owners.append(Int32(truncatingIfNeeded: index))
            endEntry()
        }
        func endEntry() { start.append(Int32(truncatingIfNeeded: folded.count)) }
        essayCount = corpus.essays.count
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
    /// A scan done in slices (`Scan`) holds them for the entries it has looked at so far.
    public struct Matches: Sendable {
        public var needle: [UInt8]
        public var entries: [Int32]
        /// For each of `entries`, the offset of the needle's first occurrence in the buffer.
        var offsets: [Int32]
        /// For each of `entries`, the bytes that follow that occurrence, as far as known; empty
        /// when nothing is known of any of them (after a fresh scan).
        var ahead: [Ahead]
        /// Every entry before this one has been looked at: `entries` holds each of them that
        /// matches, and nothing is known of the entries from here on.
        public internal(set) var scannedTo: Int32
        /// Whether every entry has been looked at.
        public internal(set) var isComplete: Bool

        public static let none = Matches(needle: [], entries: [], offsets: [], ahead: [], scannedTo: 0, isComplete: true)

        /// Appends what a slice found, keeping `ahead` as long as `entries` once any is known.
        mutating func append(_ part: Matches) {
            if entries.isEmpty {
                // The first slice's arrays are taken as they are, not copied.
                (entries, offsets, ahead) = (part.entries, part.offsets, part.ahead)
                return
            }
            if ahead.isEmpty && !part.ahead.isEmpty {
                ahead.append(contentsOf: repeatElement(.unknown, count: entries.count))
            }
            entries.append(contentsOf: part.entries)
            offsets.append(contentsOf: part.offsets)
            if !ahead.isEmpty {
                if part.ahead.isEmpty {
                    ahead.append(contentsOf: repeatElement(.unknown, count: part.entries.count))
                } else {
                    ahead.append(contentsOf: part.ahead)
                }
            }
        }
    }

    /// A search for one needle done a slice at a time, so that a keystroke need not wait for
    /// every text of a large corpus: `begin` sets it up, each `advance` looks at a bounded
    /// number of entries, and `matches` holds what has been found, in order, so far. It first
    /// narrows the previous needle's matches (those it had found), then scans afresh the
    /// entries the previous search had not reached.
    public struct Scan: Sendable {
        public internal(set) var matches: Matches
        /// The matches of the shorter needle this one lengthens, if any.
        let previous: Matches?
        /// How many of `previous.entries` have been narrowed.
        var previousDone = 0
        /// The next entry of the fresh scan that follows the narrowing.
        var next: Int

        /// Whether every entry has been looked at.
        public var isComplete: Bool { matches.isComplete }
    }

    /// The number of entries (texts) in the index.
    public var entryCount: Int { start.count - 1 }

    /// A scan for `needle`, nothing looked at yet. Given the matches, complete or not, of a
    /// needle that `needle` lengthens (the query before this keystroke), only those entries
    /// and the ones that search had not reached are looked at.
    public func begin(_ needle: [UInt8], narrowing previous: Matches? = nil) -> Scan {
        guard !needle.isEmpty else { return Scan(matches: .none, previous: nil, next: entryCount) }
        let narrowing = previous.flatMap { $0.needle.count < needle.count && needle.starts(with: $0.needle) ? $0 : nil }
        var scan = Scan(matches: Matches(needle: needle, entries: [], offsets: [], ahead: [], scannedTo: 0, isComplete: false),
                        previous: narrowing, next: Int(narrowing?.scannedTo ?? 0))
        scan.matches.isComplete = (narrowing?.entries.count ?? 0) + entryCount - scan.next == 0
        scan.matches.scannedTo = narrowing?.entries.first ?? Int32(truncatingIfNeeded: scan.next)
        return scan
    }

    /// Looks at up to `limit` more entries of the scan (split over the cores when there are
    /// many): first the previous matches still to narrow, then the entries after them.
    public func advance(_ scan: inout Scan, by limit: Int) {
        advance(&scan, by: limit, minimumPerPart: 50_000)
    }

    /// `advance(_:by:)`, split into parts of at least `minimumPerPart` entries.
    func advance(_ scan: inout Scan, by limit: Int, minimumPerPart: Int) {
        guard !scan.isComplete else { return }
        let needle = scan.matches.needle
        let a = ByteSearch.anchor(of: needle)
        var budget = max(1, limit)
        if let previous = scan.previous, scan.previousDone < previous.entries.count {
            let from = scan.previousDone
            let count = min(budget, previous.entries.count - from)
            // What this keystroke added to the needle, as a word to compare with what is ahead.
            let added = needle.count - previous.needle.count
            let addedWord = needle.dropFirst(previous.needle.count).prefix(7).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let parts = SplitScan.run(count: count, minimumPerPart: minimumPerPart) { range -> Matches in
                folded.withUnsafeBufferPointer { hay in
                    start.withUnsafeBufferPointer { start in
                        needle.withUnsafeBufferPointer { pin in
                            previous.entries.withUnsafeBufferPointer { entries in
                                previous.offsets.withUnsafeBufferPointer { offsets in
                                    previous.ahead.withUnsafeBufferPointer { ahead in
                                        SearchIndex.narrow((from + range.lowerBound)..<(from + range.upperBound), of: entries.baseAddress!, offsets.baseAddress!,
                                                           ahead.isEmpty ? nil : ahead.baseAddress!, hay.baseAddress!, start.baseAddress!, pin,
                                                           anchor: a, added: added, addedWord: addedWord)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            for part in parts { scan.matches.append(part) }
            scan.previousDone += count
            budget -= count
            scan.matches.scannedTo = scan.previousDone < previous.entries.count ? previous.entries[scan.previousDone] : previous.scannedTo
        }
        let narrowed = scan.previousDone == (scan.previous?.entries.count ?? 0)
        if narrowed && budget > 0 && scan.next < entryCount {
            let from = scan.next
            let count = min(budget, entryCount - from)
            let parts = SplitScan.run(count: count, minimumPerPart: minimumPerPart) { range -> Matches in
                folded.withUnsafeBufferPointer { hay in
                    start.withUnsafeBufferPointer { start in
                        needle.withUnsafeBufferPointer { pin in
                            SearchIndex.scan((from + range.lowerBound)..<(from + range.upperBound), hay.baseAddress!, start.baseAddress!, pin, anchor: a)
                        }
                    }
                }
            }
            for part in parts { scan.matches.append(part) }
            scan.next += count
            scan.matches.scannedTo = Int32(truncatingIfNeeded: scan.next)
        }
        scan.matches.isComplete = narrowed && scan.next == entryCount
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

    /// The entries whose folded text contains `needle`, all of them (a scan done in one go).
    /// Given the matches of a needle that `needle` lengthens (the query before this
    /// keystroke), only those entries are looked at, each first where the shorter needle first
    /// occurred: a longer needle starting with it cannot occur earlier, and usually occurs
    /// right there, which the bytes kept after each match (`Ahead`) mostly tell without
    /// reading the text.
    public func matches(_ needle: [UInt8], narrowing previous: Matches? = nil) -> Matches {
        matches(needle, narrowing: previous, minimumPerPart: 50_000)
    }

    /// `matches(_:narrowing:)`, split into parts of at least `minimumPerPart` entries.
    func matches(_ needle: [UInt8], narrowing previous: Matches?, minimumPerPart: Int) -> Matches {
        var scan = begin(needle, narrowing: previous)
        advance(&scan, by: .max, minimumPerPart: minimumPerPart)
        return scan.matches
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
            if let at = ByteSearch.find(pin, anchor: a, in: hay, Int(start[e]), Int(start[e + 1])) {
                entries.append(Int32(truncatingIfNeeded: e))
                offsets.append(Int32(truncatingIfNeeded: at))
            }
        }
        return Matches(needle: [], entries: entries, offsets: offsets, ahead: [], scannedTo: 0, isComplete: false)
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
                guard let later = ByteSearch.find(pin, anchor: a, in: hay, at + 1, end) else { continue }
                found = later
                next = Ahead.load(hay, later + n, end)
            }
            entries.append(Int32(truncatingIfNeeded: e))
            offsets.append(Int32(truncatingIfNeeded: found!))
            aheads.append(next)
        }
        return Matches(needle: [], entries: entries, offsets: offsets, ahead: aheads, scannedTo: 0, isComplete: false)
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

    /// The entry holding a field of an item, if the index has one (a position without a
    /// summary, or whose essay is silent on its topic, has none). The inverse of `hit(_:)`.
    public func entry(_ field: Field, of index: Int) -> Int32? {
        switch field {
        case .claim, .quote:
            let e = Int(claimEntries) + 2 * index + (field == .quote ? 1 : 0)
            return index >= 0 && e < entryCount ? Int32(truncatingIfNeeded: e) : nil
        case .title, .author:
            // Each essay's title and author come first, in that order.
            let e = 2 * index + (field == .author ? 1 : 0)
            return index >= 0 && e < fields.count && fields[e] == field ? Int32(truncatingIfNeeded: e) : nil
        case .summary:
            // The summaries follow the essays' titles and authors, in the order of their
            // positions: a binary search.
            var lo = min(fields.count, 2 * essayCount), hi = fields.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if owners[mid] < index { lo = mid + 1 } else { hi = mid }
            }
            return lo < fields.count && owners[lo] == index ? Int32(truncatingIfNeeded: lo) : nil
        }
    }

    /// Whether the folded needle occurs in entry `e`'s text: one text read, for asking about a
    /// few entries (the rows on screen) without a scan.
    public func contains(_ needle: [UInt8], entry e: Int32) -> Bool {
        guard !needle.isEmpty, e >= 0, Int(e) < entryCount else { return false }
        return folded.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                ByteSearch.find(pin, anchor: ByteSearch.anchor(of: needle), in: hay.baseAddress!, Int(start[Int(e)]), Int(start[Int(e) + 1])) != nil
            }
        }
    }
}
