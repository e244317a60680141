import DebateMap
@testable import DebateMapBrowser
import Testing

/// The browser's state driven by actions: selection, folds, visible rows, history, jumps,
/// search, pivot, matrix, reader — no terminal involved.
struct BrowserStateTests {
    let corpus = Support.seed

    @Test func opensOnTheQuestionsWithEveryPosition() {
        let b = Support.browser()
        #expect(b.rows.count == 3 + 3 * 5)
        #expect(b.rows.map(\.node).prefix(3) == [.topic(0), .position(0), .position(3)])
        #expect(b.selection == 0)
        #expect(b.mode == .tree)
    }

    @Test func movingAndFolding() {
        var b = Support.browser("jj")
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 1, topic: 0)))
        b.handle(.character("l"))  // expand the position
        #expect(b.rows[b.selection].isExpanded)
        #expect(b.rows.count == 19)
        b.handle(.character("l"))  // to its first child: the main claim
        #expect(b.selectedClaimID == "war-machine-emergency-exit")
        b.handle(.character("h"))  // a collapsed main claim: go to the parent
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 1, topic: 0)))
        b.handle(.character("h"))  // expanded: collapse
        #expect(b.rows.count == 18)
        b.handle(.character("G"))
        #expect(b.selection == b.rows.count - 1)
        b.handle(.character("g"))
        #expect(b.selection == 0)
    }

    @Test func siblings() {
        var b = Support.browser("j")
        b.handle(.character("J"))
        b.handle(.character("J"))
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 2, topic: 0)))
        b.handle(.character("K"))
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 1, topic: 0)))
        // From the last position of a topic, J goes no further.
        let c = Support.browser("jJJJJJ")
        #expect(c.selectedNode == .position(corpus.positionIndex(essay: 4, topic: 0)))
    }

    @Test func expandAndCollapseEverything() {
        var b = Support.browser("E")
        #expect(b.rows.count == 3 + 15 + corpus.claims.count)
        b.handle(.character("C"))
        #expect(b.rows.count == 3)
        b.handle(.character("e"))
        #expect(b.rows.count == 1 + 5 + corpus.claims.filter { $0.topic == 0 }.count + 2)
        b.handle(.character("c"))
        #expect(b.rows.count == 3)
    }

    /// Selects a claim by id through the public path: unfolded and selected.
    func browser(at id: String) -> Browser {
        var b = Support.browser()
        let c = corpus.claimIndex(id: id)!
        b.jump(to: .claim(c))
        b.backStack.removeAll()
        return b
    }

    @Test func jumpToOpposingClaimsCyclesAndGoesBack() throws {
        var b = browser(at: "zubkovych-grave-mistake")
        let before = b.snapshot
        let opponents = corpus.opponents(of: corpus.claimIndex(id: "zubkovych-grave-mistake")!).map { corpus.claims[$0.other].id }
        #expect(opponents.count == 3)
        b.handle(.character("o"))
        #expect(b.selectedClaimID == opponents[0])
        // The target's path is unfolded and the row is on screen.
        #expect(b.selection >= b.scrollTop && b.selection < b.scrollTop + b.treeHeight)
        b.handle(.character("o"))
        #expect(b.selectedClaimID == opponents[1])
        b.handle(.character("o"))
        #expect(b.selectedClaimID == opponents[2])
        b.handle(.character("o"))
        #expect(b.selectedClaimID == opponents[0])
        // Back through the jumps to the exact selection and folds we left.
        for _ in 0..<4 { b.handle(.character("[")) }
        #expect(b.snapshot == before)
        b.handle(.character("]"))
        #expect(b.selectedClaimID == opponents[0])
        b.handle(.backspace)
        #expect(b.snapshot == before)
    }

    @Test func aClaimWithoutOpponentsSaysSo() {
        var b = browser(at: "vorobiev-small-cost")
        b.handle(.character("o"))
        #expect(b.selectedClaimID == "vorobiev-small-cost")
        #expect(b.status == "no claim opposes this one")
    }

    @Test func pickerListsAllOpponentsAndJumps() {
        var b = browser(at: "zubkovych-grave-mistake")
        b.handle(.character("O"))
        #expect(b.mode == .picker)
        b.handle(.character("j"))
        b.handle(.enter)
        #expect(b.mode == .tree)
        let second = corpus.opponents(of: corpus.claimIndex(id: "zubkovych-grave-mistake")!).dropFirst().first!.other
        #expect(b.selectedNode == .claim(second))
        b.handle(.character("["))
        #expect(b.selectedClaimID == "zubkovych-grave-mistake")
    }

    @Test func versusCyclesTheOpponent() {
        var b = browser(at: "zubkovych-grave-mistake")
        b.handle(.character("v"))
        #expect(b.mode == .versus)
        #expect(b.versusIndex == 0)
        b.handle(.character("o"))
        #expect(b.versusIndex == 1)
        b.handle(.escape)
        #expect(b.mode == .tree)
    }

    @Test func pivotKeepsTheSelectedClaim() {
        var b = browser(at: "galeotti-visa-free-travel")
        b.handle(.character("t"))
        #expect(b.pivot == .byEssay)
        #expect(b.selectedClaimID == "galeotti-visa-free-travel")
        #expect(b.rows.first?.node == .essay(0))
        b.handle(.character("t"))
        #expect(b.pivot == .byTopic)
        #expect(b.selectedClaimID == "galeotti-visa-free-travel")
    }

    @Test func searchAsYouTypeAndEscapeRestores() {
        var b = Support.browser("jj")
        let before = b.snapshot
        b.handle(.character("/"))
        #expect(b.mode == .search)
        for c in "grave" { b.handle(.character(c)) }
        #expect(b.status == "1/1")
        #expect(b.selectedClaimID == "zubkovych-grave-mistake")
        b.handle(.escape)
        #expect(b.mode == .tree)
        #expect(b.snapshot == before)
    }

    @Test func searchIgnoresCaseAndAccentsAndStepsThroughMatches() {
        var b = Support.browser("/NAIVE{enter}")
        #expect(b.mode == .tree)
        // "naïve" in the quote of Zubkovych's claim about hosting the opposition.
        #expect(b.matches.count >= 1)
        #expect(b.selectedClaimID == "zubkovych-hosting-the-opposition")
        b = Support.browser("/visa{enter}")
        let first = b.selectedNode
        let total = b.matches.count
        #expect(total > 2)
        b.handle(.character("n"))
        #expect(b.selectedNode != first)
        #expect(b.status == "2/\(total)")
        b.handle(.character("N"))
        #expect(b.selectedNode == first)
    }

    @Test func searchWithNoMatchSaysSo() {
        let b = Support.browser("/zeppelin")
        #expect(b.status == "no match")
        #expect(b.matches.isEmpty)
    }

    @Test func matrixEnterGoesToThePosition() {
        var b = Support.browser("m")
        #expect(b.mode == .matrix)
        b.handle(.down)
        b.handle(.right)
        b.handle(.right)
        b.handle(.right)
        b.handle(.right)
        b.handle(.enter)
        #expect(b.mode == .tree)
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 4, topic: 1)))
    }

    @Test func readerLightsThePassageAndGoesBackToItsClaim() {
        var b = browser(at: "galeotti-bursaries")
        b.handle(.character("r"))
        #expect(b.mode == .reader)
        #expect(b.readerClaim == corpus.claimIndex(id: "galeotti-bursaries"))
        b.handle(.character("n"))
        let next = b.readerClaim!
        #expect(corpus.claims[next].quote!.start > corpus.claims[corpus.claimIndex(id: "galeotti-bursaries")!].quote!.start)
        b.handle(.enter)
        #expect(b.mode == .tree)
        #expect(b.selectedNode == .claim(next))
    }

    @Test func enterOnAClaimOpensItsQuoteInTheReader() {
        var b = browser(at: "vorobiev-small-cost")
        b.handle(.enter)
        #expect(b.mode == .reader)
        b.handle(.character("q"))
        #expect(b.mode == .tree)
    }

    @Test func helpOverlayOpensAndCloses() {
        var b = Support.browser("?")
        #expect(b.mode == .help)
        b.handle(.character("q"))
        #expect(b.mode == .tree)
        #expect(!b.wantsQuit)
        b.handle(.character("q"))
        #expect(b.wantsQuit)
    }

    @Test func everyKeyOfTheHelpIsHandled() {
        // The help lists exactly what the key table does: each listed key maps to its action.
        for mode in Mode.allCases {
            for binding in KeyTable.help(for: mode) {
                for key in binding.keys {
                    #expect(KeyTable.action(for: key, in: mode) != nil, "\(key) in \(mode)")
                }
            }
        }
    }

    @Test func mouseClickSelectsAndTogglesAndWheelScrolls() {
        var b = Support.browser()
        // Row 3 of the screen is the third row of the tree (row 0 is the header).
        b.handle(.mouse(MouseEvent(kind: .click, x: 30, y: 3)))
        #expect(b.selection == 2)
        let expandedBefore = b.rows[2].isExpanded
        b.handle(.mouse(MouseEvent(kind: .click, x: 3, y: 3)))  // on the fold marker
        #expect(b.rows[2].isExpanded != expandedBefore)
        // The wheel moves the view by three rows; the cursor is carried along to stay on screen.
        let top = b.scrollTop
        b.handle(.mouse(MouseEvent(kind: .wheelDown, x: 3, y: 3)))
        #expect(b.scrollTop == top + 3)
        #expect(b.selection >= b.scrollTop && b.selection < b.scrollTop + b.treeHeight)
        b.handle(.mouse(MouseEvent(kind: .wheelUp, x: 3, y: 3)))
        #expect(b.scrollTop == top)
    }

    @Test func anyKeyAtAnySizeNeverCrashes() {
        let keys = Support.parse("jjlloOvE{enter}rnN{esc}m{down}{right}{enter}t/ab{bksp}{esc}?qdeCcJK[]{pgdn}{pgup}{C-d}{C-u}GgoQq")
        for (w, h) in [(0, 0), (1, 1), (2, 2), (20, 6), (40, 12), (80, 24), (200, 60)] {
            var b = Browser(corpus: corpus)
            b.apply(.resize(width: w, height: h))
            for key in keys {
                b.handle(key)
                let screen = b.render(width: w, height: h)
                #expect(screen.width == w && screen.height == h)
            }
        }
    }
}
