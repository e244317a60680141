import DebateMap
@testable import DebateMapBrowser
import Foundation
import Testing
import TestSupport

/// The browser's state over the hand-made harbour corpus: rows and tree lines, opposing
/// jumps and history, pivot, search, reader, matrix, picker, footer — shapes the seed
/// corpus does not pin down.
struct HarbourStateTests {
    let corpus = Fixtures.harbour

    func browser(_ keys: String = "", width: Int = 80, height: Int = 24) -> Browser {
        Support.browser(keys, corpus: corpus, width: width, height: height)
    }

    /// A browser with a claim selected the way a jump selects it, and no history.
    func browser(at id: String, width: Int = 80, height: Int = 24) -> Browser {
        var b = browser(width: width, height: height)
        b.jump(to: .claim(corpus.claimIndex(id: id)!))
        b.backStack.removeAll()
        return b
    }

    func id(_ b: Browser) -> String? { b.selectedNode?.claim.map { corpus.claims[$0].id } }

    @Test func rowsKnowTheirLastChild() {
        let b = browser("E")
        #expect(b.rows.count == 2 + 6 + corpus.claims.count)
        func row(_ id: String) -> Row { b.rows.first { $0.node == .claim(corpus.claimIndex(id: id)!) }! }
        #expect(!row("mueller-buses-stuck").isLast)
        #expect(!row("mueller-capacity").isLast)
        #expect(row("mueller-cost").isLast)
        #expect(row("mueller-lasts").isLast && row("mueller-lasts").depth == 4)
        // Parents point at the row of the parent node.
        let lasts = b.rows.firstIndex { $0.node == .claim(4) }!
        #expect(b.rows[b.rows[lasts].parent].node == .claim(3))
    }

    @Test func treeLinesFollowTheClaimTree() {
        let screen = browser("E").render(width: 80, height: 24)
        let lines = (0..<screen.height).map(screen.line)
        #expect(lines.contains { $0.hasPrefix("   ▾ FOR      Müller — The city should build the tram") })
        #expect(lines.contains { $0.hasPrefix("   │ ▾ ▶ The city should build the harbour tram.") })
        // A sub-claim hangs from its parent's fold marker; a leaf draws the line to its glyph.
        #expect(lines.contains { $0.hasPrefix("   │ ├── + Buses are stuck in traffic every morning.") })
        #expect(lines.contains { $0.hasPrefix("   │ └─▾ - Building the tram costs money.") })
        #expect(lines.contains { $0.hasPrefix("   │   └── - The tram will last fifty years.") })
        #expect(lines.contains { $0.hasPrefix("   │ └── + The buses would run well") })
        let ascii = Support.browser("E", corpus: corpus, options: BrowserOptions(ascii: true, color: false)).render(width: 80, height: 24)
        #expect((0..<ascii.height).map(ascii.line).contains { $0.hasPrefix("   | `-- - Building the tram costs money.") })
        #expect((0..<ascii.height).map(ascii.line).contains { $0.hasPrefix("   | |-  + Buses are stuck") })
    }

    @Test func silentPositionsAreDimAndDoNotOpen() {
        var b = browser()
        let silent = corpus.positionIndex(essay: 0, topic: 1)!
        b.moveSelection(to: b.rows.firstIndex { $0.node == .position(silent) }!)
        let count = b.rows.count
        b.handle(.character("l"))
        b.handle(.enter)
        #expect(b.rows.count == count)
        let screen = b.render(width: 80, height: 24)
        let y = (0..<screen.height).first { screen.line($0).contains("SILENT") }!
        #expect(screen.line(y).hasPrefix("   · SILENT   Müller — does not address this question"))
        let x = screen.line(y).distance(from: screen.line(y).startIndex, to: screen.line(y).range(of: "does not")!.lowerBound)
        #expect(screen[x, y].style.attributes.contains(.dim))
    }

    @Test func opponentsCycleFromTheSameOriginAndHistoryRestoresExactly() {
        var b = browser(at: "mueller-build")
        b.handle(.character("C"))      // fold everything but keep a known state
        b.jump(to: .claim(0))
        b.backStack.removeAll()
        let before = b.snapshot
        // mueller-build is attacked by its own objection (mueller-cost: not opposition) and
        // contradicted by Petrov and attacked by Petrov's junctions claim.
        let others = corpus.opponents(of: corpus.claimIndex(id: "mueller-build")!).map { corpus.claims[$0.other].id }
        #expect(!others.contains("mueller-cost"))
        #expect(corpus.ownObjections(of: corpus.claimIndex(id: "mueller-build")!).map { corpus.claims[$0.other].id } == ["mueller-cost"])
        b.handle(.character("o"))
        #expect(id(b) == others[0])
        #expect(b.status?.hasPrefix("opponent 1/\(others.count): ") == true)
        #expect(b.status?.contains("o next") == false)
        #expect(b.render(width: 80, height: 24).line(23).contains("o next"))
        #expect(b.selection >= b.scrollTop && b.selection < b.scrollTop + b.treeHeight)
        for _ in others.indices { b.handle(.character("o")) }
        #expect(id(b) == others[0])  // cycled, still from mueller-build
        // One press back, however many `o`s.
        b.handle(.character("["))
        #expect(b.snapshot == before)
        #expect(b.status == nil)
        b.handle(.character("["))
        #expect(b.status == "nothing to go back to")
        b.handle(.character("]"))
        #expect(id(b) == others[0])
        // Moving elsewhere makes the next `o` start from the new claim.
        b.handle(.character("o"))
        #expect(id(b) == "mueller-build")
    }

    @Test func aJumpCentresItsTarget() {
        var b = browser(at: "okafor-fund-buses", width: 80, height: 24)
        b.handle(.character("E"))
        b.handle(.character("o"))
        #expect(id(b) == "petrov-free-fares")
        let middle = b.scrollTop + b.treeHeight / 2
        #expect(abs(b.selection - middle) <= 1 || b.scrollTop == 0 || b.scrollTop == b.rows.count - b.treeHeight)
    }

    @Test func pivotKeepsTheClaimAndItsPath() {
        var b = browser(at: "okafor-study")
        b.handle(.character("t"))
        #expect(b.pivot == .byEssay)
        #expect(id(b) == "okafor-study")
        #expect(b.rows.first?.node == .essay(0))
        #expect(b.breadcrumb == ["DebateMap", "by essay", "Okafor", "Tram", "“The city should study the lin…”"])
        b.handle(.character("t"))
        #expect(id(b) == "okafor-study")
        #expect(b.breadcrumb.prefix(4) == ["DebateMap", "by topic", "Tram", "Okafor"])
    }

    @Test func searchFoldsCaseAndAccentsAndEscRestores() {
        var b = browser("j")
        let before = b.snapshot
        b.handle(.character("/"))
        for c in "MULLER" { b.handle(.character(c)) }
        // "Müller" is the author: her position on the first topic.
        #expect(b.status == "1/1")
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 0, topic: 0)!))
        b.handle(.escape)
        #expect(b.snapshot == before)
        #expect(b.mode == .tree && b.query.isEmpty && b.status == nil)

        b.handle(.character("/"))
        for c in "иван" { b.handle(.character(c)) }
        #expect(b.status == "1/1")
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 1, topic: 0)!))
        b.handle(.escape)

        b.handle(.character("/"))
        for c in "port" { b.handle(.character(c)) }
        let total = b.matches.count
        #expect(total >= 3)
        #expect(b.status == "1/\(total)")
        b.handle(.down)  // ↓ in the prompt: next match
        #expect(b.status == "2/\(total)")
        b.handle(.enter)
        #expect(b.mode == .tree)
        b.handle(.character("N"))
        #expect(b.status == "1/\(total)")
        b.handle(.character("N"))
        // Wrapping past the first match says so, as vim does.
        #expect(b.status == "\(total)/\(total)  search hit top, continuing at bottom")
        // The match and its whole path are open.
        for ancestor in b.shape.ancestors(b.matches[total - 1]) { #expect(b.expanded.contains(ancestor)) }
    }

    @Test func searchHighlightsEveryVisibleOccurrence() {
        let b = browser("E/tram")
        let screen = b.render(width: 80, height: 24)
        var lit = 0
        for y in 1..<(screen.height - 1) {
            let line = screen.line(y)
            var from = line.startIndex
            while let r = line.range(of: "tram", options: .caseInsensitive, range: from..<line.endIndex) {
                let x = DisplayWidth.of(String(line[..<r.lowerBound]))
                #expect(screen[x, y].style.attributes.contains(.underline), "\(line)")
                #expect(screen[x, y].style.color == .cyan)
                lit += 1
                from = r.upperBound
            }
        }
        #expect(lit >= 5)
        let mono = Support.browser("E/tram", corpus: corpus, options: BrowserOptions(color: false)).render(width: 80, height: 24)
        #expect(mono.cells.allSatisfy { $0.style.color == .plain })
    }

    @Test func searchWithNothingToFind() {
        var b = browser("/zzz")
        #expect(b.status == "no match")
        b.handle(.backspace); b.handle(.backspace); b.handle(.backspace)
        #expect(b.query.isEmpty && b.mode == .search)
        b.handle(.backspace)  // on an empty prompt: leave the search
        #expect(b.mode == .tree)
        b.handle(.character("n"))
        #expect(b.status == "no search: press / to search")
    }

    @Test func readerWrapsLightsAndDimsFurniture() {
        var b = browser(at: "mueller-build", width: 40, height: 12)
        b.handle(.enter)
        #expect(b.mode == .reader)
        #expect(b.reader!.passages.map { corpus.claims[$0].id } == ["mueller-build", "mueller-buses-stuck", "mueller-capacity", "mueller-cost", "mueller-lasts"])
        let screen = b.render(width: 40, height: 12)
        // One long line of text, wrapped to the width.
        #expect(screen.line(1) == " The city should build the harbour")
        #expect((1..<11).allSatisfy { DisplayWidth.of(screen.line($0)) <= 39 })
        #expect(screen[1, 1].style.attributes.contains(.reverse))
        b.handle(.character("n"))
        #expect(b.reader?.claim == corpus.claimIndex(id: "mueller-buses-stuck"))
        let next = b.render(width: 40, height: 12)
        #expect(next[1, 1].style.attributes.contains(.underline) && !next[1, 1].style.attributes.contains(.reverse))
        b.handle(.character("N"))
        b.handle(.character("N"))
        #expect(b.reader?.claim == corpus.claimIndex(id: "mueller-lasts"))
        b.handle(.enter)
        #expect(b.mode == .tree && id(b) == "mueller-lasts")

        var p = browser(at: "petrov-waste")
        p.handle(.character("r"))
        let page = p.render(width: 80, height: 24)
        #expect(page.line(1) == " [Editor: letters are edited for length.]")
        #expect(page[2, 1].style.attributes.contains(.dim))
        #expect(page[2, 2].style.attributes.contains(.reverse))  // the lit passage
    }

    @Test func readerFollowsAResize() {
        var b = browser(at: "mueller-lasts", width: 30, height: 8)
        b.handle(.enter)
        let lit = corpus.claims[corpus.claimIndex(id: "mueller-lasts")!].quote!
        func litIsOnScreen(_ b: Browser, _ w: Int, _ h: Int) -> Bool {
            let screen = b.render(width: w, height: h)
            return (1..<(h - 1)).contains { y in (0..<w).contains { screen[$0, y].style.attributes.contains(.reverse) } }
        }
        #expect(litIsOnScreen(b, 30, 8))
        b.handle(.resize(width: 100, height: 8))
        #expect(b.reader?.text.width == 98)
        #expect(b.reader!.text.lines[b.reader!.top].end > lit.start - 200)
        #expect(litIsOnScreen(b, 100, 8))
    }

    @Test func pickerSaysWhatEachOpponentDoesAndClicksJump() {
        var b = browser(at: "mueller-build")
        b.handle(.character("O"))
        #expect(b.mode == .picker)
        let screen = b.render(width: 80, height: 24)
        // Other voices first; the essay's own objection last, marked as within the essay.
        #expect(screen.line(1).hasPrefix(" Petrov  Tram  contradicts it "))
        #expect(screen.line(2).hasPrefix(" Müller  Tram  attacks it, within the essay  Building the tram costs money."))
        b.handle(.mouse(MouseEvent(kind: .click, x: 10, y: 2)))  // select the second
        #expect(b.picker?.index == 1 && b.mode == .picker)
        b.handle(.mouse(MouseEvent(kind: .click, x: 10, y: 1)))  // select the first
        #expect(b.picker?.index == 0 && b.mode == .picker)
        b.handle(.mouse(MouseEvent(kind: .click, x: 10, y: 1)))  // again: go
        #expect(b.mode == .tree && id(b) == "petrov-waste")
        // Cycling continues from the picker's origin, whose one other-voice opponent this is.
        b.handle(.character("o"))
        #expect(id(b) == "petrov-waste" && b.status?.hasPrefix("opponent 1/1: ") == true)
    }

    @Test func versusNamesBothSidesAndCycles() {
        var b = browser(at: "mueller-build")
        b.handle(.character("v"))
        // Other voices first, then the essay's own objection, marked.
        let screen = b.render(width: 80, height: 24)
        #expect(screen.line(0) == " Versus › 1/2 › Müller contradicts Petrov")
        b.handle(.character("o"))
        #expect(b.render(width: 80, height: 24).line(0) == " Versus › 2/2 › Müller attacked by Müller (within the essay)")
        b.handle(.character("o"))
        #expect(screen.text.contains("AGAINST"))
        b.handle(.enter)
        #expect(b.mode == .tree && id(b) == "petrov-waste")
    }

    @Test func matrixPagesSoStanceWordsStayWhole() {
        let wide = Fixtures.wideMatrix(essays: 12, topics: 6)
        var b = Support.browser("m", corpus: wide, width: 40, height: 12)
        var screen = b.render(width: 40, height: 12)
        #expect(screen.line(0) == " Matrix › topics 1–4/6 × essays 1–3/12")
        #expect(!screen.text.contains("AGAI…") && !screen.text.contains("SILE…"))
        for word in ["FOR", "AGAINST", "MIXED", "SILENT"] { #expect(screen.text.contains(word)) }
        let grid = b.matrixLayout(b.matrix!)
        #expect(grid.visibleEssays == 3 && grid.firstEssay == 0)
        for _ in 0..<4 { b.handle(.right) }
        #expect(b.matrix!.cell.essay == 4 && b.matrixLayout(b.matrix!).firstEssay == 3)
        screen = b.render(width: 40, height: 12)
        #expect(screen.text.contains("Essay 5"))
        #expect(!screen.text.contains("Essay 1 "))
        for _ in 0..<20 { b.handle(.right); b.handle(.down) }
        #expect(b.matrix!.cell == (5, 11))
        #expect(b.matrixLayout(b.matrix!).firstEssay == 9)
        // A click selects a cell, a second click goes to its position.
        let origin = b.matrixLayout(b.matrix!).origin(topic: b.matrixLayout(b.matrix!).firstTopic, essay: 9)!
        b.handle(.mouse(MouseEvent(kind: .click, x: origin.x, y: origin.y)))
        #expect(b.matrix!.cell == (b.matrixLayout(b.matrix!).firstTopic, 9))
        let topic = b.matrix!.cell.topic
        b.handle(.mouse(MouseEvent(kind: .click, x: origin.x, y: origin.y)))
        #expect(b.mode == .tree)
        #expect(b.selectedNode == .position(wide.positionIndex(essay: 9, topic: topic)!))
    }

    @Test func footerShowsTheKeysThatMatterNow() {
        func footer(_ b: Browser) -> String { let s = b.render(width: 120, height: 30); return s.line(s.height - 1) }
        var b = browser()
        // The first screen names o, the key a reader came for, even before a claim is selected.
        #expect(footer(b).contains("o opposing") && !footer(b).contains("[ back"))
        #expect(footer(b).hasSuffix("? help"))
        b = browser(at: "mueller-build")
        #expect(footer(b).contains("o opposing") && !footer(b).contains("[ back"))
        b.handle(.character("o"))
        #expect(footer(b).contains("[ back"))
        b = browser(at: "mueller-capacity")  // nobody opposes it
        #expect(!footer(b).contains("o opposing"))
        #expect(Support.browser("", corpus: corpus, width: 20, height: 6).render(width: 20, height: 6).line(5) == " j/k move  ? help")
    }

    @Test func everyKeyOfTheGuideDoesWhatItSays() {
        // tui.md's key table, key by key, in the tree.
        let expected: [(Key, Action)] = [
            (.character("j"), .down), (.down, .down), (.character("k"), .up), (.up, .up),
            (.character("h"), .collapseOrParent), (.left, .collapseOrParent), (.character("l"), .expandOrChild), (.right, .expandOrChild),
            (.enter, .activate), (.character(" "), .toggle), (.character("J"), .nextSibling), (.character("K"), .previousSibling),
            (.character("g"), .first), (.character("G"), .last), (.home, .first), (.end, .last),
            (.control("d"), .halfPageDown), (.control("u"), .halfPageUp), (.pageDown, .pageDown), (.pageUp, .pageUp),
            (.character("e"), .expandNode), (.character("E"), .expandAll), (.character("c"), .collapseNode), (.character("C"), .collapseAll),
            (.character("o"), .jumpToOpponent), (.character("O"), .pickOpponent), (.character("v"), .versus),
            (.character("["), .back), (.character("]"), .forward), (.backspace, .back),
            (.character("t"), .pivot), (.character("m"), .matrix), (.character("r"), .reader), (.character("d"), .toggleDetail),
            (.character("/"), .search), (.character("n"), .nextMatch), (.character("N"), .previousMatch),
            (.character("?"), .help), (.character("q"), .quit), (.escape, .leave),
        ]
        for (key, action) in expected { #expect(KeyTable.action(for: key, in: .tree) == action, "\(key)") }
        for mode in [Mode.reader, .matrix, .picker, .versus, .help] {
            #expect(KeyTable.action(for: .character("q"), in: mode) == .leave)
            // In the reader Esc clears its search first, as less does.
            #expect(KeyTable.action(for: .escape, in: mode) == (mode == .reader ? .clearSearch : .leave))
        }
        #expect(KeyTable.action(for: .character("q"), in: .search) == .type("q"))
    }

    @Test func helpListsEveryKeyOfItsViewFromTheTable() {
        for (keys, over) in [("", Mode.tree), ("m", .matrix), ("jjjjllr", .reader)] {
            var b = browser(keys, width: 100, height: 14)
            #expect(b.mode == over)
            b.handle(.character("?"))
            #expect(b.mode == .help)
            var seen = ""
            for _ in 0..<80 {
                seen += b.render(width: 100, height: 14).text
                b.handle(.character("j"))
            }
            for binding in KeyTable.help(for: over) { #expect(seen.contains(binding.description), "\(over): \(binding.description)") }
            b.handle(.escape)
            #expect(b.mode == over)
        }
    }

    @Test func collapseAndExpandKeepTheSelection() {
        var b = browser(at: "mueller-lasts")
        b.handle(.character("c"))  // a leaf: nothing under it to fold
        #expect(id(b) == "mueller-lasts")
        b.handle(.character("h"))  // to the parent
        #expect(id(b) == "mueller-cost")
        b.handle(.character("h"))  // fold it
        #expect(!b.isOpen(row: b.selection) && id(b) == "mueller-cost")
        b.handle(.character("l"))
        b.handle(.character("l"))
        #expect(id(b) == "mueller-lasts")
        b.handle(.character("C"))
        #expect(b.selectedNode == .topic(0) && b.rows.count == 2)
        b.handle(.character("e"))
        #expect(b.rows.count == 2 + 3 + 10)
        b.handle(.character("K"))
        #expect(b.selectedNode == .topic(0))
        b.handle(.character("J"))
        #expect(b.selectedNode == .topic(1))
    }

    @Test func pagesAndHalfPagesMoveByTheTreeHeight() {
        var b = browser("E", width: 80, height: 24)
        let h = b.treeHeight
        b.handle(.control("d"))
        #expect(b.selection == h / 2)
        b.handle(.pageDown)
        #expect(b.selection == min(b.rows.count - 1, h / 2 + h))
        b.handle(.control("u"))
        b.handle(.pageUp)
        #expect(b.selection == 0)
        b.handle(.end)
        #expect(b.selection == b.rows.count - 1)
        b.handle(.home)
        #expect(b.selection == 0)
    }

    @Test func referenceRowsStandForTheirClaimAndEnterFollowsThem() {
        let corpus = Fixtures.harbourWithReferences
        var b = Support.browser("E", corpus: corpus, width: 100, height: 30)
        let row = b.rows.firstIndex { $0.node == .claim(13) }!
        b.moveSelection(to: row)
        #expect(b.selectedClaim == 1)
        let screen = b.render(width: 100, height: 30)
        let lines = (0..<screen.height).map(screen.line)
        #expect(lines.contains { $0.hasPrefix("   │ ├── + → Buses are stuck in traffic every morning.") && $0.hasSuffix("⚔1") })
        #expect(lines.contains { $0.hasPrefix("   │ └── + ∴ The city should wait for the study.") })
        #expect(lines.contains { $0.contains("a reference to this claim: Enter goes to it") })
        // o works on the claim the row stands for.
        var o = b
        o.handle(.character("o"))
        #expect(o.selectedNode == .claim(corpus.claimIndex(id: "petrov-fix-junctions")!))
        // Enter follows the reference, and [ comes back to the row.
        b.handle(.enter)
        #expect(b.mode == .tree && b.selectedNode == .claim(1))
        #expect(b.status == "followed the reference")
        b.handle(.character("["))
        #expect(b.selectedNode == .claim(13))
        b.moveSelection(to: b.rows.firstIndex { $0.node == .claim(14) }!)
        let detail = b.render(width: 100, height: 30).text
        #expect(detail.contains("put forward by Chidi Okafor") && detail.contains("inferred by modus ponens"))
    }

    @Test func mouseInTheReaderMatrixAndHelp() {
        // A click on a passage in the reader lights it; Enter then goes to its claim.
        var r = browser(at: "mueller-build", width: 80, height: 24)
        r.handle(.enter)
        let screen = r.render(width: 80, height: 24)
        let y = (1..<23).first { screen.line($0).contains("a tram carries") }!
        let line = screen.line(y)
        let x = DisplayWidth.of(String(line[..<line.range(of: "a tram carries")!.lowerBound]))
        r.handle(.mouse(MouseEvent(kind: .click, x: x + 3, y: y)))
        #expect(r.reader?.claim == corpus.claimIndex(id: "mueller-capacity"))
        r.handle(.enter)
        #expect(id(r) == "mueller-capacity")
        // The wheel moves between the matrix's rows.
        var m = browser("m")
        m.handle(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 10)))
        #expect(m.matrix!.cell.topic == 1)
        m.handle(.mouse(MouseEvent(kind: .wheelUp, x: 10, y: 10)))
        #expect(m.matrix!.cell.topic == 0)
        // Help scrolled to the end on a small screen stays filled after growing.
        var h = browser("?", width: 60, height: 10)
        h.handle(.character("G"))
        h.handle(.resize(width: 100, height: 80))
        let help = h.render(width: 100, height: 80)
        #expect(help.text.contains(KeyTable.help(for: .tree)[0].description))
    }

    @Test func theOutlineFollowsReferenceRows() {
        let text = Outline.text(corpus: Fixtures.harbourWithReferences, ascii: false)
        #expect(text.contains("\n      + → Buses are stuck in traffic every morning.  ⚔1\n"))
        #expect(text.contains("\n      + ∴ The city should wait for the study.\n"))
        #expect(Outline.text(corpus: Fixtures.harbourWithReferences, ascii: true).contains("      + -> Buses are stuck in traffic every morning.  x 1\n"))
    }

    /// Issue 21 item 2: the piped outline of a chain thousands deep indents at most
    /// `IndentedTree.maxDepth` levels (below the essay line), each deeper branch continued.
    @Test func theOutlineOfADeepChainIsBounded() {
        let n = 2_000
        let claims = (0..<n).map { c in
            Claim(id: "c\(c)", title: "c\(c)", text: "claim \(c)", essay: 0, topic: 0, position: 0,
                  parent: c == 0 ? nil : c - 1, link: c == 0 ? nil : .supports, children: c + 1 < n ? [c + 1] : [])
        }
        let corpus = Corpus(title: "deep", topics: [Topic(id: "t", title: "T", question: "Q?")],
                            essays: [Essay(id: "e", title: "E", author: "A", outlet: "", published: "", url: "", textPath: "", mapPath: "m", text: "")],
                            positions: [Position(essay: 0, topic: 0, stance: .for, summary: "s", mainClaim: 0)],
                            claims: claims, relations: (1..<n).map { Relation(from: $0, to: $0 - 1, kind: .supports) })
        let text = Outline.text(corpus: corpus)
        let lines = text.split(separator: "\n")
        #expect(lines.map { $0.prefix { $0 == " " }.count }.max()! <= 2 * IndentedTree.maxDepth)
        #expect(text.utf8.count < 60 * n)  // unbounded: about 4 MB
        #expect(lines.filter { $0.hasSuffix("(continued below)") }.count == lines.filter { $0.contains("(continued) claim") }.count)
        #expect(lines.filter { $0.contains("claim 1999") }.count == 1)
    }

    @Test func anEmptyCorpusIsSafeEverywhere() {
        let keys = Support.parse("jklhJKgG{enter}{space}eEcCoOv[]tmrd/x{esc}nN?q{esc}{pgdn}{C-d}q")
        for (w, h) in [(0, 0), (1, 1), (20, 6), (80, 24)] {
            var b = Browser(corpus: Fixtures.empty)
            b.apply(.resize(width: w, height: h))
            for key in keys + [.mouse(MouseEvent(kind: .click, x: 1, y: 1)), .mouse(MouseEvent(kind: .wheelDown, x: 0, y: 0))] {
                b.handle(key)
                _ = b.render(width: w, height: h)
            }
            #expect(b.wantsQuit)
        }
    }

    @Test func everyViewAtEverySizeStaysInsideTheScreen() {
        let sequences = ["", "E", "Em", "Emjjl", "jjllO", "jjllv", "jjllr", "?", "E/port", "jjllrn?"]
        for keys in sequences {
            for (w, h) in [(0, 0), (1, 1), (2, 3), (5, 2), (20, 6), (33, 9), (80, 24), (120, 30), (400, 120)] {
                let b = browser(keys, width: w, height: h)
                let screen = b.render(width: w, height: h)
                #expect(screen.width == w && screen.height == h)
                for y in 0..<h { #expect(DisplayWidth.of(screen.line(y)) <= w, "\(keys) at \(w)x\(h), line \(y)") }
            }
        }
    }
}
