import CNcurses
import DebateMapBrowser

/// Draws Screens with ncurses, writing only what changed since the last one: on each row,
/// the span from the first to the last changed cell. After `invalidate()` (a resize, the
/// return from Ctrl-Z) the next frame is erased and drawn whole, and the terminal repainted.
///
/// Each grapheme is written at its own cell as one `cchar_t` (the character and its
/// combining marks), so Cyrillic, CJK, emoji and accents land where the Screen put them.
/// Where the C library measures a character differently from the Screen, the Painter keeps
/// the Screen's columns: a character the Screen made wide but the library thinks narrow
/// gets a blank after it, and one it cannot place is shown as U+FFFD (or `?`).
struct Painter {
    let window: UnsafeMutablePointer<WINDOW>
    /// Whether to use colour pairs 1…6 (set up by the terminal session).
    let colours: Bool
    /// Whether the locale can encode any character; if not, only ASCII is written.
    let unicode: Bool
    private var previous: Screen?
    private var repaintTerminal = true
    private var cursorShown: Bool?

    init(window: UnsafeMutablePointer<WINDOW>, colours: Bool, unicode: Bool) {
        self.window = window
        self.colours = colours
        self.unicode = unicode
    }

    /// The next draw erases the window, writes every cell and repaints the whole terminal.
    mutating func invalidate() {
        previous = nil
        repaintTerminal = true
        cursorShown = nil
    }

    mutating func draw(_ screen: Screen) {
        let last = previous.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
        if last == nil { werase(window) }
        if repaintTerminal {
            clearok(window, true)
            repaintTerminal = false
        }
        for y in 0..<screen.height {
            guard let span = changedSpan(row: y, from: last, to: screen) else { continue }
            for x in span where !screen[x, y].text.isEmpty {
                let wide = x + 1 < screen.width && screen[x + 1, y].text.isEmpty
                put(screen[x, y], x: x, y: y, width: wide ? 2 : 1)
            }
        }
        placeCursor(screen.cursor)
        wrefresh(window)
        previous = screen
    }

    /// The columns of row y to write: from the first to the last cell that differs, widened
    /// to whole wide characters (old and new). Nil when the row is unchanged.
    func changedSpan(row y: Int, from last: Screen?, to screen: Screen) -> ClosedRange<Int>? {
        guard screen.width > 0 else { return nil }
        guard let last else { return 0...(screen.width - 1) }
        guard var low = (0..<screen.width).first(where: { last[$0, y] != screen[$0, y] }) else { return nil }
        let high = (low..<screen.width).last(where: { last[$0, y] != screen[$0, y] })!
        while low > 0 && (screen[low, y].text.isEmpty || last[low, y].text.isEmpty) { low -= 1 }
        return low...high
    }

    /// Writes one grapheme at (x, y), filling `width` cells.
    private func put(_ cell: Screen.Cell, x: Int, y: Int, width: Int) {
        var (characters, written) = encode(cell.text, width: width)
        characters.append(0)
        var styled = cchar_t()
        let (attributes, pair) = ncursesStyle(cell.style)
        setcchar(&styled, characters, attributes, pair, nil)
        // The bottom-right cell reports an error as the cursor cannot advance past it, but
        // the character is placed: harmless.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &styled)
        if written < width {
            var blank = cchar_t()
            setcchar(&blank, [wchar_t(0x20), 0], attributes, pair, nil)
            _ = mvwadd_wch(window, Int32(y), Int32(x + written), &blank)
        }
    }

    /// The wide characters to write for a grapheme the Screen gave `width` cells, and how
    /// many cells ncurses will give them.
    func encode(_ text: String, width: Int) -> ([wchar_t], Int) {
        let scalars = Array(text.unicodeScalars)
        guard let lead = scalars.first else { return ([0x20], 1) }
        let leadWidth = unicode || lead.isASCII ? Int(wcwidth(wchar_t(bitPattern: lead.value))) : -1
        guard leadWidth == width || (leadWidth == 1 && width == 2) else {
            return ([unicode ? 0xFFFD : wchar_t(UInt8(ascii: "?"))], 1)
        }
        // A cchar_t holds one spacing character and up to four that take no cell.
        let marks = scalars.dropFirst().filter { wcwidth(wchar_t(bitPattern: $0.value)) == 0 }.prefix(Int(CCHARW_MAX) - 1)
        return ([wchar_t(bitPattern: lead.value)] + marks.map { wchar_t(bitPattern: $0.value) }, leadWidth)
    }

    private func ncursesStyle(_ style: CellStyle) -> (attr_t, Int16) {
        var attributes = dm_a_normal()
        if style.attributes.contains(.bold) { attributes |= dm_a_bold() }
        if style.attributes.contains(.dim) { attributes |= dm_a_dim() }
        if style.attributes.contains(.reverse) { attributes |= dm_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= dm_a_underline() }
        return (attributes, colours ? Int16(style.color.rawValue) : 0)
    }

    private mutating func placeCursor(_ cursor: (x: Int, y: Int)?) {
        let show = cursor != nil
        if cursorShown != show {
            curs_set(show ? 1 : 0)
            cursorShown = show
        }
        if let cursor { wmove(window, Int32(cursor.y), Int32(cursor.x)) }
    }
}
