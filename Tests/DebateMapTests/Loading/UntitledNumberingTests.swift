@testable import DebateMap
import Foundation
import Testing

/// Untitled statements are numbered across the files of a load in file order, although the
/// files are parsed apart on several threads.
struct UntitledNumberingTests {
    @Test func numberingContinuesFromFileToFileInOrder() {
        // More files than the loader keeps in flight, so its ring of results wraps round.
        var files: [String: [UInt8]] = [:]
        for k in 0..<40 {
            files["c/f\(String(format: "%02d", k)).argdown"] = Array("Text \(k) a.\n  + Text \(k) b.\n".utf8)
        }
        let result = CorpusLoader.load(paths: ["c"], source: MemorySource(files: files))
        let untitled = result.corpus.claims.filter { $0.title.hasPrefix("Untitled ") }
        #expect(untitled.count == 80)
        for (k, claim) in untitled.enumerated() {
            #expect(claim.title == "Untitled \(k + 1)")
            #expect(claim.text == "Text \(k / 2) \(k % 2 == 0 ? "a" : "b").")
        }
    }

    @Test func renumberingAfterTheParseEqualsCountingFromTheStart() {
        // Statements, an untitled argument made by a bare premise–conclusion structure, and titled ones.
        let bytes = Array("Plain.\n  + Also plain.\n[T]: titled\n\n(1) P\n----\n(2) C\n".utf8)
        let counted = ArgdownParser.parse(bytes, file: "g.argdown", untitledStart: 7, dialect: .general).0
        var renumbered = ArgdownParser.parse(bytes, file: "g.argdown", dialect: .general).0
        renumbered.numberUntitled(from: 7)
        #expect(renumbered.statements.map(\.title) == counted.statements.map(\.title))
        #expect(counted.statements.filter { !$0.hasTitle }.map(\.title).first == "Untitled 8")
    }
}
