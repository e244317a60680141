import DebateMap
@testable import DebateMapBrowser
import Testing

/// The clash view: pairs of essays that disagree with their clashes, versus on a clash and
/// back, the ranking, the matrix's two cells; jumps across questions.
struct ClashViewTests {
    let corpus = Support.seed

    @Test func xOpensTheSelectedQuestionsClashesMostContestedPairFirst() throws {
        var b = Support.browser()  // on Asylum
        b.handle(.character("x"))
        let state = try #require(b.clashView)
        #expect(b.mode == .clashes && state.scope == "Asylum")
        let asylum = corpus.topicIndex(id: "asylum")!
        // Every pair is on the question or across questions touching it; pairs by clash count.
        for pair in state.clashes.pairs {
            if let t = pair.topic { #expect(t == asylum) } else {
                #expect(pair.clashes.allSatisfy { corpus.claims[$0.left].topic == asylum || corpus.claims[$0.right].topic == asylum })
            }
        }
        let counts = state.clashes.pairs.filter { $0.topic != nil }.map(\.clashes.count)
        #expect(counts == counts.sorted(by: >))
        // Opened on the first clash, under its pair.
        #expect(state.selection == 1)
        guard case .clash(0, 0)? = state.selectedRow else { Issue.record("not on the first clash"); return }
        // Only other voices clash.
        for pair in state.clashes.pairs { #expect(pair.left != pair.right) }
    }

    @Test func enterOpensVersusOnTheClashAndBackComesBack() throws {
        var b = Support.browser("x")
        let before = try #require(b.clashView)
        guard case .clash(let p, let i)? = before.selectedRow else { Issue.record("no clash selected"); return }
        let clash = before.clashes.pairs[p].clashes[i]
        b.handle(.enter)
        let versus = try #require(b.versus)
        #expect(versus.origin == clash.left)
        let opposing = corpus.allOpposing(of: clash.left)
        #expect(opposing[opposing.startIndex + versus.index].other == clash.right)
        b.handle(.character("["))
        #expect(b.mode == .clashes && b.clashView?.selection == before.selection)
        b.handle(.escape)
        #expect(b.mode == .tree)
    }

    @Test func rankingListsTheMostContestedAndEnterGoesToTheClaim() throws {
        var b = Support.browser("xR")
        let state = try #require(b.clashView)
        #expect(state.showRanking)
        let entries = state.ranking.entries
        #expect(!entries.isEmpty)
        #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.opposedBy >= $1.opposedBy })
        #expect(b.render(width: 80, height: 24).line(23).contains("Enter go"))
        b.handle(.enter)
        #expect(b.mode == .tree && b.selectedClaim == entries[0].claim)
        b.handle(.character("["))
        #expect(b.selectedNode == .topic(0))
    }

    @Test func foldingAPairHidesItsClashes() throws {
        var b = Support.browser("x")
        let rows = b.clashView!.rows.count
        b.handle(.character("k"))  // to the pair
        b.handle(.character("h"))  // fold it
        let pairCount = b.clashView!.clashes.pairs[0].clashes.count
        #expect(b.clashView!.rows.count == rows - pairCount)
        b.handle(.character("l"))
        #expect(b.clashView!.rows.count == rows)
        b.handle(.character("J"))  // the next pair
        guard case .pair(1)? = b.clashView!.selectedRow else { Issue.record("J did not go to the next pair"); return }
    }

    @Test func twoCellsOfTheMatrixOpenTheirClashes() throws {
        var b = Support.browser("m")
        #expect(b.matrix!.cell == (0, 0))
        let zubkovych = corpus.essayIndex(id: "zubkovych")!, galeotti = corpus.essayIndex(id: "galeotti")!
        for _ in 0..<zubkovych { b.handle(.right) }
        b.handle(.character("x"))
        #expect(b.matrix?.marked == MatrixState.Cell(topic: 0, essay: zubkovych))
        #expect(b.status?.hasPrefix("marked Zubkovych") == true)
        for _ in zubkovych..<galeotti { b.handle(.right) }
        b.handle(.enter)  // Enter on a second essay of the marked question: their clashes
        let state = try #require(b.clashView)
        #expect(!state.clashes.pairs.isEmpty)
        for pair in state.clashes.pairs { #expect(Set([pair.left, pair.right]) == [zubkovych, galeotti]) }
        #expect(state.scope == "Zubkovych and Galeotti on Asylum")
        // Back to the matrix, the mark still there.
        b.handle(.escape)
        #expect(b.mode == .matrix && b.matrix?.marked != nil)
        b.handle(.escape)  // the first Esc clears the mark
        #expect(b.mode == .matrix && b.matrix?.marked == nil)
    }

    @Test func aJumpAcrossQuestionsOpensTheOtherPathAndSaysWhereItCameFrom() throws {
        // A claim with an opponent on another question.
        let pair = try #require(corpus.claims.indices.lazy.compactMap { c -> (Int, ClaimRelation)? in
            corpus.opponents(of: c).first { corpus.claims[$0.other].topic != corpus.claims[c].topic }.map { (c, $0) }
        }.first)
        let (c, relation) = pair
        var b = Support.browser("C")
        b.jump(to: .claim(c))
        let index = corpus.opponents(of: c).firstIndex { $0.other == relation.other }! - corpus.opponents(of: c).startIndex
        for _ in 0...index { b.handle(.character("o")) }
        #expect(b.selectedClaim == relation.other)
        let from = corpus.topics[corpus.claims[c].topic].title
        let screen = b.render(width: 120, height: 30)
        #expect(screen.line(0).contains("› " + corpus.topics[corpus.claims[relation.other].topic].title + " ›"))
        #expect(screen.line(0).hasSuffix("› from \(from)") || screen.line(0).contains("from \(from)"))
        #expect(b.status?.contains("(from \(from))") == true)
        // The detail pane names the other question; the picker has a question column.
        #expect(b.detailLines(width: 200).lines.contains { $0.text.contains(" on \(from)") })
        b.jump(to: .claim(c))
        b.handle(.character("O"))
        #expect(b.render(width: 80, height: 24).text.contains(corpus.topics[corpus.claims[relation.other].topic].title))
        // The clash view lists it among the clashes across questions.
        let clashes = Clashes(corpus: corpus)
        #expect(clashes.pairs.contains { $0.topic == nil && $0.clashes.contains { Set([$0.left, $0.right]) == [c, relation.other] } })
    }
}
