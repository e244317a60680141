/// What a loader thread works out about one statement of an essay map that needs no other
/// file: for a definition, its title's hash, its id and the id's hash (as `ClaimTable` keeps
/// them), and its quote: whether one is written, where, and where it lies in the essay's
/// text. The resolver then only probes its tables: made on the main thread, these were a
/// third of its time there, most of it waiting for memory the loader thread had just
/// written (and still held in its own cache).
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
    /// The hash of the title's id (`Slug`), made without making the id (of "claim" when the
    /// title makes no id, which `idIsEmpty` says).
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
        // Read in place: a copy of each statement retained and released all its fields.
        statements.withUnsafeBufferPointer { statements in
            for s in statements.indices where statements[s].text != nil {
                let title = statements[s].title
                let (idHash, idIsEmpty) = slugs.idHash(title)
                var prepared = PreparedDefinition(titleHash: ClaimTable.hash(title), idHash: idHash, idIsEmpty: idIsEmpty)
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
        }
        if let locator, !found.isEmpty {
            for (f, span) in zip(found, QuoteSpan.spans(of: found.map(\.bytes), in: locator)) { out[f.statement].span = span }
        }
        return out
    }
}
