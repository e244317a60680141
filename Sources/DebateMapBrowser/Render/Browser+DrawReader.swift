import DebateMap

/// Drawing the reader: the essay's text wrapped to the width, quoted passages underlined,
/// the current one lit, page furniture dimmed. Only the lines on screen are styled.
extension Browser {
    /// The essay wrapped for this size: the one kept by the state when the width matches.
    func readerLines(width: Int) -> ReaderText {
        if let cached = readerText, cached.essay == readerEssay, cached.width == width { return cached }
        return ReaderText(corpus: corpus, essay: readerEssay, width: width)
    }

    func drawReader(_ screen: inout Screen) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        guard corpus.essays.indices.contains(readerEssay) else { return }
        let essay = corpus.essays[readerEssay]
        drawHeader(&screen, layout.header, ["Reader", safe(essay.label), known(essay.title) ?? "untitled"])
        let body = layout.tree
        let text = readerLines(width: readerWidth)
        let passages = readerPassages.compactMap { corpus.claims[$0].quote.map { $0.start..<$0.end } }
        let lit = readerClaim.flatMap { corpus.claims[$0].quote }.map { $0.start..<$0.end }
        let furniture = essay.furniture.map { $0.start..<$0.end }
        let top = min(readerTop, max(0, text.lines.count - body.height))
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
            if let c = readerClaim, let i = readerPassages.firstIndex(of: c) {
                footer.status = "passage \(i + 1)/\(readerPassages.count)"
            } else {
                footer.status = "\(readerPassages.count) quoted passages"
            }
            footer.drawFooter(&screen, layout.footer)
        }
    }
}
