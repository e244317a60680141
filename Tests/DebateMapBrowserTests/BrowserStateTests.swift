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

    /// A key that does nothing in a view says so in the footer, once, until the next key.
    @Test func anUnknownKeySaysSo() {
        var b = Support.browser()
        b.handle(.character("z"))
        #expect(b.status == "z: no such key — ? for help")
        b.handle(.control("k"))
        #expect(b.status == "Ctrl-k: no such key — ? for help")
        b.handle(.character("j"))
        #expect(b.status == nil)
        #expect(b.render(width: 80, height: 24).line(23).contains("no such key") == false)
        b.handle(.character("\u{1B}"))
        #expect(b.status == "^[: no such key — ? for help")
        #expect(b.render(width: 80, height: 24).line(23).contains("^[: no such key"))
    }

    @Test func movingAndFolding() {
        var b = Support.browser("jj")
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 1, topic: 0)!))
        b.handle(.character("l"))  // expand the position
        #expect(b.isOpen(row: b.selection))
        #expect(b.rows.count == 19)
        b.handle(.character("l"))  // to its first child: the main claim
        #expect(b.selectedClaimID == "support-them-emergency-exit")
        b.handle(.character("h"))  // a collapsed main claim: go to the parent
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 1, topic: 0)!))
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
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 2, topic: 0)!))
        b.handle(.character("K"))
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 1, topic: 0)!))
        // From the last position of a topic, J goes no further.
        let c = Support.browser("jJJJJJ")
        #expect(c.selectedNode == .position(corpus.positionIndex(essay: 4, topic: 0)!))
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
        // The corpus's most contested claim.
        let contested = corpus.claims.indices.max { corpus.opponentCount(of: $0) < corpus.opponentCount(of: $1) }!
        var b = browser(at: corpus.claims[contested].id)
        let before = b.snapshot
        let opponents = corpus.opponents(of: contested).map { corpus.claims[$0.other].id }
        #expect(opponents.count >= 2)
        // `o` visits the other essays' opponents in order, and wraps round.
        for expected in opponents + [opponents[0]] {
            b.handle(.character("o"))
            #expect(b.selectedClaimID == expected)
            // The target's path is unfolded and the row is on screen.
            #expect(b.selection >= b.scrollTop && b.selection < b.scrollTop + b.treeHeight)
        }
        // The whole cycle is one step of history: back to the exact selection and folds we left.
        b.handle(.character("["))
        #expect(b.snapshot == before)
        b.handle(.character("]"))
        #expect(b.selectedClaimID == opponents[0])
        b.handle(.backspace)
        #expect(b.snapshot == before)
    }

    /// The scenario: after a jump, moving away and back starts `o` afresh from the
    /// claim now selected, not from the claim the first jump came from.
    @Test func oStartsFromTheClaimYouAreOnAfterMoving() {
        var b = Support.browser()
        for key in Support.parse("/grave{enter}{esc}o") { b.handle(key) }
        let landed = b.selectedClaim!
        let origin = corpus.claimIndex(id: "zubkovych-grave-mistake")!
        #expect(corpus.opponents(of: origin).first?.other == landed)
        #expect(b.status?.hasPrefix("opponent 1/\(corpus.opponents(of: origin).count): ") == true)
        for key in Support.parse("jk") { b.handle(key) }
        #expect(b.selectedClaim == landed)
        b.handle(.character("o"))
        // The landing claim's own first opponent, counted among its own opponents.
        #expect(b.selectedClaim == corpus.opponents(of: landed).first?.other)
        #expect(b.status?.hasPrefix("opponent 1/\(corpus.opponents(of: landed).count): ") == true)
        // Two jumps, two steps back: the search's and the two cycles'.
        b.handle(.character("["))
        #expect(b.selectedClaim == landed)
    }

    /// An essay's own objections are not its opposition: `o` never lands in the same essay,
    /// and the count shown is the other essays' claims only.
    @Test func ownObjectionsAreNotOpposition() {
        for c in corpus.claims.indices {
            for r in corpus.opponents(of: c) { #expect(corpus.claims[r.other].essay != corpus.claims[c].essay) }
            for r in corpus.ownObjections(of: c) { #expect(corpus.claims[r.other].essay == corpus.claims[c].essay) }
        }
        // Galeotti's concession that Russians welcomed the annexation of Crimea attacks his own
        // claim, within the essay; it is not listed among that claim's opponents.
        let own = corpus.claims.indices.filter { !corpus.ownObjections(of: $0).isEmpty }
        #expect(!own.isEmpty)
        for c in own {
            var b = browser(at: corpus.claims[c].id)
            b.handle(.character("o"))
            if corpus.opponents(of: c).isEmpty {
                #expect(b.selectedClaim == c)
                #expect(b.status?.contains("O lists its own objections") == true)
            } else {
                #expect(corpus.claims[b.selectedClaim!].essay != corpus.claims[c].essay)
            }
        }
    }

    /// For every claim: `o` pressed N times visits exactly its other-voice opponents in
    /// order, and `[` returns to the origin.
    @Test func oVisitsExactlyTheOtherVoicesAndBackReturns() {
        for c in corpus.claims.indices where corpus.claims[c].kind != .reference {
            var b = browser(at: corpus.claims[c].id)
            let before = b.snapshot
            let opponents = corpus.opponents(of: c).map(\.other)
            var visited: [Int] = []
            for _ in opponents.indices {
                b.handle(.character("o"))
                visited.append(b.selectedClaim!)
            }
            #expect(visited == opponents)
            if !opponents.isEmpty {
                b.handle(.character("["))
                #expect(b.snapshot == before)
            }
        }
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
        // The picker lists every opposing claim, other essays' first, then the essay's own.
        let second = corpus.allOpposing(of: corpus.claimIndex(id: "zubkovych-grave-mistake")!).dropFirst().first!.other
        #expect(b.selectedNode == .claim(second))
        b.handle(.character("["))
        #expect(b.selectedClaimID == "zubkovych-grave-mistake")
    }

    @Test func versusCyclesTheOpponent() {
        var b = browser(at: "zubkovych-grave-mistake")
        b.handle(.character("v"))
        #expect(b.mode == .versus)
        #expect(b.versus?.index == 0)
        b.handle(.character("o"))
        #expect(b.versus?.index == 1)
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
        #expect(b.selectedNode == .position(corpus.positionIndex(essay: 4, topic: 1)!))
    }

    @Test func readerLightsThePassageAndGoesBackToItsClaim() {
        var b = browser(at: "galeotti-bursaries")
        b.handle(.character("r"))
        #expect(b.mode == .reader)
        #expect(b.reader?.claim == corpus.claimIndex(id: "galeotti-bursaries"))
        b.handle(.character("n"))
        let next = b.reader!.claim!
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
        let expandedBefore = b.isOpen(row: 2)
        b.handle(.mouse(MouseEvent(kind: .click, x: 3, y: 3)))  // on the fold marker
        #expect(b.isOpen(row: 2) != expandedBefore)
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
