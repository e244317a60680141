/// What a loader thread works out about one definition of an essay map that needs no other
/// file: the hashes of its title and id (as `ClaimTable` keeps them), and its quote:
/// whether one is written, where, and where it lies in the essay's text. Worked out on the
/// loader threads, in parallel, so the resolver (one thread) only applies the rules.
struct PreparedDefinition: Sendable {
    /// The statement's `quote`, as written.
    enum QuoteState: UInt8, Sendable {
        /// No `quote` key (or a reference, which has no data of its own).
        case absent
        /// A `quote` that is not a non-empty string.
        case notAString
        /// A `quote` string, found in the text at `span` or `missing` there.
        case written
    }

    var titleHash: UInt32 = 0
    /// The hash of the id the title makes: its slug (`Slug.make`), or "claim" when the title
    /// has no letters or digits (`idIsEmpty`). The id itself is not kept: most claims never
    /// need it as a string (a `Claim` makes it from its title when asked).
    var idHash: UInt32 = 0
    var idIsEmpty = false
    var quote = QuoteState.absent
    /// Where the quote's value is written (nil when there is none).
    var quoteLocation: SourceLocation?
    var span = QuoteSpan.missing

    /// One for each statement (a reference's is left empty), each quote looked for in the
    /// essay's text, given as its UTF-8 bytes (the bytes read from its file, not a copy of the
    /// string's); nil when the text could not be read. One pass: each statement's `quote` is
    /// looked up once.
    static func make(_ statements: [ArgdownDocument.Statement], text: [UInt8]?, slugs: inout Slug.Maker) -> [PreparedDefinition] {
        var out = [PreparedDefinition](repeating: PreparedDefinition(), count: statements.count)
        let locator = text.map { QuoteLocator(text: $0) }
        var found: [(statement: Int, bytes: Range<Int>)] = []
        for s in statements.indices where statements[s].text != nil {
            let title = statements[s].title
            let slug = slugs.make(title)
            var prepared = PreparedDefinition(titleHash: ClaimTable.hash(title), idHash: ClaimTable.hash(slug.isEmpty ? "claim" : slug), idIsEmpty: slug.isEmpty)
            if let entry = statements[s].data?.entry("quote") {
                prepared.quoteLocation = entry.location
                if case .string(let words) = entry.value, !words.isEmpty {
                    prepared.quote = .written
                    if let range = locator?.find(words) { found.append((s, range)) }
                } else {
                    prepared.quote = .notAString
                }
            }
            out[s] = prepared
        }
        if let locator, !found.isEmpty {
            for (f, span) in zip(found, QuoteSpan.spans(of: found.map(\.bytes), in: locator)) { out[f.statement].span = span }
        }
        return out
    }
}
