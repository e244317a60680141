/// The characters the browser draws with, in Unicode or, for terminals without UTF-8, ASCII.
struct Glyphs: Sendable {
    let open, closed, leaf, main, crossed, arrow, dash, ellipsis, dot, horizontal, vertical, openQuote, closeQuote: String

    static let unicode = Glyphs(open: "▾", closed: "▸", leaf: " ", main: "▶", crossed: "⚔", arrow: "›", dash: "—",
                                ellipsis: "…", dot: "·", horizontal: "─", vertical: "│", openQuote: "“", closeQuote: "”")
    static let ascii = Glyphs(open: "-", closed: "+", leaf: " ", main: ">", crossed: "x", arrow: ">", dash: "-",
                              ellipsis: "...", dot: ".", horizontal: "-", vertical: "|", openQuote: "\"", closeQuote: "\"")

    static func of(_ options: BrowserOptions) -> Glyphs { options.ascii ? .ascii : .unicode }
}
