import DebateMap

/// Drawing: a pure function from the browser's state and a size to a Screen. Only the
/// visible rows are read.
extension Browser {
    public func render(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width > 0, height > 0 else { return screen }
        var sized = self
        sized.size = (width, height)
        sized.keepSelectionVisibleForRender()
        switch view {
        case .tree, .search, .filter: sized.drawTreeView(&screen)
        case .reader(let state): sized.drawReader(&screen, state)
        case .matrix(let state): sized.drawMatrix(&screen, state)
        case .picker(let state): sized.drawPicker(&screen, state)
        case .versus(let state): sized.drawVersus(&screen, state)
        case .clashes(let state): sized.drawClashes(&screen, state)
        case .problems(let state): sized.drawProblems(&screen, state)
        case .documents(let state): sized.drawDocuments(&screen, state)
        case .help(let over, let top):
            var under = sized
            under.view = over
            screen = under.render(width: width, height: height)
            sized.drawHelp(&screen, over: over.mode, top: top)
        }
        return screen
    }

    /// The scroll position is kept by `apply`; a render at another size adjusts a copy.
    mutating func keepSelectionVisibleForRender() {
        switch view {
        case .tree, .search, .filter: keepSelectionVisible()
        default: break
        }
    }

    var glyphs: Glyphs { Glyphs.of(options) }

    func safe(_ s: String) -> String { TextFit.safe(s) }

    func known(_ s: String) -> String? { s == Essay.unknown || s.isEmpty ? nil : safe(s) }

    // MARK: Header and footer

    func drawHeader(_ screen: inout Screen, _ rect: Rect, _ parts: [String]) {
        guard rect.height > 0 else { return }
        let text = " " + parts.joined(separator: " \(glyphs.arrow) ")
        screen.put(TextFit.fit(text, rect.width, ellipsis: glyphs.ellipsis), x: rect.x, y: rect.y, style: .bold)
    }

    func drawFooter(_ screen: inout Screen, _ rect: Rect) {
        guard rect.height > 0 else { return }
        var x = rect.x + 1
        if mode == .search || mode == .filter {
            var prompt = "/" + safe(reader?.find?.query ?? search.query)
            var after = status
            if case .filter(let filtering) = view {
                prompt = "&" + safe(filtering.query)
                after = status ?? filterCounts
            }
            x = screen.put(TextFit.fit(prompt, rect.width - 2, ellipsis: glyphs.ellipsis), x: x, y: rect.y, style: .bold)
            screen.cursor = (min(x, max(0, rect.width - 1)), rect.y)
            if let after { screen.put("  " + after, x: x, y: rect.y, style: .dim) }
            return
        }
        if let count = pendingCount {
            // A count being typed, as vim shows it, with what it waits for.
            x = screen.put(String(count), x: x, y: rect.y, style: .bold)
            screen.put(TextFit.fit("  a key to repeat \(glyphs.dash) Esc cancels", rect.x + rect.width - 1 - x, ellipsis: glyphs.ellipsis), x: x, y: rect.y, style: .dim)
            return
        }
        if let status {
            x = screen.put(TextFit.fit(status, rect.width - 2, ellipsis: glyphs.ellipsis), x: x, y: rect.y, style: .bold)
            x += 2
        } else if mode == .tree, let summary = filterSummary {
            // The filter in force stays named while it narrows the tree.
            x = screen.put(TextFit.fit(summary, rect.width - 2, ellipsis: glyphs.ellipsis), x: x, y: rect.y, style: .bold)
            x += 2
        }
        if detailFocus, mode == .tree {
            screen.put(TextFit.fit("pane: j/k PgUp/PgDn scroll, Tab back", rect.width - 2, ellipsis: glyphs.ellipsis), x: x, y: rect.y, style: .dim)
            return
        }
        // The keys that matter now, in table order; "? help" always keeps its place at the end.
        // During an `o` cycle, `o` goes on to the next opponent.
        let items = options.keys.footerBindings(for: mode).filter { footerMatters($0.action) }.compactMap { binding in
            if binding.action == .jumpToOpponent && cycle != nil && mode == .tree { return "o next" }
            if binding.action == .nextMatch && mode == .reader && reader?.find != nil { return "n/N match" }
            // In the ranking, Enter goes to the claim; `R` goes back to the pairs.
            if let clashes = clashView, clashes.showRanking {
                if binding.action == .activate { return "Enter go" }
                if binding.action == .ranking { return "R pairs" }
            }
            return binding.footer
        }
        let help = items.first { $0.hasPrefix("? ") }
        let right = rect.x + rect.width - 1
        let reserved = help.map { DisplayWidth.of($0) + 2 } ?? 0
        func draw(_ item: String) {
            let space = item.firstIndex(of: " ") ?? item.endIndex
            x = screen.put(String(item[..<space]), x: x, y: rect.y, style: .bold)
            x = screen.put(String(item[space...]), x: x, y: rect.y, style: .dim) + 2
        }
        for item in items where item != help {
            guard x + DisplayWidth.of(item) + reserved <= right else { break }
            draw(item)
        }
        if let help, x + DisplayWidth.of(help) <= right { draw(help) }
    }

    /// Whether a key is worth a place in the footer now: `o` except on a claim nobody else
    /// opposes (on the first screen it names the jump), `[` only with somewhere to go back
    /// to, `n/N` only with matches.
    func footerMatters(_ action: Action) -> Bool {
        if let clashes = clashView, action == .halfPageDown { return clashRects(clashes).pane.height > 0 }
        guard mode == .tree else { return true }
        switch action {
        case .jumpToOpponent:
            return selectedClaim.map { corpus.opponentCount(of: $0) > 0 } ?? true
        case .back: return !backStack.isEmpty
        case .nextMatch: return !search.matches.isEmpty
        case .focusPane: return detailRect.height > 0 && detailLineCount > detailRect.height
        case .problems: return problems != nil
        case .reader: return selectedEssay.map { !corpus.essays[$0].text.isEmpty } ?? false
        default: return true
        }
    }

    var breadcrumb: [String] {
        var parts = ["DebateMap", pivot == .byTopic ? "by topic" : "by essay"]
        guard let node = selectedNode else { return parts }
        let path = shape.ancestors(node) + [node]
        for n in path {
            switch n {
            case .topic(let t): parts.append(safe(corpus.topics[t].title))
            case .essay(let e): parts.append(safe(corpus.essays[e].label))
            case .position(let p):
                let position = corpus.positions[p]
                parts.append(pivot == .byTopic ? safe(corpus.essays[position.essay].label) : safe(corpus.topics[position.topic].title))
            case .claim(let c):
                if n == node { parts.append(glyphs.openQuote + TextFit.fit(safe(corpus.claims[c].text), 30, ellipsis: glyphs.ellipsis) + glyphs.closeQuote) }
            }
        }
        // After a jump across questions: where it came from.
        if let cycle, case .claim(let c) = node, cycle.target == c, corpus.claims[cycle.origin].topic != corpus.claims[c].topic {
            parts.append("from " + safe(corpus.topics[corpus.claims[cycle.origin].topic].title))
        }
        return parts
    }

    // MARK: Tree

    func drawTreeView(_ screen: inout Screen) {
        let layout = Layout(width: size.width, height: size.height, showDetail: showDetail)
        drawHeader(&screen, layout.header, breadcrumb)
        drawTree(&screen, layout.tree)
        highlightMatches(&screen, in: layout.tree)
        if layout.detail.height > 0 {
            if layout.sideBySide {
                for y in layout.separator.y..<(layout.separator.y + layout.separator.height) {
                    screen.put(glyphs.vertical, x: layout.separator.x, y: y, style: .dim)
                }
            } else {
                screen.put(String(repeating: glyphs.horizontal, count: layout.separator.width), x: 0, y: layout.separator.y, style: .dim)
            }
            drawDetail(&screen, layout.detail)
            highlightMatches(&screen, in: layout.detail)
        }
        drawFooter(&screen, layout.footer)
    }

    func drawTree(_ screen: inout Screen, _ rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        let end = min(rows.count, scrollTop + rect.height)
        guard scrollTop < end else { return }
        let shift = indentShift(width: rect.width)
        for index in scrollTop..<end {
            drawRow(&screen, rows[index], open: isOpen(row: index), selected: index == selection, x: rect.x, y: rect.y + index - scrollTop, width: rect.width,
                    shift: shift)
        }
    }

    /// One row of the tree; `shift` levels to the left are not drawn (`indentShift`), and an
    /// ellipsis at the left edge says so.
    func drawRow(_ screen: inout Screen, _ row: Row, open: Bool, selected: Bool, x: Int, y: Int, width: Int, shift: Int = 0) {
        var style = CellStyle.plain
        if selected { style.attributes.insert(.reverse) }
        if isMatch(row.node) { style.attributes.insert(.underline) }
        if selected { screen.paint(x: x, y: y, count: width, style: style) }
        let right = x + width
        let depth = max(0, row.depth - shift)
        if shift > 0 {
            var dim = style
            dim.attributes.insert(.dim)
            screen.put(glyphs.ellipsis, x: x, y: y, style: dim, limit: right)
        }
        var col = x + 1 + depth * 2
        var fold = row.hasChildren ? (open ? glyphs.open : glyphs.closed) : " "
        if case .position(let p) = row.node, corpus.positions[p].stance == .silent { fold = glyphs.dot }
        var foldStyle = style
        if case .claim = row.node, row.depth >= 2, !drawGuides(&screen, row, x: x, y: y, right: right, selected: selected, shift: shift) {
            fold = glyphs.leafStub
            foldStyle.attributes.insert(.dim)
        }
        col = screen.put(fold, x: col, y: y, style: foldStyle, limit: right) + 1
        switch row.node {
        case .topic(let t):
            let topic = corpus.topics[t]
            var bold = style
            bold.attributes.insert(.bold)
            col = screen.put(safe(topic.title), x: col, y: y, style: bold, limit: right)
            let rest = topic.hasOwnQuestion ? " \(glyphs.dash) " + safe(topic.question) : ""
            screen.put(TextFit.fit(rest, right - col, ellipsis: glyphs.ellipsis), x: col, y: y, style: style, limit: right)
        case .essay(let e):
            let essay = corpus.essays[e]
            var bold = style
            bold.attributes.insert(.bold)
            col = screen.put(safe(essay.label), x: col, y: y, style: bold, limit: right)
            let source = [known(essay.outlet), known(essay.published)].compactMap { $0 }.joined(separator: ", ")
            let rest = " \(glyphs.dash) " + (known(essay.fullTitle) ?? "untitled") + (source.isEmpty ? "" : " (\(source))")
            screen.put(TextFit.fit(rest, right - col, ellipsis: glyphs.ellipsis), x: col, y: y, style: style, limit: right)
        case .position(let p):
            let position = corpus.positions[p]
            // A document on its own question takes no stance: it is labelled as the map it is.
            var labelStyle = StanceStyle.style(position.stance, options: options, selected: selected)
            if corpus.isOwnQuestion(position: p) { labelStyle.color = .plain }
            col = screen.put(corpus.stanceLabel(position: p).padding(toLength: 9, withPad: " ", startingAt: 0), x: col, y: y,
                             style: labelStyle, limit: right)
            let essay = corpus.essays[position.essay]
            let who: String
            if pivot == .byTopic {
                who = safe(essay.label) + (known(essay.outlet).map { " (\($0))" } ?? "")
            } else {
                who = safe(corpus.topics[position.topic].title)
            }
            let what = position.stance == .silent ? "does not address this question" : safe(position.summary)
            var textStyle = style
            if position.stance == .silent { textStyle.attributes.insert(.dim) }
            screen.put(TextFit.fit(who + " \(glyphs.dash) " + what, right - col, ellipsis: glyphs.ellipsis), x: col, y: y, style: textStyle, limit: right)
        case .claim(let c):
            let claim = corpus.claims[c]
            let link = LinkMarkers(corpus: corpus).marker(row: c) ?? glyphs.main
            var linkStyle = style
            linkStyle.attributes.insert(.bold)
            col = screen.put(link + " ", x: col, y: y, style: linkStyle, limit: right)
            // A reference row stands for its claim: its text and its opponents.
            let shown = resolved(c)
            let count = corpus.opponentCount(of: shown)
            let badge = count > 0 ? " \(glyphs.crossed)\(count)" : ""
            let room = right - col - DisplayWidth.of(badge) - 1
            var textStyle = style
            if claim.kind == .group || claim.kind == .argument { textStyle.attributes.insert(.bold) }
            let text = kindPrefix(claim.kind) + safe(corpus.claims[shown].text)
            col = screen.put(TextFit.fit(text, room, ellipsis: glyphs.ellipsis), x: col, y: y, style: textStyle, limit: right - DisplayWidth.of(badge))
            if count > 0, room > 0 {
                var badgeStyle = style
                badgeStyle.attributes.insert(.bold)
                screen.put(badge, x: right - DisplayWidth.of(badge) - 1, y: y, style: badgeStyle, limit: right)
            }
        }
    }

    /// The tree lines left of a claim: a bar down the open position, then `├─` / `└─` to the
    /// claim and `│` for each ancestor claim that has siblings below. O(depth), reading only
    /// the parent links of the flat rows. Returns true when the claim's own marker column
    /// should stay as is (a main claim, or a claim with children), false for a leaf sub-claim.
    func drawGuides(_ screen: inout Screen, _ row: Row, x: Int, y: Int, right: Int, selected: Bool, shift: Int = 0) -> Bool {
        var style = selected ? CellStyle.reverse : CellStyle.dim
        if selected { style.attributes.insert(.dim) }
        // Levels shifted out of view are not drawn (nor walked: the walk stops there).
        func column(_ depth: Int) -> Int { x + 1 + 2 * (depth - shift) }
        if shift == 0 { screen.put(glyphs.vertical, x: column(1), y: y, style: style, limit: right) }
        guard row.depth >= 3 else { return true }
        if row.depth - 1 > shift {
            screen.put((row.isLast ? glyphs.corner : glyphs.tee) + glyphs.stub, x: column(row.depth - 1), y: y, style: style, limit: right)
        }
        var ancestor = row.parent
        while rows.indices.contains(ancestor), rows[ancestor].depth >= 3, rows[ancestor].depth - 1 > shift {
            if !rows[ancestor].isLast { screen.put(glyphs.vertical, x: column(rows[ancestor].depth - 1), y: y, style: style, limit: right) }
            ancestor = rows[ancestor].parent
        }
        return row.hasChildren
    }

    // MARK: Detail pane

    /// What marks a claim's kind before its text: "→ " for a reference row, "∴ " for a
    /// conclusion; nothing for a statement (every claim of an essay map).
    func kindPrefix(_ kind: ClaimKind) -> String {
        switch kind {
        case .reference: return glyphs.reference + " "
        case .conclusion: return glyphs.therefore + " "
        case .statement, .argument, .premise, .group: return ""
        }
    }

    /// Where an essay's words come from: "Alina Zubkovych, Kyiv Post, 2022"; when the author
    /// is unknown the essay's label leads, so a bare year never stands alone.
    func sourceLine(_ essay: Essay) -> String {
        let parts = [essay.author, essay.outlet, essay.published].filter { $0 != Essay.unknown && !$0.isEmpty }
        if known(essay.author) == nil { return ([safe(essay.label)] + parts.map(safe)).joined(separator: ", ") }
        return parts.map(safe).joined(separator: ", ")
    }

    /// The essays of some claims, each named once in order of first appearance, with a count
    /// when it has several: "Zubkovych ×2, Galeotti".
    func essayTally(_ essays: [Int]) -> String {
        var order: [Int] = [], count: [Int: Int] = [:]
        for e in essays {
            if count[e] == nil { order.append(e) }
            count[e, default: 0] += 1
        }
        return order.map { safe(corpus.essays[$0].label) + (count[$0]! > 1 ? " \(glyphs.times)\(count[$0]!)" : "") }.joined(separator: ", ")
    }

    func drawDetail(_ screen: inout Screen, _ rect: Rect) {
        guard rect.height > 0, rect.width > 2 else { return }
        detailLines(width: rect.width - 1).draw(&screen, rect, top: detailTop, glyphs: glyphs)
    }
}
