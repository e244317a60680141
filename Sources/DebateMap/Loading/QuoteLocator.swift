/// Finds quotes in an essay's text: byte search, then byte offsets turned into Unicode-scalar
/// offsets; and, for a quote that is not there, the passage of the text nearest to it.
struct QuoteLocator {
    let text: [UInt8]
    /// How often each byte value occurs in the text's first `sampleLength` bytes, counted
    /// once: a quote is looked for by the byte of it that is rarest in this text. A sample,
    /// not the whole text: counting every byte of every essay was a fifth of the search, and
    /// which bytes are rare shows in the first pages.
    private let byteCounts: [Int32]
    static let sampleLength = 4096

    init(text: [UInt8]) {
        self.text = text
        var counts = [Int32](repeating: 0, count: 256)
        text.withUnsafeBufferPointer { p in
            counts.withUnsafeMutableBufferPointer { c in
                for b in p.prefix(QuoteLocator.sampleLength) { c[Int(b)] &+= 1 }
            }
        }
        byteCounts = counts
    }

    /// The byte range of the first occurrence of `quote` (`ByteSearch`: `memchr` to the byte
    /// of the quote's first 64 that is rarest in the text, `memcmp` to confirm at each).
    func find(_ quote: String) -> Range<Int>? {
        var quote = quote
        // The quote's own bytes, not a copy (a parsed string is native, so contiguous).
        return quote.withUTF8 { find($0) }
    }

    func find(_ needle: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        var anchor = 0
        byteCounts.withUnsafeBufferPointer { counts in
            var rarest = counts[Int(needle[0])]
            // Among its first 64 bytes: one of them is nearly always rare enough, and looking
            // through every byte of every quote cost a fifth of the search.
            for k in 0..<min(needle.count, 64) where counts[Int(needle[k])] < rarest {
                anchor = k
                rarest = counts[Int(needle[k])]
            }
        }
        return text.withUnsafeBufferPointer { hay in
            ByteSearch.find(needle, anchor: anchor, in: hay.baseAddress!, 0, hay.count).map { $0..<($0 + needle.count) }
        }
    }

    /// Scalar offsets for many byte offsets at once, in one walk over the text.
    func scalarOffsets(_ byteOffsets: [Int]) -> [Int] {
        // In order of offset: each offset and its index packed in one integer and sorted as
        // plain numbers (a sort of indices through a closure cost more than the walk).
        let order = byteOffsets.indices.map { UInt64(min(max(0, byteOffsets[$0]), 0xFFFF_FFFF)) << 32 | UInt64($0) }.sorted()
        var result = [Int](repeating: 0, count: byteOffsets.count)
        var scalars = 0
        var k = 0
        text.withUnsafeBufferPointer { p in
            for packed in order {
                let index = Int(packed & 0xFFFF_FFFF)
                let target = min(byteOffsets[index], p.count)
                if k < target {
                    scalars += ScalarCount.scalars(in: p, from: k, to: target)
                    k = target
                }
                result[index] = scalars
            }
        }
        return result
    }

    /// The sentence-sized passage of the text that shares the most words with `quote`.
    func closestPassage(to quote: String) -> String? {
        let words = Set(QuoteLocator.words(quote))
        guard !words.isEmpty else { return nil }
        let string = String(decoding: text, as: UTF8.self)
        var best: (score: Double, passage: Substring)?
        for passage in QuoteLocator.sentences(string) {
            let passageWords = QuoteLocator.words(String(passage))
            guard !passageWords.isEmpty else { continue }
            let shared = Set(passageWords).intersection(words).count
            let score = Double(shared) / Double(max(words.count, 1)) - 0.001 * Double(abs(passageWords.count - words.count))
            if shared > 0, best == nil || score > best!.score { best = (score, passage) }
        }
        guard let passage = best?.passage else { return nil }
        let trimmed = String(passage).trimmingSpaces()
        return trimmed.count > 300 ? String(trimmed.prefix(300)) + "…" : trimmed
    }

    /// When the closest passage holds the quote but for characters that look alike (a
    /// no-break space for a space, a curly quote for a straight one), says where and what.
    static func firstDifference(quote: String, passage: String) -> String? {
        let q = Array(quote.unicodeScalars), p = Array(passage.unicodeScalars)
        guard !q.isEmpty, p.count >= q.count else { return nil }
        // Align on the passage window that differs from the quote in the fewest places.
        var best: (offset: Int, mismatches: Int)?
        for offset in 0...(p.count - q.count) {
            var mismatches = 0
            for k in q.indices where q[k] != p[offset + k] {
                mismatches += 1
                if mismatches > 3 { break }
            }
            if mismatches <= 3, best == nil || mismatches < best!.mismatches { best = (offset, mismatches) }
        }
        guard let best, best.mismatches > 0,
              let k = q.indices.first(where: { q[$0] != p[best.offset + $0] }) else { return nil }
        func name(_ s: Unicode.Scalar) -> String {
            let hex = String(s.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + (s.properties.name.map { " " + $0 } ?? "")
        }
        return "at character \(k + 1) of the quote the text has \(name(p[best.offset + k])) where the quote has \(name(q[k]))"
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    static func sentences(_ s: String) -> [Substring] {
        var out: [Substring] = []
        var start = s.startIndex
        var index = s.startIndex
        while index < s.endIndex {
            let c = s[index]
            let next = s.index(after: index)
            if c == "\n" || ((c == "." || c == "!" || c == "?") && (next == s.endIndex || s[next] == " " || s[next] == "\n")) {
                out.append(s[start..<next])
                start = next
            }
            index = next
        }
        if start < s.endIndex { out.append(s[start...]) }
        return out
    }
}
