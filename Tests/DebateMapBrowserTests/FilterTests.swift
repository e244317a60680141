@testable import DebateMap
@testable import DebateMapBrowser
import Testing

/// Narrowing the tree (issue 23): `&` keeps the rows that match and every ancestor of
/// each, says how many matched and how many rows it hides, works with the search and the
/// pivot, and Esc gives the view back.
struct FilterTests {
    let corpus = Support.seed

    func claims(_ b: Browser) -> [Int] { b.rows.compactMap(\.node.claim) }

    @Test func opposedKeepsTheOpposedClaimsAndTheWayToThem() {
        let b = Support.browser("&opposed{enter}")
        #expect(b.mode == .tree)
        let opposed = corpus.claims.indices.filter { corpus.opponentCount(of: $0) > 0 }
        #expect(b.filter?.matches == opposed.count)
        // Every opposed claim shows, unfolded to; every other claim shown is on the way to one.
        let shown = Set(claims(b))
        for c in opposed { #expect(shown.contains(c), "\(corpus.claims[c].id) is hidden") }
        for c in shown where corpus.opponentCount(of: c) == 0 {
            #expect(opposed.contains { o in b.shape.ancestors(.claim(o)).contains(.claim(c)) }, "\(corpus.claims[c].id) is neither a match nor on the way to one")
        }
        let footer = b.render(width: 100, height: 24).line(23)
        #expect(footer.hasPrefix(" & opposed  \(opposed.count) matches, \(b.hiddenByFilter) rows hidden"), "\(footer)")
        #expect(b.hiddenByFilter > 0)
    }

    @Test func termsCombineAndNameEssaysStancesAndWords() {
        let b = Support.browser("&essay:galeotti visa{enter}")
        let shown = claims(b)
        #expect(!shown.isEmpty)
        for c in shown where corpus.claims[c].essay != corpus.essayIndex(id: "galeotti")! {
            Issue.record("\(corpus.claims[c].id) is not Galeotti's")
        }
        let matched = corpus.claims.indices.filter {
            corpus.claims[$0].essay == corpus.essayIndex(id: "galeotti")! && TextFold.fold(corpus.claims[$0].text + " " + (corpus.claims[$0].quote?.text ?? "")).contains("visa")
        }
        #expect(b.filter?.matches == matched.count)
        // Stances match positions, silent ones too.
        let silent = Support.browser("&stance:silent{enter}")
        #expect(silent.filter?.matches == corpus.positions.filter { $0.stance == .silent }.count)
        #expect(silent.rows.allSatisfy { if case .position(let p) = $0.node { return corpus.positions[p].stance == .silent } else { return true } })
    }

    @Test func theTreeFiltersAsTheQueryIsTyped() {
        var b = Support.browser("&")
        #expect(b.mode == .filter)
        for c in "essay:zub" { b.handle(.character(c)) }
        #expect(b.mode == .filter)
        #expect(claims(b).allSatisfy { corpus.claims[$0].essay == corpus.essayIndex(id: "zubkovych")! })
        #expect(b.render(width: 80, height: 24).line(23).hasPrefix(" &essay:zub  "))
        let narrower = b.filter?.matches ?? 0
        for c in " opposed" { b.handle(.character(c)) }
        #expect((b.filter?.matches ?? 0) < narrower)
    }

    @Test func escGivesTheViewBack() {
        let before = Support.browser("jl")
        var b = Support.browser("jl&opposed{enter}")
        #expect(b.rows.count != before.rows.count)
        b.handle(.escape)
        #expect(b.filter == nil)
        #expect(b.rows.map(\.node) == before.rows.map(\.node))
        #expect(b.selectedNode == before.selectedNode)
        // Esc in the prompt cancels it the same way.
        var c = Support.browser("jl&opposed")
        c.handle(.escape)
        #expect(c.mode == .tree && c.filter == nil && c.rows.map(\.node) == before.rows.map(\.node))
    }

    @Test func aBadTermSaysWhatItTakes() {
        var b = Support.browser("&stance:maybe{enter}")
        #expect(b.mode == .filter, "the prompt stays open")
        #expect(b.status == "stance: takes for, against, mixed or silent")
        #expect(b.render(width: 80, height: 24).line(23).contains("stance: takes for, against, mixed or silent"))
        b.handle(.escape)
        #expect(b.filter == nil && b.mode == .tree)
        let none = Support.browser("&zzyzx{enter}")
        #expect(none.status == "& zzyzx: nothing matches")
    }

    @Test func theSearchLooksOnlyAtTheRowsShown() {
        let all = Support.browser("/war{enter}")
        let filtered = Support.browser("&essay:galeotti{enter}/war{enter}")
        #expect(filtered.matches.count < all.matches.count)
        #expect(filtered.matches.allSatisfy(filtered.shows))
        #expect(!filtered.matches.isEmpty)
    }

    @Test func thePivotKeepsTheFilter() {
        let b = Support.browser("&opposed{enter}t")
        #expect(b.pivot == .byEssay)
        #expect(Set(claims(b)) == Set(claims(Support.browser("&opposed{enter}"))))
    }
}
