/// A search in the essay the reader shows (`/`, as in less): the query, where it occurs in
/// the text (scalar offsets, as quotes are), which occurrence is current, and whether the
/// prompt is still open. While it is, keys edit the query and the reader follows the
/// first occurrence from where it was.
struct ReaderFind: Sendable {
    var query = ""
    var matches: [Range<Int>] = []
    /// The index in `matches` of the occurrence shown.
    var current: Int?
    /// The prompt is open: keys edit the query.
    var editing = true
    /// Where the text at the top was when the prompt opened (a scalar offset, which a new
    /// wrapping keeps): Esc goes back there, and the search starts from it.
    var from: Int

    /// "3/7", or "no match" for a query that is not in the text.
    var count: String? {
        if query.isEmpty { return nil }
        guard let current else { return "no match" }
        return "\(current + 1)/\(matches.count)"
    }
}
