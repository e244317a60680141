import DebateMap

/// Drawing the views over the tree: reader, matrix, picker, versus, help.
extension Browser {
    // MARK: Reader

    func drawReader(_ screen: inout Screen) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let essay = corpus.essays[readerEssay]
        drawHeader(&screen, layout.header, ["Reader", safe(essay.label), known(essay.title) ?? "untitled"])
        let body = layout.tree
        let text = ReaderText(corpus: corpus, essay: readerEssay, width: max(1, body.width - 2))
        // Quoted passages of this essay, and the lit one.
        let passages = readerPassages.compactMap { corpus.claims[$0].quote.map { (start: $0.start, end: $0.end) } }
        let lit = readerClaim.flatMap { corpus.claims[$0].quote }
        let top = min(readerTop, max(0, text.lines.count - body.height))
        for row in 0..<body.height {
            let index = top + row
            guard text.lines.indices.contains(index) else { break }
            var x = body.x + 1
            for (ch, offset) in text.lines[index].characters {
                var style = CellStyle.plain
                if essay.furniture.contains(where: { offset >= $0.start && offset < $0.end }) {
                    style.attributes.insert(.dim)
                } else if let lit, offset >= lit.start, offset < lit.end {
                    style.attributes.insert(.reverse)
                    style.attributes.insert(.bold)
                } else if passages.contains(where: { offset >= $0.start && offset < $0.end }) {
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

    // MARK: Matrix

    func drawMatrix(_ screen: inout Screen) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        drawHeader(&screen, layout.header, ["Matrix", "topics × essays"])
        drawFooter(&screen, layout.footer)
        let body = layout.tree
        let topics = corpus.topics.count, essays = corpus.essays.count
        guard topics > 0, essays > 0, body.height > 1, body.width > 4 else { return }
        let labelWidth = min(12, max(4, corpus.topics.map { DisplayWidth.of(safe($0.title)) }.max() ?? 4), body.width / 4)
        let cellWidth = max(1, (body.width - labelWidth - 1) / essays)
        // Column heads.
        for e in 0..<essays {
            let x = body.x + labelWidth + 1 + e * cellWidth
            screen.put(TextFit.fit(safe(corpus.essays[e].label), cellWidth - 1, ellipsis: glyphs.ellipsis), x: x, y: body.y, style: .bold)
        }
        let cellHeight = max(1, (body.height - 1) / topics)
        for t in 0..<topics {
            let y = body.y + 1 + t * cellHeight
            guard y < body.y + body.height else { break }
            screen.put(TextFit.fit(safe(corpus.topics[t].title), labelWidth, ellipsis: glyphs.ellipsis), x: body.x, y: y, style: .bold)
            for e in 0..<essays {
                let x = body.x + labelWidth + 1 + e * cellWidth
                let position = corpus.position(essay: e, topic: t)
                let selected = matrixCell.topic == t && matrixCell.essay == e
                screen.put(TextFit.fit(position.stance.label, cellWidth - 1, ellipsis: glyphs.ellipsis), x: x, y: y,
                           style: StanceStyle.style(position.stance, options: options, selected: selected))
                let summary = position.stance == .silent ? "does not address this question" : safe(position.summary)
                let lines = TextFit.wrap(summary, max(1, cellWidth - 1))
                let room = min(cellHeight - 1, body.y + body.height - y - 1)
                guard room > 0 else { continue }
                for (i, line) in lines.prefix(room).enumerated() {
                    let last = i == room - 1 && lines.count > room
                    var style = position.stance == .silent ? CellStyle.dim : CellStyle.plain
                    if selected { style.attributes.insert(.underline) }
                    screen.put(last ? TextFit.fit(line + " " + glyphs.ellipsis, cellWidth - 1, ellipsis: glyphs.ellipsis) : line,
                               x: x, y: y + 1 + i, style: style, limit: x + cellWidth - 1)
                }
            }
        }
    }

    // MARK: Picker

    func drawPicker(_ screen: inout Screen) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let origin = corpus.claims[pickerOrigin]
        drawHeader(&screen, layout.header, ["Opposing claims", glyphs.openQuote + TextFit.fit(safe(origin.text), 40, ellipsis: glyphs.ellipsis) + glyphs.closeQuote])
        drawFooter(&screen, layout.footer)
        let body = layout.tree
        let opponents = Array(corpus.opponents(of: pickerOrigin))
        let top = max(0, min(pickerIndex - body.height / 2, opponents.count - body.height))
        for row in 0..<body.height {
            let i = top + row
            guard opponents.indices.contains(i) else { break }
            let relation = opponents[i]
            let other = corpus.claims[relation.other]
            let head = "\(safe(corpus.essays[other.essay].label)) \(glyphs.dot) \(safe(corpus.topics[other.topic].title)) \(glyphs.dot) \(relation.phrase)"
            var style = CellStyle.plain
            if i == pickerIndex {
                style.attributes.insert(.reverse)
                screen.paint(x: body.x, y: body.y + row, count: body.width, style: style)
            }
            var bold = style
            bold.attributes.insert(.bold)
            let x = screen.put(" " + TextFit.fit(head, body.width / 2, ellipsis: glyphs.ellipsis) + "  ", x: body.x, y: body.y + row, style: bold)
            screen.put(TextFit.fit(safe(other.text), body.x + body.width - x - 1, ellipsis: glyphs.ellipsis), x: x, y: body.y + row, style: style)
        }
    }

    // MARK: Versus

    func drawVersus(_ screen: inout Screen) {
        let layout = Layout(width: size.width, height: size.height, showDetail: false)
        let opponents = corpus.opponents(of: versusOrigin)
        guard !opponents.isEmpty else { return }
        let relation = opponents[opponents.startIndex + versusIndex % opponents.count]
        drawHeader(&screen, layout.header, ["Versus", "\(versusIndex % opponents.count + 1)/\(opponents.count)", relation.phrase])
        drawFooter(&screen, layout.footer)
        let body = layout.tree
        guard body.width >= 3, body.height > 0 else { return }
        let half = (body.width - 1) / 2
        drawClaimCard(&screen, versusOrigin, Rect(x: body.x, y: body.y, width: half, height: body.height))
        for y in body.y..<(body.y + body.height) { screen.put(glyphs.vertical, x: body.x + half, y: y, style: .dim) }
        drawClaimCard(&screen, relation.other, Rect(x: body.x + half + 1, y: body.y, width: body.width - half - 1, height: body.height))
    }

    /// A claim with its essay, stance, quote and source, for the versus view.
    func drawClaimCard(_ screen: inout Screen, _ c: Int, _ rect: Rect) {
        let claim = corpus.claims[c]
        let essay = corpus.essays[claim.essay]
        let position = corpus.positions[claim.position]
        var lines: [(String, CellStyle)] = []
        let width = max(1, rect.width - 2)
        func add(_ text: String, _ style: CellStyle) { for l in TextFit.wrap(text, width) { lines.append((l, style)) } }
        add(safe(essay.label) + " \(glyphs.dot) " + safe(corpus.topics[claim.topic].title), .bold)
        lines.append((position.stance.label, StanceStyle.style(position.stance, options: options)))
        lines.append(("", .plain))
        add(safe(claim.text), .bold)
        if let quote = claim.quote {
            lines.append(("", .plain))
            add(glyphs.openQuote + safe(quote.text) + glyphs.closeQuote, CellStyle(attributes: [.underline]))
        }
        lines.append(("", .plain))
        add("\(glyphs.dash) " + (essay.source.isEmpty ? safe(essay.label) : safe(essay.source)), .dim)
        for (i, line) in lines.prefix(rect.height).enumerated() {
            screen.put(line.0, x: rect.x + 1, y: rect.y + i, style: line.1, limit: rect.x + rect.width)
        }
    }

    // MARK: Help

    func drawHelp(_ screen: inout Screen) {
        let bindings = KeyTable.help(for: helpOver)
        let width = min(size.width, 70), height = min(size.height, bindings.count + 3)
        guard width >= 10, height >= 3 else {
            screen.put(TextFit.fit("? help: q closes", size.width, ellipsis: glyphs.ellipsis), x: 0, y: 0, style: .reverse)
            return
        }
        let x0 = (size.width - width) / 2, y0 = (size.height - height) / 2
        for y in y0..<(y0 + height) { screen.put(String(repeating: " ", count: width), x: x0, y: y) }
        screen.put(TextFit.fit(" Keys \(glyphs.dash) \(helpOver.title)  (q, Esc or ? closes)", width, ellipsis: glyphs.ellipsis), x: x0, y: y0, style: .reverse)
        let keyWidth = min(18, bindings.map { DisplayWidth.of($0.label) }.max() ?? 8)
        for row in 0..<(height - 2) {
            let i = helpTop + row
            guard bindings.indices.contains(i) else { break }
            let y = y0 + 1 + row
            screen.put(" " + TextFit.fit(bindings[i].label, keyWidth, ellipsis: glyphs.ellipsis), x: x0, y: y, style: .bold)
            screen.put(TextFit.fit(bindings[i].description, width - keyWidth - 3, ellipsis: glyphs.ellipsis), x: x0 + keyWidth + 2, y: y)
        }
        screen.put(String(repeating: glyphs.horizontal, count: width), x: x0, y: y0 + height - 1, style: .dim)
    }
}
