import DebateMapBrowser

/// Draws Screens on a terminal, writing only what changed since the last one: on each row,
/// the span from the first to the last changed cell. After `invalidate()` (a resize, the
/// return from Ctrl-Z) the next frame is erased and drawn whole, and the terminal repainted.
struct Painter {
    private var previous: Screen?
    private var repaintTerminal = true

    /// The next draw erases the screen, writes every cell and repaints the whole terminal.
    mutating func invalidate() {
        previous = nil
        repaintTerminal = true
    }

    mutating func draw<Terminal: TerminalBackend>(_ screen: Screen, on terminal: inout Terminal) {
        let last = previous.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
        if last == nil || repaintTerminal {
            terminal.erase(repaint: repaintTerminal)
            repaintTerminal = false
        }
        let drawn = last
        for y in 0..<screen.height {
            guard let span = Painter.changedSpan(row: y, from: drawn, to: screen) else { continue }
            for x in span where !screen[x, y].text.isEmpty {
                // A cluster takes its cell and the empty ones after it.
                var width = 1
                while x + width < screen.width, screen[x + width, y].text.isEmpty { width += 1 }
                terminal.put(screen[x, y], x: x, y: y, width: width)
            }
        }
        terminal.setCursor(screen.cursor)
        terminal.refresh()
        previous = screen
    }

    /// The columns of row y to write: from the first to the last cell that differs, widened
    /// to whole wide characters (old and new). Nil when the row is unchanged.
    static func changedSpan(row y: Int, from last: Screen?, to screen: Screen) -> ClosedRange<Int>? {
        guard screen.width > 0 else { return nil }
        guard let last else { return 0...(screen.width - 1) }
        guard var low = (0..<screen.width).first(where: { last[$0, y] != screen[$0, y] }) else { return nil }
        let high = (low..<screen.width).last(where: { last[$0, y] != screen[$0, y] })!
        while low > 0 && (screen[low, y].text.isEmpty || last[low, y].text.isEmpty) { low -= 1 }
        return low...high
    }
}
