@testable import DebateMap
import SyntheticCorpus
import Testing

/// Searching by a needle's rarest byte finds what a plain search finds: the first
/// occurrence, at the start, at the end, or none; and a quote is located in its essay's text
/// in bytes and in scalars.
struct ByteSearchTests {
    /// The first occurrence of `needle` in `hay`, the slow and obvious way.
    static func plainFind(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        return (0...(hay.count - needle.count)).first { hay[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func findsTheFirstOccurrenceAsAPlainSearchDoes() {
        var random = SplitMix(seed: 3)
        let pieces = ["свобода", " ", "мир", "Ελλάδα", "e", "t", "X", ".", "数据", "ab"].map { Array($0.utf8) }
        for _ in 0..<3_000 {
            var hay: [UInt8] = [], needle: [UInt8] = []
            for _ in 0..<Int(random.next(in: 0...30)) { hay += pieces[Int(random.next(in: 0...9))] }
            for _ in 0..<Int(random.next(in: 1...4)) { needle += pieces[Int(random.next(in: 0...9))] }
            let found: Int? = hay.isEmpty || needle.count > hay.count ? nil : hay.withUnsafeBufferPointer { h in
                needle.withUnsafeBufferPointer { n in
                    ByteSearch.find(n, anchor: ByteSearch.anchor(of: needle), in: h.baseAddress!, 0, h.count)
                }
            }
            #expect(found == ByteSearchTests.plainFind(needle, in: hay), "\(String(decoding: needle, as: UTF8.self)) in \(String(decoding: hay, as: UTF8.self))")
        }
    }

    @Test func theAnchorIsNeverALeadByteWhenThereIsAnother() {
        let needle = Array("свобода".utf8)
        #expect(needle[ByteSearch.anchor(of: needle)] < 0xC0)
        #expect(ByteSearch.anchor(of: Array("Refugee hope".utf8)) == 0)  // an uppercase letter: among the rarest, the first
    }

    @Test func aQuoteIsLocatedInBytesAndScalars() {
        let text = "Мир. Свобода — это право. Свобода — это право."
        let locator = QuoteLocator(text: Array(text.utf8))
        let range = locator.find("Свобода — это право.")
        #expect(range == ("Мир. ".utf8.count)..<("Мир. Свобода — это право.".utf8.count))
        #expect(locator.scalarOffsets([range!.lowerBound, range!.upperBound]) == [5, 25])
        #expect(locator.find("право. Мир") == nil)
        #expect(locator.find(text) == 0..<text.utf8.count)
    }

    /// Byte rarity is counted in the text's first pages only: a quote past them, made of
    /// bytes the sample never saw or saw everywhere, is still found, at its first occurrence.
    @Test func quotesPastTheCountedSample() {
        let head = String(repeating: "a b ", count: QuoteLocator.sampleLength / 2)
        let text = head + "Zürich ✓ quote. a b Zürich ✓ quote."
        let locator = QuoteLocator(text: Array(text.utf8))
        #expect(locator.find("Zürich ✓ quote.") == head.utf8.count..<(head.utf8.count + "Zürich ✓ quote.".utf8.count))
        #expect(locator.find("a b Zürich") == (head.utf8.count - 4)..<(head.utf8.count - 4 + "a b Zürich".utf8.count))  // the head's last "a b "
        #expect(locator.find("b a b a") == 2..<9)
        #expect(locator.find("Zürich ✗") == nil)
    }

    /// Offsets given in any order, repeated, at the ends: each gets the number of scalars
    /// before it, as counting from the start gives.
    @Test func scalarOffsetsInAnyOrder() {
        let text = "Мир. Свобода — это право 漢字 and ä."
        let bytes = Array(text.utf8)
        let locator = QuoteLocator(text: bytes)
        // Offsets at character boundaries: where each scalar starts, and the end.
        var boundaries = [0]
        for scalar in text.unicodeScalars { boundaries.append(boundaries.last! + String(scalar).utf8.count) }
        var random = SplitMix(seed: 11)
        let offsets = (0..<60).map { _ in boundaries[Int(random.next(in: 0...UInt64(boundaries.count - 1)))] } + [bytes.count, 0, bytes.count]
        let expected = offsets.map { offset in String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.count }
        #expect(locator.scalarOffsets(offsets) == expected)
    }
}
