import DebateMap

/// Drawing the reader: the essay's text wrapped to the width, quoted passages underlined,
/// the current one lit, page furniture dimmed. Only the lines on screen are styled.
extension Browser {
    func drawReader(_ screen: inout Screen, _ state: ReaderState) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        guard corpus.essays.indices.contains(state.essay) else { return }
        let essay = corpus.essays[state.essay]
        drawHeader(&screen, layout.header, ["Reader", safe(essay.label), known(essay.fullTitle) ?? "untitled"])
        let body = layout.tree
        // The text as the state wrapped it, or wrapped for this size when it differs (a render
        // at another size than the state's).
        let text = state.text.width == readerWidth ? state.text : ReaderText(corpus: corpus, essay: state.essay, width: readerWidth)
        let passages = state.passages.compactMap { corpus.claims[$0].quote.map { $0.start..<$0.end } }
        let lit = state.claim.flatMap { corpus.claims[$0].quote }.map { $0.start..<$0.end }
        let furniture = essay.furniture.map { $0.start..<$0.end }
        let top = min(state.top, max(0, text.lines.count - body.height))
        for row in 0..<max(0, body.height) {
            let index = top + row
            guard text.lines.indices.contains(index) else { break }
            var x = body.x + 1
            for (ch, offset) in text.lines[index].characters {
                var style = CellStyle.plain
                if furniture.contains(where: { $0.contains(offset) }) {
                    style.attributes.insert(.dim)
                } else if let lit, lit.contains(offset) {
                    style.attributes.formUnion([.reverse, .bold])
                } else if passages.contains(where: { $0.contains(offset) }) {
                    style.attributes.insert(.underline)
                }
                x = screen.put(String(ch), x: x, y: body.y + row, style: style, limit: body.x + body.width)
            }
        }
        if layout.footer.height > 0 {
            var footer = self
            if let c = state.claim, let i = state.passages.firstIndex(of: c) {
                footer.status = "passage \(i + 1)/\(state.passages.count)"
            } else {
                footer.status = "\(state.passages.count) quoted passages"
            }
            footer.drawFooter(&screen, layout.footer)
        }
    }
}
