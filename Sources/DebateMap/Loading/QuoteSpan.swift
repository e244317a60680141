/// Where a statement's quote lies in its essay's text, in Unicode scalars, found on a loader
/// thread (`PreparedMapFile`) so the resolver only records it; `missing` when the quote is
/// not in the text (the resolver then looks for the closest passage, to say so).
struct QuoteSpan: Sendable, Equatable {
    var start: Int32
    var end: Int32
    /// The same span in UTF-8 bytes.
    var byteStart: Int32
    var byteEnd: Int32

    static let missing = QuoteSpan(start: -1, end: -1, byteStart: -1, byteEnd: -1)

    var isMissing: Bool { start < 0 }

    /// The span of each statement's `quote` in the essay's text, given as its UTF-8 bytes (the
    /// bytes read from its file, not a copy of the string's), indexed like `statements`;
    /// `missing` for a statement without a quote (a reference, or no `quote` string) or one
    /// not found.
    static func locate(_ statements: [ArgdownDocument.Statement], inText textBytes: [UInt8]) -> [QuoteSpan] {
        let locator = QuoteLocator(text: textBytes)
        var spans = [QuoteSpan](repeating: .missing, count: statements.count)
        var found: [(statement: Int, bytes: Range<Int>)] = []
        // Read in place: a copy of each statement retained and released all its fields.
        statements.withUnsafeBufferPointer { statements in
            for s in statements.indices where statements[s].text != nil {
                guard case .string(let quote)? = statements[s].data?.entry("quote")?.value, !quote.isEmpty,
                      let range = locator.find(quote) else { continue }
                found.append((s, range))
            }
        }
        var byteOffsets: [Int] = []  // not `flatMap { [a, b] }`: an array a quote
        byteOffsets.reserveCapacity(2 * found.count)
        for f in found { byteOffsets += CollectionOfOne(f.bytes.lowerBound); byteOffsets += CollectionOfOne(f.bytes.upperBound) }
        let offsets = locator.scalarOffsets(byteOffsets)
        for (k, f) in found.enumerated() {
            spans[f.statement] = QuoteSpan(start: Int32(truncatingIfNeeded: offsets[2 * k]), end: Int32(truncatingIfNeeded: offsets[2 * k + 1]),
                                           byteStart: Int32(truncatingIfNeeded: f.bytes.lowerBound), byteEnd: Int32(truncatingIfNeeded: f.bytes.upperBound))
        }
        return spans
    }
}
