import DebateMap

/// Drawing the picker: every claim that opposes the selected one in aligned columns (other
/// voices first, then the claim's own objections, marked), and the chosen one in full below.
extension Browser {
    func drawPicker(_ screen: inout Screen, _ state: PickerState) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let origin = corpus.claims[state.origin]
        drawHeader(&screen, layout.header, ["Opposing claims", glyphs.openQuote + TextFit.fit(safe(origin.text), 40, ellipsis: glyphs.ellipsis) + glyphs.closeQuote])
        drawFooter(&screen, layout.footer)
        let opposing = Array(corpus.allOpposing(of: state.origin))
        let (list, pane) = pickerRects(count: opposing.count)
        guard list.width > 2, list.height > 0 else { return }
        let within = corpus.essays[origin.essay].voices.within
        // Columns: essay, question (when there is room, or when one is another question),
        // relation to the claim above, text.
        let labels = opposing.map { safe(corpus.essays[corpus.claims[$0.other].essay].label) }
        let topics = opposing.map { safe(corpus.topics[corpus.claims[$0.other].topic].title) }
        let words = opposing.map { $0.otherSidePhrase + ($0.otherVoice ? "" : ", \(within)") }
        let across = opposing.contains { corpus.claims[$0.other].topic != origin.topic }
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, max(4, list.width / 5))
        let topicWidth = list.width >= 70 || (across && list.width >= 40) ? min(topics.map(DisplayWidth.of).max() ?? 0, max(6, list.width / 8)) : 0
        let wordWidth = min(words.map(DisplayWidth.of).max() ?? 0, max(8, list.width * 2 / 5))
        let top = pickerTop(state, height: list.height, count: opposing.count)
        for row in 0..<list.height {
            let i = top + row
            guard opposing.indices.contains(i) else { break }
            let y = list.y + row
            var style = CellStyle.plain
            if !opposing[i].otherVoice { style.attributes.insert(.dim) }
            if i == state.index {
                style.attributes.insert(.reverse)
                screen.paint(x: list.x, y: y, count: list.width, style: style)
            }
            var bold = style
            bold.attributes.insert(.bold)
            var dim = style
            dim.attributes.insert(.dim)
            var x = screen.put(TextFit.pad(labels[i], labelWidth, ellipsis: glyphs.ellipsis), x: list.x + 1, y: y, style: bold) + 2
            if topicWidth > 0 { x = screen.put(TextFit.pad(topics[i], topicWidth, ellipsis: glyphs.ellipsis), x: x, y: y, style: style) + 2 }
            if x + wordWidth + 4 < list.x + list.width { x = screen.put(TextFit.pad(words[i], wordWidth, ellipsis: glyphs.ellipsis), x: x, y: y, style: dim) + 2 }
            screen.put(TextFit.fit(safe(corpus.claims[opposing[i].other].text), list.x + list.width - x - 1, ellipsis: glyphs.ellipsis), x: x, y: y, style: style)
        }
        guard pane.height > 0 else { return }
        drawListSeparator(&screen, y: pane.y - 1, width: pane.width, above: top, below: opposing.count - top - list.height)
        pickerPane(state, width: pane.width - 1).draw(&screen, pane, top: state.paneTop, glyphs: glyphs)
    }

    /// The chosen opposing claim in full: whose, on which question, how it opposes, its quote.
    func pickerPane(_ state: PickerState, width: Int) -> PaneLines {
        let opposing = corpus.allOpposing(of: state.origin)
        guard !opposing.isEmpty else { return PaneLines(width: width) }
        let relation = opposing[opposing.startIndex + min(state.index, opposing.count - 1)]
        var lines = claimCard(relation.other, width: width, from: state.origin)
        let origin = corpus.claims[state.origin]
        let how = relation.otherSidePhrase + (relation.otherVoice ? "" : ", \(corpus.essays[origin.essay].voices.within)")
        lines.add("\(glyphs.dash) \(how): \(glyphs.openQuote)\(safe(origin.text))\(glyphs.closeQuote)", .dim)
        return lines
    }
}
