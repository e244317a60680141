@testable import DebateMap
import Foundation
import SeedCorpus
import Testing
import TestSupport

/// `export --to json` is written straight from the corpus (`JSONShapes.exportText`), and must
/// give the very bytes Foundation's encoder gives for the contract's shapes
/// (`JSONShapes.encode(JSONShapes.export(_:))`): on the seed corpus, the harbour letters,
/// every imported format, and the corpus with controls in every field.
struct JSONExportTests {
    static var corpora: [(String, Corpus)] {
        var out: [(String, Corpus)] = [
            ("seed", SeedCorpus.load().corpus),
            ("harbour", Fixtures.loadHarbour().corpus),
            ("hostile", CorpusLoader.load(paths: [Fixtures.directory + "/hostile"]).corpus),
        ]
        for folder in ["aif", "argdown", "kialo", "mixed", "line-ends"] {
            out.append((folder, CorpusLoader.load(paths: [Fixtures.directory + "/formats/" + folder]).corpus))
        }
        return out
    }

    @Test func theExportIsTheEncodersBytes() {
        for (name, corpus) in Self.corpora {
            #expect(!corpus.claims.isEmpty, "\(name) has claims")
            let expected = JSONShapes.encode(JSONShapes.export(corpus))
            let written = JSONShapes.exportText(corpus)
            guard written != expected else { continue }
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = written.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("\(name): line \(line + 1) differs: encoder \(a.count > line ? String(a[line]) : "(end)") | written \(b.count > line ? String(b[line]) : "(end)")")
        }
    }

    /// Every control, escape and bidi character a string can hold, and empty containers.
    @Test func stringsAreEscapedAsTheEncoderEscapesThem() {
        var text = "q\"b\\s/é😀"
        for v in Array(0..<0x20) + [0x7F] + Array(0x80...0x9F) + [0x2028, 0x202A, 0x202E, 0x2066, 0x2069, 0x206A, 0xFEFF] {
            text.unicodeScalars.append(Unicode.Scalar(UInt32(v))!)
        }
        var corpus = Fixtures.harbour
        corpus.claims[0].text = text
        corpus.claims[1].tags = []
        corpus.claims[2].tags = ["a", text]
        corpus.claims[3].quote = nil
        #expect(corpus.claims.contains { $0.quote == nil } && corpus.claims.contains { $0.quote != nil })
        #expect(JSONShapes.exportText(corpus) == JSONShapes.encode(JSONShapes.export(corpus)))
    }

    /// Handed on in parts (here of about 64 bytes), the export is the same bytes; an output
    /// that fails stops the writing at once.
    @Test func theExportStreamsInPartsAndStopsWhenTheOutputFails() {
        let corpus = SeedCorpus.load().corpus
        var parts: [[UInt8]] = []
        JSONShapes.writeExport(corpus, part: 64) { part in
            parts.append(Array(part))
            return true
        }
        #expect(parts.count > 100)
        #expect(parts.dropLast().allSatisfy { $0.count > 64 && $0.count < 64 + 8192 }, "each part is handed on once over the size")
        #expect(String(decoding: parts.joined(), as: UTF8.self) == JSONShapes.exportText(corpus))
        var calls = 0
        JSONShapes.writeExport(corpus, part: 64) { _ in
            calls += 1
            return calls < 3
        }
        #expect(calls == 3, "no part after the output failed")
    }
}
