import DebateMap
@testable import DebateMapBrowser
import SyntheticCorpus
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
        #expect(b.rows.map(\.node) == [.topic(0), .position(Self.corpus.positionIndex(essay: 0, topic: 0)!),
                                       .topic(1), .position(Self.corpus.positionIndex(essay: 1, topic: 1)!)])
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
        // The matrix of documents is a list of them: no cell for a question a document does
        // not address, and Enter goes to a document's own position.
        var b = browser("m")
        #expect(b.mode == .documents)
        _ = b.handle(.character("l"))
        _ = b.handle(.enter)
        #expect(b.mode == .tree)
        #expect(b.selectedNode == .position(Self.corpus.positionIndex(essay: 0, topic: 0)!))
    }

    @Test func searchSkipsTheFillers() {
        let b = browser("/position")
        #expect(b.matches.isEmpty)
        #expect(b.status == "no match")
    }
}

/// The generated 10,000-claim Kialo export and 10,000-node AIF nodeset browse as well as
/// they load: expand everything, go to the end, jump to an opposing claim and back, follow a
/// link row, search, render.
struct LargeImportBrowsingTests {
    static func load(_ name: String, _ text: String) -> Corpus {
        let source = MemorySource(files: [name: Array(text.utf8)])
        return CorpusLoader.load(paths: [name], source: source).corpus
    }

    @Test func aTenThousandClaimKialoExport() {
        let corpus = Self.load("big.txt", GeneratedImports.kialo(claims: 10_000))
        var b = Support.browser("E", corpus: corpus)
        // The topic, the position, and every claim of the discussion.
        #expect(b.rows.count == 2 + 10_000)
        _ = b.handle(.character("G"))
        #expect(b.selection == b.rows.count - 1)
        let last = corpus.claims[b.selectedClaim!].text
        #expect(last.hasPrefix("Claim number"))
        #expect(b.render(width: 80, height: 24).text.contains(String(last.prefix(30))))
        // The thesis is opposed by its Con claims: o jumps to one, [ comes back.
        b.jump(to: .claim(corpus.positions[0].mainClaim!))
        let thesis = b.selection
        _ = b.handle(.character("o"))
        #expect(b.selection != thesis)
        #expect(b.selectedClaim.map { corpus.claims[$0].text.hasPrefix("Claim number") } == true)
        _ = b.handle(.character("["))
        #expect(b.selection == thesis)
        // A `-> See 1.1.` row: Enter goes to claim 1.1 itself.
        let link = corpus.claims.firstIndex { $0.kind == .reference }!
        b.jump(to: .claim(link))
        _ = b.handle(.enter)
        #expect(b.selectedClaim.map { corpus.claims[$0].title } == "1.1")
        // Search as you type finds one claim among ten thousand.
        var s = Support.browser("/number 7777 ", corpus: corpus)
        #expect(s.matches.count == 1)
        _ = s.handle(.enter)
        #expect(s.selectedClaim.map { corpus.claims[$0].text } == "Claim number 7777 under 1.1.1.5.9.")
    }

    @Test func aTenThousandNodeAIFNodeset() {
        let corpus = Self.load("big.json", GeneratedImports.aif(nodes: 10_000))
        var b = Support.browser("E", corpus: corpus)
        #expect(b.rows.count == 2 + corpus.claims.count)
        #expect(corpus.claims.count == 5_001)
        // Claim 3 attacks claim 1 (a CA node): they oppose each other.
        let one = corpus.claims.firstIndex { $0.text == "Claim 1." }!
        b.jump(to: .claim(one))
        _ = b.handle(.character("o"))
        #expect(b.selectedClaim.map { corpus.claims[$0].text } == "Claim 3.")
        _ = b.handle(.character("G"))
        #expect(!b.render(width: 40, height: 12).text.isEmpty)
    }

    /// An Argdown undercut is shown as one, `<_` or `_>`, in the tree and in the piped
    /// outline, not as a plain attack (`-`, `->`).
    @Test func anUndercutIsMarkedAsOne() {
        let text = "[Poll]: A poll says most want the tram.\n  <_ [Small]: The poll had forty answers.\n  - [Cost]: The tram costs too much.\n  _> [Wrong]: The tram poll was rigged.\n"
        let corpus = CorpusLoader.load(paths: ["poll.argdown"], source: MemorySource(files: ["poll.argdown": Array(text.utf8)])).corpus
        let screen = Support.browser("E", corpus: corpus).render(width: 80, height: 12).text
        #expect(screen.contains("<_ The poll had forty answers."), "\(screen)")
        #expect(screen.contains("- The tram costs too much."), "\(screen)")
        #expect(screen.contains("_> The tram poll was rigged."), "\(screen)")
        let outline = Outline.text(corpus: corpus)
        #expect(outline.contains("<_ The poll had forty answers."), "\(outline)")
        #expect(outline.contains("_> The tram poll was rigged."), "\(outline)")
    }
}
