import DebateMap

/// Drawing the problems view: one row per diagnostic (its place, its severity in colour, its
/// message), and the chosen one below in full, as `check` prints it.
extension Browser {
    func drawProblems(_ screen: inout Screen, _ state: ProblemsState) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        guard let problems else { return }
        drawHeader(&screen, layout.header, ["Problems", problems.summary])
        drawFooter(&screen, layout.footer)
        let (list, pane) = problemsRects()
        guard list.width > 2, list.height > 0 else { return }
        let all = problems.diagnostics
        let chosen = ListPane(index: state.index, paneTop: state.paneTop)
        let top = chosen.top(height: list.height, count: all.count)
        for row in 0..<list.height {
            let i = top + row
            guard all.indices.contains(i) else { break }
            let y = list.y + row
            var style = CellStyle.plain
            if i == state.index {
                style.attributes.insert(.reverse)
                screen.paint(x: list.x, y: y, count: list.width, style: style)
            }
            let d = all[i]
            var severity = style
            severity.attributes.insert(.bold)
            severity.color = d.severity == .error ? .red : .yellow
            let place = d.location.map { safe($0.description) + ": " } ?? ""
            var x = screen.put(TextFit.fit(place, list.width / 2, ellipsis: glyphs.ellipsis), x: list.x + 1, y: y, style: style)
            x = screen.put(d.severity.rawValue + ": ", x: x, y: y, style: severity)
            screen.put(TextFit.fit(safe(d.message), list.x + list.width - x - 1, ellipsis: glyphs.ellipsis), x: x, y: y, style: style)
        }
        guard pane.height > 0 else { return }
        drawListSeparator(&screen, y: pane.y - 1, width: pane.width, above: top, below: all.count - top - list.height)
        problemPane(state.index, width: pane.width - 1).draw(&screen, pane, top: state.paneTop, glyphs: glyphs)
    }
}
