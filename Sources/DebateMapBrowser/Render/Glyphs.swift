/// The characters the browser draws with, in Unicode or, for terminals without UTF-8, ASCII.
struct Glyphs: Sendable {
    /// Fold markers: unfolded, folded.
    let open, closed: String
    /// The main claim of a position, in place of a relation marker.
    let main: String
    /// Before the count of opposing claims: "⚔3", "x 3".
    let crossed: String
    let arrow, dash, ellipsis, dot, horizontal, vertical, openQuote, closeQuote: String
    /// Before a reference row's text, and a conclusion's.
    let reference, therefore: String
    /// "topics × essays", and a range of numbers "1–3".
    let times, range: String
    /// Tree lines: a child with siblings below it, the last child, the stub to its marker,
    /// and what stands in the marker's place for a leaf.
    let tee, corner, stub, leafStub: String
    /// Box corners for the help overlay: top left, top right, bottom left, bottom right.
    let boxCorners: (String, String, String, String)
    /// Before "4 more lines" above and below a pane's text; between two clashing essays.
    let moreAbove, moreBelow, versus: String

    static let unicode = Glyphs(open: "▾", closed: "▸", main: "▶", crossed: "⚔", arrow: "›", dash: "—",
                                ellipsis: "…", dot: "·", horizontal: "─", vertical: "│", openQuote: "“", closeQuote: "”", reference: "→", therefore: "∴", times: "×", range: "–",
                                tee: "├", corner: "└", stub: "─", leafStub: "─", boxCorners: ("┌", "┐", "└", "┘"),
                                moreAbove: "↑", moreBelow: "↓", versus: "⟷")
    static let ascii = Glyphs(open: "-", closed: "+", main: ">", crossed: "x ", arrow: ">", dash: "-",
                              ellipsis: "...", dot: ".", horizontal: "-", vertical: "|", openQuote: "\"", closeQuote: "\"", reference: "->", therefore: "so", times: "x", range: "-",
                              tee: "|", corner: "`", stub: "-", leafStub: " ", boxCorners: ("+", "+", "+", "+"),
                              moreAbove: "^", moreBelow: "v", versus: "<>")

    static func of(_ options: BrowserOptions) -> Glyphs { options.ascii ? .ascii : .unicode }
}
