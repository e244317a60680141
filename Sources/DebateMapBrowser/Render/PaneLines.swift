import DebateMap

/// Lines of styled text for a pane (the detail pane, versus, the picker's and the clash
/// view's lower panes), wrapped to a width and drawn a window at a time with markers saying
/// how much more there is above and below.
struct PaneLines: Sendable {
    private(set) var lines: [(text: String, style: CellStyle)] = []
    let width: Int

    init(width: Int) { self.width = max(1, width) }

    /// Adds a text wrapped to the width.
    mutating func add(_ text: String, _ style: CellStyle = .plain) {
        for line in TextFit.wrap(text, width) { lines.append((line, style)) }
    }

    /// Adds a line as it is, not wrapped (a source line, where a caret below must line up).
    mutating func addLine(_ text: String, _ style: CellStyle = .plain) { lines.append((text, style)) }

    /// Adds an empty line.
    mutating func gap() { lines.append(("", .plain)) }

    var count: Int { lines.count }

    /// Draws the lines from `top` into the rectangle (text from `rect.x + 1`), with the markers.
    func draw(_ screen: inout Screen, _ rect: Rect, top: Int, glyphs: Glyphs) {
        guard rect.height > 0, rect.width > 1 else { return }
        let window = ScrollWindow(total: lines.count, height: rect.height, top: top)
        var y = rect.y
        let right = rect.x + rect.width
        func marker(_ arrow: String, _ n: Int) {
            let text = "\(arrow) \(n) more line\(n == 1 ? "" : "s")"
            screen.put(TextFit.fit(text, rect.width - 1, ellipsis: glyphs.ellipsis), x: rect.x + 1, y: y, style: .dim, limit: right)
            y += 1
        }
        if window.above > 0, rect.height >= 2 { marker(glyphs.moreAbove, window.above) }
        for line in lines[window.first..<(window.first + window.count)] {
            screen.put(line.text, x: rect.x + 1, y: y, style: line.style, limit: right)
            y += 1
        }
        if window.below > 0, rect.height >= 2 { marker(glyphs.moreBelow, window.below) }
    }
}

extension Browser {
    /// The line between a list and the pane below it, saying how many rows of the list are
    /// above and below the ones shown: "──── ↑ 2 more ─ ↓ 5 more ──".
    func drawListSeparator(_ screen: inout Screen, y: Int, width: Int, above: Int, below: Int) {
        screen.put(String(repeating: glyphs.horizontal, count: max(0, width)), x: 0, y: y, style: .dim)
        var parts: [String] = []
        if above > 0 { parts.append("\(glyphs.moreAbove) \(above) more") }
        if below > 0 { parts.append("\(glyphs.moreBelow) \(below) more") }
        guard !parts.isEmpty else { return }
        let text = " " + parts.joined(separator: " \(glyphs.horizontal) ") + " "
        let w = DisplayWidth.of(text)
        guard w + 4 <= width else { return }
        screen.put(text, x: width - w - 2, y: y, style: .bold)
    }
}
