import DebateMap
@testable import DebateMapBrowser
import Testing

/// Maps imported from other tools: each document answers only its own question, so the tree
/// shows it there and nowhere else, and nothing leads to the silent fillers of the others.
struct ImportedDocumentTests {
    /// Two Kialo discussions, opened together as `debatemap tram.txt fares.txt` would.
    static let corpus: Corpus = {
        let files = [
            "tram.txt": "Discussion Title: Should the harbour tram be built?\n\n1. The city should build the harbour tram.\n1.1. Pro: Buses are stuck in traffic.\n1.2. Con: The tram costs too much.\n",
            "fares.txt": "Discussion Title: Free fares\n\n1. Fares should be free for everyone.\n1.1. Con: Free fares are a subsidy for riders.\n",
        ]
        let source = MemorySource(files: files.mapValues { Array($0.utf8) })
        return CorpusLoader.load(paths: ["fares.txt", "tram.txt"], source: source).corpus
    }()

    func browser(_ keys: String = "") -> Browser { Support.browser(keys, corpus: Self.corpus) }

    @Test func eachDocumentShowsUnderItsOwnQuestionOnly() {
        let b = browser()
        // Two topics, each with its one document: no "does not address" rows for the other.
        #expect(b.rows.map(\.node) == [.topic(0), .position(Self.corpus.positionIndex(essay: 0, topic: 0)),
                                       .topic(1), .position(Self.corpus.positionIndex(essay: 1, topic: 1))])
        let screen = b.render(width: 80, height: 12).text
        #expect(!screen.contains("does not address"))
        // A title that is the question is written once.
        #expect(screen.contains("Free fares\n") || screen.contains("Free fares "))
        #expect(!screen.contains("Free fares — Free fares"))
        // By essay: each document holds its one position.
        let byEssay = browser("t")
        #expect(byEssay.rows.count == 4)
    }

    @Test func theMatrixDoesNotLeadToAFiller() {
        var b = browser("m")
        #expect(b.mode == .matrix)
        // Row 0 is the first topic, column 1 the other document: it holds no position there.
        _ = b.handle(.character("l"))
        _ = b.handle(.enter)
        #expect(b.mode == .tree)
        #expect(b.selectedNode == .topic(0))
        #expect(b.status?.contains("holds no position on another document's question") == true)
    }

    @Test func searchSkipsTheFillers() {
        let b = browser("/position")
        #expect(b.matches.isEmpty)
        #expect(b.status == "no match")
    }
}
