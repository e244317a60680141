import DebateMap

/// The problems found reading the files: announced in the footer when the browser opens
/// ("2 errors, 1 warning — ! to show"), listed by `!` as `check` prints them, and Enter goes
/// to the claim or file each is about.
extension Browser {
    /// Gives the browser what went wrong reading its files. With nothing else to show (no
    /// claim was read), it opens on the problems instead of an empty tree.
    public mutating func report(_ problems: Problems) {
        guard !problems.isEmpty else { return }
        self.problems = problems
        status = "\(problems.summary) \(glyphs.dash) ! to show"
        if corpus.claims.isEmpty { openProblems() }
    }

    /// The problems view's state while it is open.
    public var problemsView: ProblemsState? {
        if case .problems(let state) = view { return state }
        return nil
    }

    mutating func openProblems() {
        guard problems != nil else {
            status = "no problems: every file was read cleanly"
            return
        }
        view = .problems(ProblemsState())
    }

    /// The list of problems and the pane below it with the chosen one in full.
    func problemsRects() -> (list: Rect, pane: Rect) {
        listRects(count: problems?.diagnostics.count ?? 0)
    }

    mutating func applyInProblems(_ action: Action, _ state: ProblemsState) {
        guard let problems else { view = .tree; return }
        var state = state
        let rects = problemsRects()
        var list = ListPane(index: state.index, paneTop: state.paneTop)
        let outcome = list.apply(action, count: problems.diagnostics.count, rects: rects,
                                 paneLines: { problemPane(state.index, width: rects.pane.width - 1).count }, overPane: pointerOver(rects.pane))
        switch (outcome, action) {
        case (.moved, _):
            (state.index, state.paneTop) = (list.index, list.paneTop)
            view = .problems(state)
        case (.activate, _):
            guard let node = problems.target(of: list.index, in: corpus) else {
                let file = problems.diagnostics[list.index].location.map { safe($0.file) } ?? "the corpus"
                status = "nothing in the map to go to: no claim was read from \(file)"
                return
            }
            view = .tree
            jump(to: node)
            status = problems.diagnostics[list.index].headline
        case (.other, .help): openHelp()
        case (.other, .leave): view = .tree; status = nil
        case (.other, _): break
        }
    }

    /// A diagnostic in full, as `check` prints it: the headline, the source line with a caret
    /// under the column (the line shifted to keep the caret on screen), then the notes.
    func problemPane(_ index: Int, width: Int) -> PaneLines {
        var lines = PaneLines(width: width)
        guard let problems, problems.diagnostics.indices.contains(index) else { return lines }
        let diagnostic = problems.diagnostics[index]
        lines.add(diagnostic.headline, CellStyle(color: diagnostic.severity == .error ? .red : .yellow, attributes: .bold))
        if let (source, caret) = problems.printer.excerpt(diagnostic) {
            var shown = Substring(source), column = caret
            if caret >= width - 1 {
                // Cells dropped from the front, an ellipsis in their place.
                var dropped = 0
                while dropped < caret - width / 2, let first = shown.first {
                    dropped += DisplayWidth.of(first)
                    shown = shown.dropFirst()
                }
                shown = Substring(glyphs.ellipsis + shown)
                column = caret - dropped + DisplayWidth.of(glyphs.ellipsis)
            }
            lines.addLine(TextFit.fit(String(shown), width, ellipsis: glyphs.ellipsis))
            lines.addLine(String(repeating: " ", count: column) + "^", .bold)
        }
        for note in diagnostic.notes { lines.add("note: " + safe(note), .dim) }
        return lines
    }
}
