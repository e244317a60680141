import DebateMap

/// Drawing the reader as a pager draws a file: the essay's text wrapped to a reading width
/// and centred, its Markdown shown as formatting, quoted passages underlined, the current one
/// lit, matches of the search reversed, page furniture dimmed; where the reader is in the
/// text at the right of the header. Only the lines on screen are styled.
extension Browser {
    func drawReader(_ screen: inout Screen, _ state: ReaderState) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        guard corpus.essays.indices.contains(state.essay) else { return }
        let essay = corpus.essays[state.essay]
        let body = layout.tree
        // The text as the state wrapped it, or wrapped for this size when it differs (a render
        // at another size than the state's).
        let text = state.text.width == readerWidth ? state.text : ReaderText(corpus: corpus, essay: state.essay, width: readerWidth)
        let top = min(state.top, max(0, text.lines.count - body.height))
        drawReaderHeader(&screen, layout.header, essay, position: readerPosition(top: top, height: body.height, total: text.lines.count))
        let passages = state.passages.compactMap { corpus.claims[$0].quote.map { $0.start..<$0.end } }
        let lit = state.claim.flatMap { corpus.claims[$0].quote }.map { $0.start..<$0.end }
        let furniture = essay.furniture.map { $0.start..<$0.end }
        let matches = state.find?.matches ?? []
        let current = state.find?.current.map { matches[$0] }
        for row in 0..<max(0, body.height) {
            let index = top + row
            guard text.lines.indices.contains(index) else { break }
            let line = text.lines[index]
            // Only the matches on this line are looked at, cell by cell.
            let onLine = matches.filter { $0.overlaps(line.start..<max(line.start, line.end)) }
            var x = body.x + readerLeft
            for cell in line.characters {
                let offset = cell.offset
                var style = CellStyle.plain
                if cell.emphasis.contains(.heading) || cell.emphasis.contains(.bold) { style.attributes.insert(.bold) }
                if cell.emphasis.contains(.italic) { style.attributes.insert(.italic) }
                if cell.emphasis.contains(.link) { style.color = .cyan }
                if furniture.contains(where: { $0.contains(offset) }) {
                    style.attributes.insert(.dim)
                } else if let lit, lit.contains(offset) {
                    style.attributes.formUnion([.reverse, .bold])
                } else if passages.contains(where: { $0.contains(offset) }) {
                    style.attributes.insert(.underline)
                }
                if onLine.contains(where: { $0.contains(offset) }) {
                    // A match is reversed; the current one bold and yellow too.
                    style.attributes.insert(.reverse)
                    if let current, current.contains(offset) {
                        style.attributes.insert(.bold)
                        style.color = .yellow
                    }
                }
                x = screen.put(String(cell.character), x: x, y: body.y + row, style: style, limit: body.x + body.width)
            }
        }
        if layout.footer.height > 0 {
            var footer = self
            footer.status = readerStatus(state)
            footer.drawFooter(&screen, layout.footer)
        }
    }

    /// The header: the essay, and at the right where the reader is, as less and vim say it.
    func drawReaderHeader(_ screen: inout Screen, _ rect: Rect, _ essay: Essay, position: String) {
        guard rect.height > 0 else { return }
        let room = rect.width - DisplayWidth.of(position) - 2
        let title = [safe(essay.label), known(essay.fullTitle) ?? "untitled"]
        guard room >= 12 else { return drawHeader(&screen, rect, ["Reader"] + title) }
        drawHeader(&screen, Rect(x: rect.x, y: rect.y, width: room, height: 1), ["Reader"] + title)
        screen.put(position, x: rect.x + rect.width - 1 - DisplayWidth.of(position), y: rect.y, style: .dim)
    }

    /// "lines 12–33/140 23%" (the share read down to the last line shown), or "all 20 lines".
    func readerPosition(top: Int, height: Int, total: Int) -> String {
        if total <= height { return total == 1 ? "all 1 line" : "all \(total) lines" }
        let bottom = min(total, top + max(1, height))
        let to = glyphs.dash == "-" ? "-" : "–"
        return "lines \(top + 1)\(to)\(bottom)/\(total) \(bottom * 100 / total)%"
    }

    /// The footer's message in the reader: the last message, then the search ("3/7", or
    /// "/visa 3/7" once the prompt is closed), then the lit passage.
    func readerStatus(_ state: ReaderState) -> String? {
        if let find = state.find, find.editing { return find.count }
        var parts: [String] = []
        if let status { parts.append(status) }
        if let find = state.find, let count = find.count { parts.append("/\(safe(find.query)) \(count)") }
        if let c = state.claim, let i = state.passages.firstIndex(of: c) {
            parts.append("passage \(i + 1)/\(state.passages.count)")
        } else if state.find == nil {
            parts.append(state.passages.count == 1 ? "1 quoted passage" : "\(state.passages.count) quoted passages")
        }
        return parts.joined(separator: "  ")
    }
}
