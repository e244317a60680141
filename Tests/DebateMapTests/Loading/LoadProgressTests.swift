@testable import DebateMap
import Testing
import TestSupport

/// Issue 21 item 8: a large load shows how far it has got. The loader counts files and claims
/// as it reads; the line says so at any width.
struct LoadProgressTests {
    @Test func aLoadCountsEveryFileAndClaim() {
        let kialo = "Discussion Title: Trams\n\n1. Build the tram.\n1.1. Pro: Buses are slow.\n1.2. Con: It costs too much.\n"
        let aif = #"{"nodes": [{"nodeID": "1", "text": "Fares should fall.", "type": "I"}], "edges": []}"#
        let argdown = "[A]: Trams are good.\n  + [B]: They are quick.\n"
        let progress = LoadProgress()
        let source = MemorySource(files: ["p/t.txt": Array(kialo.utf8), "p/f.json": Array(aif.utf8), "p/g.argdown": Array(argdown.utf8)])
        let result = CorpusLoader.load(paths: ["p/t.txt", "p/f.json", "p/g.argdown"], source: source, progress: progress)
        #expect(result.diagnostics.isEmpty)
        let done = progress.snapshot
        #expect(done.files == 3 && done.filesDone == 3 && done.fraction == 1)
        #expect(done.bytes == kialo.utf8.count + aif.utf8.count + argdown.utf8.count && done.bytesDone == done.bytes)
        // Three Kialo claims, one AIF claim, two Argdown statements.
        #expect(done.claims == 6)
    }

    /// The bar goes by bytes where the sizes are known: twenty thousand small files read and
    /// one large one half read is about half done, not 99% ("20001 of 20001 files").
    @Test func theBarWeighsFilesByTheirSize() {
        var state = LoadProgress.Snapshot(files: 20_001, filesDone: 20_000, withinFile: 0.5)
        #expect(state.fraction > 0.99)
        state.bytes = 20_000 * 100 + 100_000_000
        state.bytesDone = 20_000 * 100
        state.bytesInFile = 100_000_000
        #expect(abs(state.fraction - 0.5098) < 0.001)
        #expect(state.line(width: 79).hasSuffix(" 50%"))
    }

    @Test func theLineFitsEveryWidth() {
        let state = LoadProgress.Snapshot(files: 3, filesDone: 1, claimsDone: 120_000, claimsInFile: 344, withinFile: 0.5)
        #expect(state.fraction == 0.5)
        #expect(state.line(width: 79) == "reading 2 of 3 files · 120,344 claims  ▕███████████████               ▏ 50%")
        #expect(state.line(width: 79, ascii: true) == "reading 2 of 3 files · 120,344 claims  [###############...............] 50%")
        #expect(state.line(width: 39) == "reading 2 of 3 files · 120,344 claims")
        #expect(state.line(width: 34) == "2/3 files · 120,344 claims · 50%")
        #expect(state.line(width: 30) == "2/3 files · 120,344 claims")
        for width in 1...120 {
            #expect(DisplayWidth.of(state.line(width: width)) < max(width, 2), "\(width)")
        }
        let indexing = LoadProgress.Snapshot(files: 1, filesDone: 1, claimsDone: 1_050_012)
        #expect(indexing.line(width: 79).hasPrefix("indexing 1,050,012 claims  ▕██████████████████████████████▏ 100%"))
        // A partial cell in eighths.
        #expect(LoadProgress.Snapshot(files: 1, withinFile: 0.1).bar(width: 10, ascii: false) == "▕█         ▏")
        #expect(LoadProgress.Snapshot(files: 1, withinFile: 0.05).bar(width: 10, ascii: false) == "▕▌         ▏")  // four eighths
    }
}
