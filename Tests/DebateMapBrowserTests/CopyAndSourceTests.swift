@testable import DebateMap
@testable import DebateMapBrowser
import Foundation
import SyntheticCorpus
import TestSupport
import Testing

/// Taking a claim out (issue 23): `y` copies it with its quote and citation, `Y` its id,
/// `s` asks for its source line in the editor; each a request to the terminal.
struct CopyAndSourceTests {
    let corpus = Support.seed

    func browser(at id: String, corpus: Corpus = Support.seed) -> Browser {
        var b = Support.browser(corpus: corpus)
        b.jump(to: .claim(corpus.claimIndex(id: id)!))
        return b
    }

    @Test func yCopiesTheClaimWithItsQuoteAndCitation() {
        var b = browser(at: "galeotti-ease-travel")
        b.handle(.character("y"))
        #expect(b.takeRequests() == [.copy("""
            The West should make it easier than ever for ordinary Russians to travel.

            “let us make it easier than ever for ordinary Russians to travel”
            — Mark Galeotti, “Love Bombing Moscow”, The Moscow Times, 2022-02-25, https://www.themoscowtimes.com/2022/02/25/love-bombing-moscow-a76585
            """)])
        #expect(b.status == "copied: claim with quote and citation")
        #expect(b.takeRequests().isEmpty, "a request is taken once")
        // Only what is known is cited.
        var z = browser(at: "zubkovych-grave-mistake")
        z.handle(.character("y"))
        guard case .copy(let text)? = z.takeRequests().first else { Issue.record("nothing copied"); return }
        #expect(text.hasSuffix("\n— Alina Zubkovych, Kyiv Post"), "\(text)")
    }

    @Test func bigYCopiesTheIdThatShowTakes() {
        var b = browser(at: "galeotti-ease-travel")
        b.handle(.character("Y"))
        #expect(b.takeRequests() == [.copy("galeotti-ease-travel")])
        var p = Support.browser("j")
        p.handle(.character("Y"))
        guard case .copy(let id)? = p.takeRequests().first else { Issue.record("nothing copied"); return }
        #expect(id.contains("/"), "a position's id is essay/topic: \(id)")
    }

    @Test func copiedTextIsMadeSafe() {
        var hostile = corpus
        let c = hostile.claimIndex(id: "galeotti-ease-travel")!
        hostile.claims[c].text = "Ease \u{1B}]52;c;ZXZpbA==\u{07}travel \u{202E}now"
        var b = browser(at: "galeotti-ease-travel", corpus: hostile)
        b.handle(.character("y"))
        guard case .copy(let text)? = b.takeRequests().first else { Issue.record("nothing copied"); return }
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, "\(text)")
    }

    @Test func yOnATopicSaysWhatItCopies() {
        var b = Support.browser()
        b.handle(.character("y"))
        #expect(b.takeRequests().isEmpty)
        #expect(b.status == "y copies a claim or a position: select one")
    }

    @Test func sAsksForTheSourceLineWhenTheFileIsThere() throws {
        let folder = Fixtures.harbourFolder
        let loaded = CorpusLoader.load(paths: [folder])
        var b = Support.browser(corpus: loaded.corpus)
        let c = try #require(loaded.corpus.claims.indices.first { loaded.corpus.claims[$0].location != nil })
        b.jump(to: .claim(c))
        b.handle(.character("s"))
        let location = try #require(loaded.corpus.claims[c].location)
        #expect(b.takeRequests() == [.edit(path: location.file, line: location.line)])
        // A corpus read from elsewhere than files here (the built-in one, read from inside
        // the binary) has none to open: it says so.
        let memory = CorpusLoader.load(paths: ["nowhere/tram.txt"], source: MemorySource(files: ["nowhere/tram.txt": Array("Discussion Title: T\n\n1. Build it.\n".utf8)])).corpus
        var inside = Support.browser("j", corpus: memory)
        inside.handle(.character("l"))
        inside.handle(.character("j"))
        #expect(inside.selectedClaim != nil)
        inside.handle(.character("s"))
        #expect(inside.takeRequests().isEmpty)
        #expect(inside.status == "no file nowhere/tram.txt here to open (the built-in corpus is inside debatemap: run it with --data on a folder)")
    }
}
