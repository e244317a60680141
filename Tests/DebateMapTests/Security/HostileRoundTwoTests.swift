@testable import DebateMap
import Foundation
import Testing
import TestSupport

/// The smaller findings of issue 21's second attack, each with the clear message it now gives.
struct HostileRoundTwoTests {
    /// An unknown AIF node type is quoted as the file writes it, not upper-cased.
    @Test func unknownNodeTypeQuotedAsWritten() {
        let json = """
            {"nodes": [{"nodeID": "1", "text": "A claim.", "type": "I"}, {"nodeID": "2", "text": "x", "type": "Scheme-ish"}], "edges": []}
            """
        let result = FormatFixtures.memory(["a/t.json": json])
        #expect(FormatFixtures.messages(result).contains("t.json:1:62: warning: $.nodes[1].type: unknown node type `Scheme-ish`: the node is left out"))
    }

    /// RFC 8259 forbids raw controls inside strings: read anyway, with a warning at the first.
    @Test func rawControlsInJSONStringsAreAWarning() {
        let json = "{\"nodes\": [{\"nodeID\": \"1\", \"text\": \"tab\there\", \"type\": \"I\"},\n {\"nodeID\": \"2\", \"text\": \"bell\u{07}\", \"type\": \"I\"}], \"edges\": []}"
        let result = FormatFixtures.memory(["a/c.json": json])
        #expect(FormatFixtures.messages(result).contains(
            "c.json:1:40: warning: a raw control character (U+0009) inside a string: JSON wants it escaped (RFC 8259); read as written (and 1 more)"))
        #expect(Set(result.corpus.claims.map(\.text)).isSuperset(of: ["bell\u{07}", "tab\there"]))
        #expect(!FormatFixtures.messages(FormatFixtures.memory(["a/c.json": json.replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\u{07}", with: "\\u0007")])).contains { $0.contains("raw control") })
    }

    /// A symbolic link that points to itself is a loop, not "no such file".
    @Test func aSymlinkLoopIsSaidToBeOne() throws {
        let dir = NSTemporaryDirectory() + "debatemap-loop-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(symlink(dir + "/loop", dir + "/loop") == 0)
        #expect(symlink(dir + "/nothing-here", dir + "/dangling") == 0)
        let result = CorpusLoader.load(paths: [dir + "/loop", dir + "/dangling", dir + "/absent"])
        #expect(result.diagnostics.map(\.message) == [
            "\(dir)/loop: a loop of symbolic links",
            "\(dir)/dangling: a symbolic link to nothing",
            "\(dir)/absent: no such file or folder",
        ])
    }

    /// Issue 21: a 1.1 MB file of 20,000 front-matter blocks aborted every command (each later
    /// document was padded with the line breaks before it, and the corpus kept a position per
    /// document × question). Every step is now in proportion: the parts add up to the file,
    /// one position per document, and every export a small multiple of the input.
    @Test func twentyThousandDocumentsCostInProportion() {
        let n = 20_000
        let bytes = Array((0..<n).map { "===\nid: d\($0)\ntitle: doc \($0)\n===\n\n[D\($0)]: claim \($0)\n" }.joined().utf8)
        let parts = ArgdownBundle.split(bytes)
        #expect(parts.count == n)
        #expect(parts.reduce(0) { $0 + $1.bytes.count } == bytes.count)
        #expect(parts.last?.firstLine == 6 * (n - 1) + 1)
        let result = CorpusLoader.load(paths: ["b/many.argdown"], source: MemorySource(files: ["b/many.argdown": bytes]))
        #expect(result.diagnostics.isEmpty)
        #expect(result.corpus.essays.count == n && result.corpus.topics.count == n && result.corpus.claims.count == n)
        #expect(result.corpus.positions.count == n)
        #expect(JSONShapes.encode(JSONShapes.export(result.corpus)).utf8.count < 20 * bytes.count)
        #expect(ArgdownWriter(corpus: result.corpus, textPath: { _ in "" }).write().utf8.count < 2 * bytes.count)
        #expect(MarkdownWriter(corpus: result.corpus).write().utf8.count < 3 * bytes.count)
        #expect(TextReports(corpus: result.corpus, style: .plain, width: 80).matrix().utf8.count < 3 * bytes.count)
    }
}
