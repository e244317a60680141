/// Where a statement's quote lies in its essay's text, in Unicode scalars, found on a loader
/// thread (`PreparedDefinition`) so the resolver only records it; `missing` when the quote is
/// not in the text (the resolver then looks for the closest passage, to say so).
struct QuoteSpan: Sendable, Equatable {
    var start: Int32
    var end: Int32
    /// The same span in UTF-8 bytes.
    var byteStart: Int32
    var byteEnd: Int32

    static let missing = QuoteSpan(start: -1, end: -1, byteStart: -1, byteEnd: -1)

    var isMissing: Bool { start < 0 }

    /// The spans of quotes found at `ranges` (UTF-8 bytes) of `locator`'s text, in scalars too.
    static func spans(of ranges: [Range<Int>], in locator: QuoteLocator) -> [QuoteSpan] {
        var byteOffsets: [Int] = []  // not `flatMap { [a, b] }`: an array a quote
        byteOffsets.reserveCapacity(2 * ranges.count)
        for r in ranges { byteOffsets += CollectionOfOne(r.lowerBound); byteOffsets += CollectionOfOne(r.upperBound) }
        let offsets = locator.scalarOffsets(byteOffsets)
        return ranges.indices.map { k in
            QuoteSpan(start: Int32(truncatingIfNeeded: offsets[2 * k]), end: Int32(truncatingIfNeeded: offsets[2 * k + 1]),
                      byteStart: Int32(truncatingIfNeeded: ranges[k].lowerBound), byteEnd: Int32(truncatingIfNeeded: ranges[k].upperBound))
        }
    }
}
