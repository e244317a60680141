@testable import DebateMap
import SyntheticCorpus
import Testing

/// The parser's cache of short words hands back a string only for exactly its bytes: many
/// words of every length up to 15, sharing prefixes and slots, each read back as itself.
struct ShortStringsTests {
    @Test func aCachedWordIsAlwaysItsOwnBytes() {
        var cache = ShortStrings()
        var random = SplitMix(seed: 21)
        let alphabet = Array("abq:é ".utf8) + [0x00]  // NUL: "a" and "a\0" pack alike but for their length
        var hits = 0
        for _ in 0..<20_000 {
            let length = Int(random.next(in: 0...15))
            let bytes = (0..<length).map { _ in alphabet[Int(random.next(in: 0...UInt64(alphabet.count - 1)))] }
            // Within a larger buffer, at an offset, as the parser reads a file.
            let file = Array("xx".utf8) + bytes + Array("yy".utf8)
            let word = file.withUnsafeBufferPointer { p -> String in
                if let known = cache.cached(p, 2, 2 + length) { hits += 1; return known }
                let made = String(decoding: p[2..<(2 + length)], as: UTF8.self)
                cache.remember(made, for: p, 2, 2 + length)
                return made
            }
            #expect(word == String(decoding: bytes, as: UTF8.self), "\(bytes)")
        }
        #expect(hits > 0)
        // Words that differ only by trailing NULs, each looked up right after the one before:
        // where two share a slot, only the length tells them apart.
        for prefix in 0..<40 {
            var word = Array("w\(prefix)".utf8)
            while word.count <= ShortStrings.maximumLength {
                let read = word.withUnsafeBufferPointer { p -> String in
                    if let known = cache.cached(p, 0, p.count) { return known }
                    let made = String(decoding: p, as: UTF8.self)
                    cache.remember(made, for: p, 0, p.count)
                    return made
                }
                #expect(read == String(decoding: word, as: UTF8.self), "\(word)")
                word.append(0)
            }
        }
    }

    /// In a file, each `quote` key and repeated stance reads as written.
    @Test func repeatedKeysAndValuesParseAsWritten() {
        let lines = (0..<40).map { k in "[T\(k)]: t {quote: \"q\(k)\", stance: \(k % 2 == 0 ? "for" : "forward"), n: \(k)}" }
        let (doc, diags) = ArgdownParser.parse(Array(lines.joined(separator: "\n").utf8), file: "t.argdown")
        #expect(diags.isEmpty)
        for (k, s) in doc.statements.enumerated() {
            #expect(s.data?["quote"] == .string("q\(k)"))
            #expect(s.data?["stance"] == .string(k % 2 == 0 ? "for" : "forward"))
            #expect(s.data?["n"] == .string("\(k)"))
            #expect(s.data?.entries.map(\.key) == ["quote", "stance", "n"])
        }
    }
}
