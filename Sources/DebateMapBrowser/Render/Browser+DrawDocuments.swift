import DebateMap

/// Drawing the list of documents: one row each (title, claims and relations, the most
/// contested claim), the chosen one in full below.
extension Browser {
    func drawDocuments(_ screen: inout Screen, _ state: DocumentsState) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let topics = documentTopics
        drawHeader(&screen, layout.header, ["Matrix", "\(topics.count) document\(topics.count == 1 ? "" : "s"), each its own question"])
        drawFooter(&screen, layout.footer)
        let (list, pane) = listRects(count: topics.count)
        guard list.width > 2, list.height > 0 else { return }
        let stats = state.stats
        let chosen = ListPane(index: state.index, paneTop: state.paneTop)
        let top = chosen.top(height: list.height, count: topics.count)
        let titleWidth = min(max(8, list.width * 2 / 5), topics.compactMap { corpus.topics[$0].document }.map { DisplayWidth.of(safe(corpus.essays[$0].label)) }.max() ?? 8)
        let countsWidth = topics.compactMap { corpus.topics[$0].document }.map { DisplayWidth.of(stats.counts($0)) }.max() ?? 0
        for row in 0..<list.height {
            let i = top + row
            guard topics.indices.contains(i), let e = corpus.topics[topics[i]].document else { break }
            let y = list.y + row
            var style = CellStyle.plain
            if i == state.index {
                style.attributes.insert(.reverse)
                screen.paint(x: list.x, y: y, count: list.width, style: style)
            }
            var bold = style
            bold.attributes.insert(.bold)
            var x = screen.put(TextFit.pad(safe(corpus.essays[e].label), titleWidth, ellipsis: glyphs.ellipsis), x: list.x + 1, y: y, style: bold) + 2
            x = screen.put(TextFit.pad(stats.counts(e), min(countsWidth, max(0, list.x + list.width - x - 1)), ellipsis: glyphs.ellipsis), x: x, y: y, style: style) + 2
            if let c = stats.contested[e], x < list.x + list.width - 8 {
                let mark = "\(glyphs.crossed.trimmingCharacters(in: .whitespaces))\(corpus.opponentCount(of: c)) "
                screen.put(TextFit.fit(mark + safe(corpus.claims[c].text), list.x + list.width - x - 1, ellipsis: glyphs.ellipsis), x: x, y: y, style: style)
            }
        }
        guard pane.height > 0 else { return }
        drawListSeparator(&screen, y: pane.y - 1, width: pane.width, above: top, below: topics.count - top - list.height)
        documentPane(state, width: pane.width - 1).draw(&screen, pane, top: state.paneTop, glyphs: glyphs)
    }
}
