import DebateMap
import Foundation
import Testing
import TestSupport

/// Loading a real fixture corpus from disk, and what the resolved corpus holds.
struct CorpusLoaderTests {
    let result = Fixtures.loadHarbour()
    var corpus: Corpus { result.corpus }

    /// Claims are numbered as the map reads, depth first: a claim, then the tree under its
    /// first reason, then the next reason's (the order the browser, ids and exports show).
    @Test func claimsComeInFileOrderDepthFirst() {
        let text = "The city should build the tram. Buses are slow. It costs too much. Nobody rides buses."
        let body = """
            # Tram {topic: tram, stance: for, summary: "Build it."}

            [Build]: The city should build the tram. {quote: "The city should build the tram."}
              + [Slow]: Buses are slow. {quote: "Buses are slow."}
                + [Empty]: Nobody rides buses. {quote: "Nobody rides buses."}
              - [Cost]: It costs too much. {quote: "It costs too much."}

            """
        let result = Fixtures.memory(map: Fixtures.map(body), text: text)
        #expect(result.diagnostics.isEmpty, "\(result.messages)")
        #expect(result.corpus.claims.map(\.id) == ["build", "slow", "empty", "cost"])
        #expect(result.corpus.claims.map { $0.children.map { result.corpus.claims[$0].id } } == [["slow", "cost"], ["empty"], [], []])
    }

    @Test func fixtureChecksClean() {
        #expect(result.diagnostics.isEmpty, "\(result.messages)")
    }

    @Test func essaysTopicsAndPositions() {
        #expect(corpus.title == "Two letters about the harbour tram")
        #expect(corpus.essays.map(\.id) == ["mueller", "petrov"])
        #expect(corpus.essays.map(\.label) == ["Müller", "Petrov"])
        #expect(corpus.topics.map(\.id) == ["tram", "fares"])
        #expect(corpus.positions.map(\.stance) == [.for, .silent, .against, .for])
        #expect(corpus.essays[0].textPath == "essays/mueller.txt")
        #expect(corpus.essays[1].furniture == [Furniture(start: 0, end: 40, what: "editor's note")])
        #expect(corpus.essays[0].published == "2024-03")
        #expect(corpus.essays[0].url == Essay.unknown)
    }

    @Test func claimTreeFollowsTheIndentation() throws {
        let build = try #require(corpus.claimIndex(id: "muller-build-the-tram"))
        let claim = corpus.claims[build]
        #expect(claim.parent == nil)
        #expect(corpus.position(essay: 0, topic: 0).mainClaim == build)
        #expect(claim.children.map { corpus.claims[$0].id } == ["muller-buses-stuck", "muller-capacity", "muller-cost"])
        let cost = corpus.claims[claim.children[2]]
        #expect(cost.link == .attacks)
        #expect(cost.children.map { corpus.claims[$0].id } == ["muller-lasts"])
        #expect(corpus.claims[claim.children[0]].tags == ["traffic"])
    }

    @Test func quotesAreLocatedInUnicodeScalars() throws {
        let waste = try #require(corpus.claimIndex(id: "petrov-waste"))
        let quote = try #require(corpus.claims[waste].quote)
        let scalars = Array(corpus.essays[1].text.unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[quote.start..<quote.end])
        #expect(String(s) == "The harbour tram is a waste of money.")
        #expect(quote.start == 62)  // after the 40-character editor's note, its line break and the 19-character byline line
    }

    @Test func opposingClaimsCrossEssaysInBothDirections() throws {
        let build = try #require(corpus.claimIndex(id: "muller-build-the-tram"))
        let waste = try #require(corpus.claimIndex(id: "petrov-waste"))
        let stuck = try #require(corpus.claimIndex(id: "muller-buses-stuck"))
        let junctions = try #require(corpus.claimIndex(id: "petrov-fix-junctions"))
        let cost = try #require(corpus.claimIndex(id: "muller-cost"))
        let lasts = try #require(corpus.claimIndex(id: "muller-lasts"))
        // Opponents are the other essay's claims; the essay's own objections are listed apart.
        #expect(corpus.opponents(of: build).map(\.other) == [waste])
        #expect(corpus.ownObjections(of: build).map(\.other) == [cost])
        #expect(corpus.allOpposing(of: build).map(\.other) == [waste, cost])
        #expect(corpus.opponents(of: waste).map(\.other) == [build])
        #expect(corpus.opponents(of: waste).first?.kind == .contradicts)
        #expect(corpus.opponents(of: stuck).map { $0.phrase } == ["attacked by"])
        #expect(corpus.opponents(of: junctions).map { $0.phrase } == ["attacks"])
        #expect(corpus.opponentCount(of: build) == 1)
        // Supports are relations too, but not opponents.
        #expect(corpus.relations(of: build).count == 4)
        #expect(corpus.opponents(of: cost).isEmpty)
        #expect(corpus.ownObjections(of: cost).map(\.other) == [build, lasts])
        #expect(corpus.ownObjections(of: cost).map(\.phrase) == ["attacks", "attacked by"])
    }

    @Test func filesGivenOneByOneFindTheirCorpusFile() {
        let one = CorpusLoader.load(paths: [Fixtures.harbourFolder + "/maps/mueller.argdown", Fixtures.harbourFolder + "/maps/petrov.argdown"])
        #expect(one.diagnostics.isEmpty, "\(one.messages)")
        #expect(one.corpus.topics.map(\.id) == ["tram", "fares"])
    }

    @Test func relativeParentPathsAreNormalised() {
        #expect(PathName.join("data/maps", "../essays/a.txt") == "data/essays/a.txt")
        #expect(PathName.join(".", "a/./b") == "a/b")
        #expect(PathName.relative("data/essays/a.txt", to: "data") == "essays/a.txt")
    }
}
