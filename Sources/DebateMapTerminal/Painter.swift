import CNcurses
import DebateMapBrowser

/// Draws Screens with ncurses, writing only the rows that changed since the last one. Each
/// grapheme is written at its own cell, so a terminal that measures a character differently
/// from us cannot shift the rest of the line.
struct Painter {
    let window: UnsafeMutablePointer<WINDOW>
    let colours: Bool
    private var previous: Screen?

    init(window: UnsafeMutablePointer<WINDOW>, colours: Bool) {
        self.window = window
        self.colours = colours
    }

    /// The next draw repaints everything (after a resize or when the terminal was lost).
    mutating func invalidate() {
        previous = nil
        clearok(window, true)
    }

    mutating func draw(_ screen: Screen) {
        let full = previous.map { $0.width != screen.width || $0.height != screen.height } ?? true
        if full { werase(window) }
        for y in 0..<screen.height {
            if !full, let previous, (0..<screen.width).allSatisfy({ previous[$0, y] == screen[$0, y] }) { continue }
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.text.isEmpty { continue }  // the right half of a wide character
                setStyle(cell.style)
                var wide = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                wide.append(0)
                // The bottom-right cell may report an error as the cursor cannot advance: harmless.
                _ = mvwaddnwstr(window, Int32(y), Int32(x), wide, Int32(wide.count - 1))
            }
        }
        wattr_set(window, dm_a_normal(), 0, nil)
        if let cursor = screen.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = screen
    }

    private func setStyle(_ style: CellStyle) {
        var attributes = dm_a_normal()
        if style.attributes.contains(.bold) { attributes |= dm_a_bold() }
        if style.attributes.contains(.dim) { attributes |= dm_a_dim() }
        if style.attributes.contains(.reverse) { attributes |= dm_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= dm_a_underline() }
        let pair: Int16 = colours ? Int16(style.color.rawValue) : 0
        wattr_set(window, attributes, pair, nil)
    }
}
