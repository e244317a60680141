@testable import DebateMap
import Foundation
import Testing
import TestSupport

/// Issue 21 item 2: a tree 50,000 claims deep made the Argdown and Markdown exports and the
/// outlines write each level's indentation again (2.5 GB, 30–45 s). Indentation is bounded
/// (`IndentedTree`), so the output is in proportion to the input at any depth, and the Argdown
/// export still reads back to the same statements and relations — and, for an essay map, to
/// the same tree.
struct DeepTreeTests {
    /// An AIF chain: claim i supports claim i-1 through an RA node.
    static func chain(_ n: Int) -> String {
        var nodes = (0..<n).map { "{\"nodeID\": \"c\($0)\", \"text\": \"claim \($0)\", \"type\": \"I\"}" }
        var edges: [String] = []
        for i in 1..<n {
            nodes.append("{\"nodeID\": \"ra\(i)\", \"text\": \"Default Inference\", \"type\": \"RA\"}")
            edges.append("{\"fromID\": \"c\(i)\", \"toID\": \"ra\(i)\"}")
            edges.append("{\"fromID\": \"ra\(i)\", \"toID\": \"c\(i - 1)\"}")
        }
        return "{\"nodes\": [" + nodes.joined(separator: ",\n") + "], \"edges\": [" + edges.joined(separator: ",\n") + "]}"
    }

    /// The widest indentation of any line, in spaces.
    static func deepestIndent(_ text: String) -> Int {
        text.split(separator: "\n").map { (line: Substring) in line.prefix { $0 == " " }.count }.max() ?? 0
    }

    @Test func aDeepChainIsWrittenInProportion() {
        let n = 3_000
        let json = DeepTreeTests.chain(n)
        let corpus = FormatFixtures.memory(["d/chain.json": json]).corpus
        #expect(corpus.claims.count == n)
        let bound = 2 * IndentedTree.maxDepth + 4
        let argdown = ArgdownWriter(corpus: corpus).write()
        let markdown = MarkdownWriter(corpus: corpus).write()
        let position = corpus.positions.firstIndex { $0.mainClaim != nil }!
        let shown = TextReports(corpus: corpus, style: .plain, width: 80).show(.position(position))
        for (name, text) in [("argdown", argdown), ("markdown", markdown), ("show", shown)] {
            // Unbounded, 3,000 levels of two spaces are about 9 MB; the input is about 0.4 MB.
            #expect(text.utf8.count < 2 * json.utf8.count, "\(name): \(text.utf8.count) bytes from \(json.utf8.count)")
            #expect(DeepTreeTests.deepestIndent(text) <= bound, "\(name)")
        }
        // Every claim written once as itself; each cut claim once more, to carry its branch.
        #expect(markdown.components(separatedBy: "*(continued below)*").count - 1 == markdown.components(separatedBy: "*(continued)*").count - 1)
        #expect(shown.contains("(continued below)") && shown.contains("(continued) claim"))
    }

    @Test func theArgdownOfADeepChainReadsBackTheSame() {
        let first = FormatFixtures.memory(["d/chain.json": DeepTreeTests.chain(200)]).corpus
        let text = ArgdownWriter(corpus: first).write()
        let second = FormatFixtures.memory(["d/back.argdown": text])
        #expect(second.diagnostics.filter { $0.severity == .error }.isEmpty, "\(FormatFixtures.messages(second).prefix(3))")
        #expect(RoundTripTests.claimsAndRelations(second.corpus) == RoundTripTests.claimsAndRelations(first))
        // The same rows under the same parents: the cut adds no link row and no group.
        func tree(_ c: Corpus) -> Set<String> { Set(c.claims.map { "\($0.title) under \($0.parent.map { c.claims[$0].title } ?? "-")" }) }
        #expect(second.corpus.claims.count == first.claims.count)
        #expect(tree(second.corpus) == tree(first))
        // Cut at the bound and resumed under a bare reference at the top.
        #expect(text.contains("\n\n[c\(IndentedTree.maxDepth)]\n  + [c\(IndentedTree.maxDepth + 1)]: claim \(IndentedTree.maxDepth + 1)\n"))
        // And written again the same from what was read.
        #expect(ArgdownWriter(corpus: second.corpus).write() == text)
    }

    /// An essay map deeper than the bound: its export continues the tree under a top-level
    /// reference, which the corpus format reads as the same tree.
    @Test func anEssayMapDeeperThanTheBoundReadsBackTheSameTree() {
        let depth = IndentedTree.maxDepth + 6
        let text = (0...depth).map { "Point \($0) stands." }.joined(separator: " ")
        var body = "# Tram {topic: tram, stance: for, summary: \"Build it.\"}\n\n"
        for d in 0...depth {
            body += String(repeating: "  ", count: d) + (d == 0 ? "" : "+ ") + "[P\(d)]: Point \(d). {quote: \"Point \(d) stands.\"}\n"
        }
        let sha = Digest.sha256(Array(text.utf8))
        let first = Fixtures.memory(map: Fixtures.map(body, frontMatter: Fixtures.frontMatter(sha: sha)), text: text)
        #expect(first.diagnostics.isEmpty, "\(first.messages.prefix(3))")
        let exported = ArgdownWriter(corpus: first.corpus).write()
        #expect(DeepTreeTests.deepestIndent(exported) <= 2 * IndentedTree.maxDepth)
        #expect(exported.contains("\n[P\(IndentedTree.maxDepth)]\n"))
        let second = Fixtures.memory(map: exported, text: text)
        #expect(second.diagnostics.isEmpty, "\(second.messages.prefix(3))")
        #expect(FormatFixtures.signature(second.corpus) == FormatFixtures.signature(first.corpus))
        let last = second.corpus.claims.firstIndex { $0.title == "P\(depth)" }!
        #expect(second.corpus.claims[last].parent.map { second.corpus.claims[$0].title } == "P\(depth - 1)")
    }

    /// A continuation must name a claim of its own position: one of another is an error at it.
    @Test func aContinuationOfAnotherPositionsClaimIsAnError() {
        let body = """
            # Tram {topic: tram, stance: for, summary: "Build it."}

            [Build]: The city should build the tram. {quote: "The city should build the tram."}

            [Build]
              + [Slow]: Buses are slow. {quote: "Buses are slow."}

            [Elsewhere]
              + [Costs]: It costs too much. {quote: "It costs too much."}

            """
        let result = Fixtures.memory(map: Fixtures.map(body))
        #expect(result.messages.contains { $0.contains("error: `[Elsewhere]` is not defined anywhere in the corpus") })
        let slow = result.corpus.claims.firstIndex { $0.title == "Slow" }!
        #expect(result.corpus.claims[slow].parent.map { result.corpus.claims[$0].title } == "Build")
        // A claim of another essay's position named at the top is an error too, even with only
        // references under it.
        let other = Fixtures.map("""
            # Tram {topic: tram, stance: against, summary: "Do not."}

            [Costs]: It costs too much. {quote: "It costs too much."}

            [Build]
              + [Costs]

            """, frontMatter: Fixtures.frontMatter(id: "f"))
        let twoEssays = Fixtures.memory(map: Fixtures.map(Fixtures.validBody), extraFiles: ["maps/f.argdown": other])
        #expect(twoEssays.messages.contains { $0.hasSuffix("error: `[Build]` at the top of a position continues the tree of one of its claims, but it is a claim of another position: indent it under a claim of this one") },
                "\(twoEssays.messages)")
        // A second top-level statement with a text is still a second main claim.
        let twice = Fixtures.memory(map: Fixtures.map("# Tram {topic: tram, stance: for, summary: \"Build it.\"}\n\n[Build]: The city should build the tram. {quote: \"The city should build the tram.\"}\n[Slow]: Buses are slow. {quote: \"Buses are slow.\"}\n"))
        #expect(twice.messages.contains { $0.contains("a position has one main claim") })
    }

    /// The walk itself: rows never deeper than the bound, each claim once as itself, each cut
    /// resumed once, whatever the shape.
    @Test(arguments: [1, 2, 5, 25, 200])
    func theWalkVisitsEveryClaimOnce(_ maxDepth: Int) {
        // A tree of 500 nodes: node i's children are 2i+1, 2i+2 (a heap) plus a chain tail.
        let n = 500
        func children(_ c: Int) -> [Int] { c < 250 ? [2 * c + 1, 2 * c + 2].filter { $0 < 250 } + (c == 249 ? [250] : []) : (c + 1 < n ? [c + 1] : []) }
        var own: [Int] = [], resumed: [Int] = [], cut: [Int] = []
        IndentedTree.walk(from: 0, maxDepth: maxDepth, children: { children($0.claim) }) { row in
            #expect(row.depth <= max(1, maxDepth))
            if row.resumed { resumed.append(row.claim) } else { own.append(row.claim) }
            if row.continuesBelow { cut.append(row.claim) }
        }
        #expect(own.sorted() == Array(0..<n))
        #expect(resumed == cut)
    }
}
