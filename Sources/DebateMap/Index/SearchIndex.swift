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
    private var fields: [Field] = []
    private var owners: [Int32] = []

    public init(corpus: Corpus) {
        let count = corpus.claims.count * 2 + corpus.positions.count + corpus.essays.count * 2
        start.reserveCapacity(count + 1)
        fields.reserveCapacity(count)
        owners.reserveCapacity(count)
        var folder = TextFold.Folder()
        func add(_ field: Field, _ index: Int, _ text: String) {
            folder.append(text, to: &folded)
            fields.append(field)
            owners.append(Int32(truncatingIfNeeded: index))
            start.append(Int32(truncatingIfNeeded: folded.count))
        }
        for (i, essay) in corpus.essays.enumerated() {
            add(.title, i, essay.title)
            add(.author, i, essay.author)
        }
        for (i, position) in corpus.positions.enumerated() where !position.summary.isEmpty && corpus.isMapped(essay: position.essay, topic: position.topic) {
            add(.summary, i, position.summary)
        }
        for (i, claim) in corpus.claims.enumerated() {
            add(.claim, i, claim.text)
            if let quote = claim.quote { add(.quote, i, quote.text) }
        }
        folded.append(0)  // so the scan may read one byte past the last entry
    }

    /// Every hit for the query, in corpus order (essays, positions, then claims).
    public func search(_ query: String) -> [Hit] {
        hits(entries(matching: TextFold.foldedBytes(query)))
    }

    /// The entries (in order) whose folded text contains `needle`. Given the entries that
    /// matched a needle that `needle` contains (the query before this keystroke), only those
    /// are looked at: a longer query can only match fewer texts.
    public func entries(matching needle: [UInt8], within candidates: [Int32]? = nil) -> [Int32] {
        guard !needle.isEmpty else { return [] }
        var out: [Int32] = []
        let a = SearchIndex.anchor(of: needle)
        folded.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let base = hay.baseAddress!
                if let candidates {
                    for e in candidates where SearchIndex.find(pin, anchor: a, in: base, Int(start[Int(e)]), Int(start[Int(e) + 1])) {
                        out.append(e)
                    }
                } else {
                    for e in 0..<fields.count where SearchIndex.find(pin, anchor: a, in: base, Int(start[e]), Int(start[e + 1])) {
                        out.append(Int32(e))
                    }
                }
            }
        }
        return out
    }

    /// The hits of entries returned by `entries(matching:)`.
    public func hits(_ entries: [Int32]) -> [Hit] {
        entries.map(hit)
    }

    /// What entry `e` is: its field and the index of its item.
    public func hit(_ e: Int32) -> Hit { Hit(field: fields[Int(e)], index: Int(owners[Int(e)])) }

    /// Whether `hay[lo ..< hi]` contains the needle. memchr looks for the needle's rarest
    /// byte (`anchor`, from `anchor(of:)`), then the whole needle is compared in place.
    @inline(__always)
    static func find(_ needle: UnsafeBufferPointer<UInt8>, anchor a: Int, in hay: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        let n = needle.count
        guard n <= hi - lo else { return false }
        let byte = Int32(needle[a])
        let end = hi - (n - 1 - a)  // the anchor byte lies before this
        var k = lo + a
        while k < end {
            guard let found = memchr(hay + k, byte, end - k) else { return false }
            k = hay.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if n == 1 || memcmp(hay + k - a, needle.baseAddress!, n) == 0 { return true }
            k += 1
        }
        return false
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
