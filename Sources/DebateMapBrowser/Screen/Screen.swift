import DebateMap

/// What the browser shows: a grid of cells, each a grapheme and a style. Pure data, made by
/// `render`, drawn by the terminal layer, compared as text by the tests.
///
/// A wide character (CJK, most emoji) fills its cell and leaves the next one as a
/// continuation (`text == ""`); a cell never holds a control character.
public struct Screen: Sendable, Hashable {
    /// One cell of the grid: what it shows and how.
    public struct Cell: Sendable, Hashable {
        /// One grapheme cluster, whole; "" for the cells after its first when it takes more
        /// than one (`DisplayWidth`).
        public var text: String
        public var style: CellStyle
        public init(text: String = " ", style: CellStyle = .plain) {
            self.text = text
            self.style = style
        }
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be left (for the search prompt); nil hides it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes text from column x of row y, clipped at `limit` (default: the right edge).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let right = min(limit ?? width, width)
        var col = x
        for original in text {
            // Never let a control or bidi character reach the terminal, nor a cluster a cell
            // cannot hold (it is spelled out).
            if original.unicodeScalars.contains(where: SafeText.isUnsafe) || TerminalCells.overflows(original) {
                col = put(SafeText.forScreen(String(original)), x: col, y: y, style: style, limit: right)
                continue
            }
            let grapheme = original
            let w = DisplayWidth.of(grapheme)
            if w == 0 {
                // A lone combining mark or a zero-width character joins the cell before it.
                // After a wide cluster it joins its first cell, where the cluster is drawn.
                var base = col - 1
                while base > x, base < width, self[base, y].text.isEmpty { base -= 1 }
                if base >= 0, base < right, base >= x { self[base, y].text.append(contentsOf: String(grapheme)) }
                continue
            }
            // A cluster is never cut: one that does not fit is left out with what follows.
            if col + w > right { break }
            if col >= 0 {
                self[col, y] = Cell(text: String(grapheme), style: style)
                for k in 1..<w { self[col + k, y] = Cell(text: "", style: style) }
            }
            col += w
        }
        return col
    }

    /// Sets the style of cells [x, x+count) on row y, keeping their text.
    public mutating func paint(x: Int, y: Int, count: Int, style: CellStyle) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<max(max(0, x), min(width, x + count)) { self[col, y].style = style }
    }

    /// The text of one row, trailing spaces removed.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width { s += self[x, y].text }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line per row.
    public var text: String { (0..<height).map(line).joined(separator: "\n") }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }

    public func hash(into h: inout Hasher) {
        h.combine(width)
        h.combine(height)
        h.combine(cells)
    }
}
