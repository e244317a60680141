import DebateMap
import SeedCorpus
import Testing

/// An imported document says what it holds, counted once each, and takes no stance on the
/// question made from it (issue 20): it is labelled `MAP`, not `MIXED`.
struct ImportedDocumentSummaryTests {
    func load(_ text: String, file: String = "talk.argdown") -> LoadResult {
        CorpusLoader.load(paths: [file], source: MemorySource(files: [file: Array(text.utf8)]))
    }

    @Test func aStatementWrittenTwiceIsCountedOnce() {
        let r = load("[A]: Trams are good.\n  + [B]: They are quiet.\n  - <C>: Cost\n\n[B]\n  + [D]: Rails last.\n")
        #expect(r.corpus.positions[0].summary == "3 statements and 1 argument from talk.argdown.")
    }

    @Test func aDocumentIsAMapNotAStance() {
        let r = load("[A]: Trams are good.\n  + [B]: They are quiet.\n")
        let reports = TextReports(corpus: r.corpus, style: TextStyle(color: false), width: 80)
        let shown = reports.show(.essay(0))
        #expect(shown.contains("  talk       MAP      2 statements and 0 arguments from talk.argdown."), "\(shown)")
        #expect(!shown.contains("MIXED"))
        #expect(r.corpus.stanceLabel(position: 0) == "MAP")
        // An essay of a corpus keeps its stance.
        let seed = SeedCorpus.load().corpus
        #expect(seed.positions.indices.allSatisfy { !seed.isOwnQuestion(position: $0) && seed.stanceLabel(position: $0) == seed.positions[$0].stance.label })
    }
}
