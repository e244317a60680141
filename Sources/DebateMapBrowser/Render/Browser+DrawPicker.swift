import DebateMap

/// Drawing the picker: every claim that opposes the selected one, in aligned columns.
extension Browser {
    /// The first picker row on screen, keeping the chosen one in the middle when it can.
    func pickerTop(height: Int, count: Int) -> Int {
        max(0, min(pickerIndex - height / 2, count - height))
    }

    func drawPicker(_ screen: inout Screen) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let origin = corpus.claims[pickerOrigin]
        drawHeader(&screen, layout.header, ["Opposing claims", glyphs.openQuote + TextFit.fit(safe(origin.text), 40, ellipsis: glyphs.ellipsis) + glyphs.closeQuote])
        drawFooter(&screen, layout.footer)
        let body = layout.tree
        guard body.width > 2, body.height > 0 else { return }
        let opponents = Array(corpus.opponents(of: pickerOrigin))
        // Columns: essay, topic (when there is room), relation to the claim above, text.
        let labels = opponents.map { safe(corpus.essays[corpus.claims[$0.other].essay].label) }
        let topics = opponents.map { safe(corpus.topics[corpus.claims[$0.other].topic].title) }
        let words = opponents.map(\.otherSidePhrase)
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, max(4, body.width / 5))
        let topicWidth = body.width >= 70 ? min(topics.map(DisplayWidth.of).max() ?? 0, body.width / 8) : 0
        let wordWidth = words.map(DisplayWidth.of).max() ?? 0
        let top = pickerTop(height: body.height, count: opponents.count)
        for row in 0..<body.height {
            let i = top + row
            guard opponents.indices.contains(i) else { break }
            let y = body.y + row
            var style = CellStyle.plain
            if i == pickerIndex {
                style.attributes.insert(.reverse)
                screen.paint(x: body.x, y: y, count: body.width, style: style)
            }
            var bold = style
            bold.attributes.insert(.bold)
            var dim = style
            dim.attributes.insert(.dim)
            var x = screen.put(TextFit.pad(labels[i], labelWidth, ellipsis: glyphs.ellipsis), x: body.x + 1, y: y, style: bold) + 2
            if topicWidth > 0 { x = screen.put(TextFit.pad(topics[i], topicWidth, ellipsis: glyphs.ellipsis), x: x, y: y, style: style) + 2 }
            if x + wordWidth + 4 < body.x + body.width { x = screen.put(TextFit.pad(words[i], wordWidth), x: x, y: y, style: dim) + 2 }
            screen.put(TextFit.fit(safe(corpus.claims[opponents[i].other].text), body.x + body.width - x - 1, ellipsis: glyphs.ellipsis), x: x, y: y, style: style)
        }
    }
}
