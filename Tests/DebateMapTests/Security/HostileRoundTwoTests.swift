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

    /// A node type written in lower case is quoted as written in every message.
    @Test func lowerCaseNodeTypeQuotedAsWritten() {
        let json = """
            {"nodes": [{"nodeID": "1", "text": "A claim.", "type": "I"}, {"nodeID": "4", "text": "Default Inference", "type": "ra"}], "edges": [{"edgeID": "1", "fromID": "1", "toID": "4"}]}
            """
        let messages = FormatFixtures.messages(FormatFixtures.memory(["a/t.json": json]))
        #expect(messages.contains { $0.hasSuffix("warning: $.nodes[1]: the ra node 4 does not connect two claims") }, "\(messages)")
    }

    /// A raw line break inside a string is a raw control like the others: read, with the
    /// warning, not an error that drops the file.
    @Test func rawLineBreakInAStringIsReadWithTheWarning() {
        let json = "{\"nodes\": [{\"nodeID\": \"1\", \"text\": \"two\nlines\", \"type\": \"I\"}], \"edges\": []}"
        let result = FormatFixtures.memory(["a/n.json": json])
        #expect(result.corpus.claims.map(\.text).contains("two\nlines"))
        #expect(FormatFixtures.messages(result) == [
            "n.json:1:40: warning: a raw control character (U+000A) inside a string: JSON wants it escaped (RFC 8259); read as written"])
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
        // The same links found in a folder (they were "no such file" there).
        let folder = dir + "/maps"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(symlink(folder + "/b.argdown", folder + "/a.argdown") == 0)
        #expect(symlink(folder + "/a.argdown", folder + "/b.argdown") == 0)
        #expect(symlink(folder + "/gone.argdown", folder + "/c.argdown") == 0)
        let inFolder = CorpusLoader.load(paths: [folder]).diagnostics.map(\.message)
        #expect(inFolder.contains { $0.hasSuffix("a.argdown: a loop of symbolic links") }, "\(inFolder)")
        #expect(inFolder.contains { $0.hasSuffix("c.argdown: a symbolic link to nothing") }, "\(inFolder)")
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

    /// Thousands of essays and as many questions, one position each: every missing pair was
    /// an error of its own, and the grid was filled with silent positions, so `list` of 2,000
    /// took 32 s and 4.6 GB. Now one error per essay, and no grid far larger than what was
    /// written.
    @Test func essaysMissingMostQuestionsCostWhatWasWritten() {
        let n = 600
        var files: [String: [UInt8]] = [:]
        files["c/corpus.yaml"] = Array(("title: Big\ntopics:\n" + (0..<n).map { "  - id: t\($0)\n    title: Topic \($0)\n    question: Q \($0)?\n" }.joined()).utf8)
        for i in 0..<n {
            files["c/maps/m\(i).argdown"] = Array("""
                ===
                id: e\(i)
                title: Essay \(i)
                author: unknown
                outlet: unknown
                published: unknown
                url: unknown
                text: unknown
                ===

                # T {topic: t\(i), stance: for, summary: "s"}

                [C\(i)]: claim \(i)

                """.utf8)
        }
        let result = CorpusLoader.load(paths: ["c"], source: MemorySource(files: files))
        let missing = result.diagnostics.filter { $0.message.contains("takes no position on") }
        #expect(missing.count == n)
        #expect(missing.first?.message == "`e0` takes no position on \(n - 1) of the \(n) questions: `t1`, `t2`, `t3` and \(n - 4) more")
        let notBuilt = result.diagnostics.first { $0.message == "\(n) essays × \(n) questions would be \(n * n) positions, but only \(n) are written: the corpus is not built" }
        #expect(notBuilt?.location?.file == "c/corpus.yaml", "said of corpus.yaml, where the questions are")
        #expect(result.corpus.positions.isEmpty && result.corpus.claims.isEmpty)
        #expect(result.diagnostics.count <= 4 * n, "a few errors per essay, not one per essay and question")
    }

    /// A corpus with a few positions missing is still built, the missing ones silent, and
    /// each named in an error of its own.
    @Test func aFewMissingPositionsAreFilledAndNamed() {
        let result = Fixtures.memory(map: Fixtures.frontMatter() + "\n# Tram {topic: tram, stance: for, summary: \"yes\"}\n\n[A]: The city should build the tram.\n",
                                     topics: Fixtures.oneTopic + "\n  - id: fares\n    title: Fares\n    question: Free fares?\n  - id: bus\n    title: Bus\n    question: More buses?\n")
        let missing = result.diagnostics.filter { $0.message.contains("takes no position on") }.map(\.message)
        #expect(missing == ["`e` takes no position on `fares`", "`e` takes no position on `bus`"])
        #expect(result.corpus.positions.count == 3)
        #expect(result.corpus.positions.filter { $0.stance == .silent }.count == 2)
    }
}
