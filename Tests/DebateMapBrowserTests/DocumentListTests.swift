import DebateMap
@testable import DebateMapBrowser
import SyntheticCorpus
import Foundation
import Testing
import TestSupport

/// `m` over imported documents, each its own question (issue 20): a list of the documents —
/// what each holds and its most contested claim — instead of a diagonal of one stance in a
/// grid of silence.
struct DocumentListTests {
    /// The two Kialo discussions the imported-document tests open.
    static let corpus = ImportedDocumentTests.corpus

    @Test func mListsTheDocuments() {
        let b = Support.browser("m", corpus: Self.corpus)
        #expect(b.mode == .documents)
        let screen = b.render(width: 80, height: 24)
        #expect(screen.line(0) == " Matrix › 2 documents, each its own question")
        #expect(screen.line(1).hasPrefix(" fares  2 claims, 1 relation   ⚔1 Fares should be free for everyone."), "\(screen.line(1))")
        #expect(screen.line(2).hasPrefix(" tram   3 claims, 2 relations  ⚔1 The city should build the harbour tram."), "\(screen.line(2))")
        #expect(!screen.text.contains("SILENT") && !screen.text.contains("MIXED"))
    }

    @Test func enterGoesToTheDocument() {
        var b = Support.browser("mj", corpus: Self.corpus)
        b.handle(.enter)
        #expect(b.mode == .tree)
        guard case .position(let p)? = b.selectedNode else { Issue.record("no position selected"); return }
        #expect(Self.corpus.essays[Self.corpus.positions[p].essay].id == "tram")
    }

    @Test func theSeedCorpusKeepsItsMatrix() {
        #expect(Support.browser("m").mode == .matrix)
    }

    @Test func snapshots() {
        for (w, h) in [(80, 24), (40, 12)] {
            let b = Support.browser("m", corpus: Self.corpus, width: w, height: h)
            Support.assertSnapshot(b.render(width: w, height: h), "documents-\(w)x\(h)")
        }
    }

    @Test func inAMixedCorpusTheGridLabelsADocumentMap() throws {
        // The harbour corpus's questions and one Kialo discussion: the grid stays, and the
        // document's cell on its own question says MAP, not a stance.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-mixed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("talk.txt").path
        try "Discussion Title: Talk\n\n1. A thesis.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let corpus = CorpusLoader.load(paths: [Fixtures.harbourFolder, file]).corpus
        var b = Support.browser(corpus: corpus)
        let p = try #require(corpus.positions.indices.first { corpus.isOwnQuestion(position: $0) })
        b.jump(to: .position(p))
        b.handle(.character("m"))
        #expect(b.mode == .matrix)
        let screen = b.render(width: 120, height: 30)
        #expect(screen.text.contains("MAP"), "\(screen.text)")
        #expect(!screen.text.contains("MIXED  A Kialo"))
    }
}
