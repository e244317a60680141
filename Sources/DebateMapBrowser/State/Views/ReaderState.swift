/// The reader: an essay's text, wrapped once for the width, scrolled, one quoted passage lit,
/// and the search in its text, if any.
public struct ReaderState: Sendable {
    public var essay: Int
    /// The first line on screen.
    public var top = 0
    /// The quoted passage lit (a claim index).
    public var claim: Int?
    /// The claims of the essay that have quotes, in the order of the text.
    public var passages: [Int] = []
    /// The essay wrapped to the width it was last drawn at.
    var text: ReaderText
    /// The search in the essay's text (`/`), while there is one.
    var find: ReaderFind?
    /// The essay's text folded for the search, made at the first `/`.
    var folded: FoldedText?
}
