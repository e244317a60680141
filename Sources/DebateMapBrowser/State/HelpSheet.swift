/// What the help shows over a view: the view's keys from the key table, then what the marks
/// drawn in it mean (in the glyphs in use: Unicode or ASCII), what the mouse does there, and
/// how a count repeats a move.
struct HelpSheet {
    /// One line of the help: a key (or mark) and what it does (or means); a heading has no
    /// description.
    struct Line: Equatable {
        var label: String
        var description: String
        var isHeading: Bool { description.isEmpty }
    }

    let lines: [Line]

    init(for mode: Mode, glyphs: Glyphs, keys: KeyTable = .standard) {
        var lines = keys.help(for: mode).map { Line(label: $0.label, description: $0.description) }
        let marks = HelpSheet.marks(for: mode, glyphs: glyphs)
        if !marks.isEmpty { lines += [Line(label: "Marks", description: "")] + marks }
        let mouse = HelpSheet.mouse(for: mode)
        if !mouse.isEmpty { lines += [Line(label: "Mouse", description: "")] + mouse }
        let counts = HelpSheet.counts(for: mode)
        if !counts.isEmpty { lines += [Line(label: "Counts", description: "")] + counts }
        self.lines = lines
    }

    /// The marks a view draws, each with its meaning.
    static func marks(for mode: Mode, glyphs g: Glyphs) -> [Line] {
        let more = Line(label: "\(g.moreAbove) \(g.moreBelow)", description: "more text above or below in a pane: N more lines")
        switch mode {
        case .tree, .search:
            return [
                Line(label: "\(g.open) \(g.closed)", description: "unfolded, folded"),
                Line(label: g.main, description: "the main claim of a position: its answer to the question"),
                Line(label: "+", description: "a reason for the claim above"),
                Line(label: "-", description: "a reason against the claim above"),
                Line(label: "+>", description: "the claim above is a reason for this one"),
                Line(label: "->", description: "the claim above is a reason against this one"),
                Line(label: "><", description: "this claim and the one above cannot both hold"),
                Line(label: "<_ _>", description: "an undercut: doubts that the reasons lead to the claim (below, above)"),
                Line(label: g.therefore, description: "a conclusion of the reasons above it"),
                Line(label: g.reference, description: "a claim written elsewhere in the map: Enter goes to it"),
                Line(label: "\(g.crossed)3", description: "3 claims of other essays oppose this one: o goes to them"),
                Line(label: g.ellipsis, description: "at the left edge: a deep tree shifted left, its first levels hidden"),
                more,
            ]
        case .picker, .versus:
            return [Line(label: "\(g.crossed)3", description: "3 claims of other essays oppose this one"), more]
        case .clashes:
            return [
                Line(label: g.versus, description: "between two essays, or two claims, that clash"),
                Line(label: g.crossed, description: "how many claims of other essays oppose a claim"),
                more,
            ]
        case .matrix:
            return [Line(label: g.versus, description: "the cell marked with x, to clash with another")]
        case .reader, .help, .problems, .filter:
            return []
        case .documents:
            return [Line(label: "\(g.crossed)3", description: "the document's most contested claim, opposed by 3 claims"), more]
        }
    }

    /// What a click and the wheel do in a view.
    static func mouse(for mode: Mode) -> [Line] {
        switch mode {
        case .tree, .search:
            return [Line(label: "click", description: "select a row; on its fold mark, fold or unfold"),
                    Line(label: "wheel", description: "scroll the tree, or the detail pane when over it")]
        case .picker, .clashes, .problems, .documents:
            return [Line(label: "click", description: "select a row; on the selected row, as Enter"),
                    Line(label: "wheel", description: "move in the list, or scroll the pane below when over it")]
        case .matrix:
            return [Line(label: "click", description: "select a cell; on the selected cell, go to it"),
                    Line(label: "wheel", description: "move between the questions")]
        case .reader:
            return [Line(label: "click", description: "light the quoted passage under it (Enter goes to its claim)"),
                    Line(label: "wheel", description: "scroll the essay")]
        case .versus:
            return [Line(label: "wheel", description: "scroll the two claims")]
        case .help:
            return [Line(label: "wheel", description: "scroll the help")]
        case .filter:
            return []
        }
    }

    /// What a number typed before a key does in a view (`Browser+Count`).
    static func counts(for mode: Mode) -> [Line] {
        switch mode {
        case .search, .filter:
            return []
        case .tree:
            return [Line(label: "5j", description: "a number before a move repeats it: 5 rows down; 3J, 2 Ctrl-d"),
                    Line(label: "12G", description: "row 12 of the tree (12g too)"),
                    Line(label: "Esc", description: "cancels a number being typed")]
        case .reader, .matrix, .picker, .versus, .clashes, .problems, .documents, .help:
            return [Line(label: "5j", description: "a number before a move repeats it"),
                    Line(label: "Esc", description: "cancels a number being typed")]
        }
    }
}
