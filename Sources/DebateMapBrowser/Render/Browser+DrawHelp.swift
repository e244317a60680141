import DebateMap

/// Drawing the help: a box over the view it was opened from, listing that view's keys
/// straight from the key table, then its marks and the mouse (`HelpSheet`).
extension Browser {
    /// The help box at the current size: where it goes and how many keys it shows.
    struct HelpBox {
        var rect: Rect
        var keyWidth: Int
        var visibleRows: Int
        /// Too small for a box: the keys fill the screen without a frame.
        var framed: Bool
    }

    /// The help for the view it is open over (or would be opened over).
    var helpSheet: HelpSheet { HelpSheet(for: helpOver?.mode ?? mode, glyphs: glyphs, keys: options.keys) }

    var helpBox: HelpBox {
        let bindings = helpSheet.lines
        let keyWidth = min(16, bindings.map { DisplayWidth.of($0.label) }.max() ?? 1)
        let textWidth = bindings.map { DisplayWidth.of($0.description) }.max() ?? 1
        let (w, h) = (size.width, size.height)
        let width = min(w, keyWidth + textWidth + 6)
        let height = min(h, bindings.count + 2)
        if width >= 24, height >= 4 {
            let rect = Rect(x: (w - width) / 2, y: (h - height) / 2, width: width, height: height)
            return HelpBox(rect: rect, keyWidth: keyWidth, visibleRows: height - 2, framed: true)
        }
        return HelpBox(rect: Rect(x: 0, y: 0, width: w, height: h), keyWidth: min(keyWidth, max(1, w / 3)), visibleRows: max(0, h - 1), framed: false)
    }

    func drawHelp(_ screen: inout Screen, over: Mode, top: Int) {
        let bindings = HelpSheet(for: over, glyphs: glyphs, keys: options.keys).lines
        let box = helpBox
        let r = box.rect
        // After a resize the scroll may point past the end: show the last page instead.
        let helpTop = min(top, max(0, bindings.count - box.visibleRows))
        guard r.width > 0, r.height > 0 else { return }
        for y in r.y..<(r.y + r.height) { screen.put(String(repeating: " ", count: r.width), x: r.x, y: y) }
        let title = "Keys \(glyphs.dash) \(over.title)"
        let shown = "\(helpTop + 1)\(glyphs.range)\(min(bindings.count, helpTop + box.visibleRows)) of \(bindings.count)"
        let scroll = box.visibleRows < bindings.count ? shown + "  j/k scroll  " : ""
        let left = r.x + (box.framed ? 2 : 1)
        let textWidth = r.x + r.width - (box.framed ? 2 : 0) - (left + box.keyWidth + 2)
        if box.framed {
            let (tl, tr, bl, br) = glyphs.boxCorners
            let line = String(repeating: glyphs.horizontal, count: max(0, r.width - 2))
            screen.put(tl + line + tr, x: r.x, y: r.y, style: .dim)
            screen.put(bl + line + br, x: r.x, y: r.y + r.height - 1, style: .dim)
            for y in (r.y + 1)..<(r.y + r.height - 1) {
                screen.put(glyphs.vertical, x: r.x, y: y, style: .dim)
                screen.put(glyphs.vertical, x: r.x + r.width - 1, y: y, style: .dim)
            }
            screen.put(TextFit.fit(" " + title + " ", r.width - 4, ellipsis: glyphs.ellipsis), x: r.x + 2, y: r.y, style: .bold)
            let closing = " " + scroll + "q, Esc or ? closes "
            let fitted = TextFit.fit(closing, r.width - 4, ellipsis: glyphs.ellipsis)
            screen.put(fitted, x: r.x + r.width - 2 - DisplayWidth.of(fitted), y: r.y + r.height - 1, style: .dim)
        } else {
            screen.put(TextFit.fit(" " + title + "  (q closes)", r.width, ellipsis: glyphs.ellipsis), x: r.x, y: r.y, style: .reverse)
        }
        let firstY = r.y + 1
        for row in 0..<box.visibleRows {
            let i = helpTop + row
            guard bindings.indices.contains(i) else { break }
            let y = firstY + row
            if bindings[i].isHeading {
                screen.put(TextFit.fit(bindings[i].label, box.keyWidth + 2 + textWidth, ellipsis: glyphs.ellipsis), x: left, y: y, style: CellStyle(attributes: [.bold, .underline]))
                continue
            }
            screen.put(TextFit.pad(bindings[i].label, box.keyWidth, ellipsis: glyphs.ellipsis), x: left, y: y, style: .bold)
            screen.put(TextFit.fit(bindings[i].description, textWidth, ellipsis: glyphs.ellipsis), x: left + box.keyWidth + 2, y: y)
        }
    }
}
