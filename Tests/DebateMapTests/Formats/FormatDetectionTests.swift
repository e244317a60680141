import DebateMap
import Testing
import TestSupport

/// Which reader a file gets: from its extension and content, or `--from`; folders mixing formats.
struct FormatDetectionTests {
    @Test func fromExtensionAndContent() {
        #expect(InputFormat.detect(path: "a.argdown", bytes: []) == .argdown)
        #expect(InputFormat.detect(path: "a.AD", bytes: []) == .argdown)
        #expect(InputFormat.detect(path: "a.txt", bytes: Array("Discussion Title: x\n".utf8)) == .kialo)
        #expect(InputFormat.detect(path: "essay.txt", bytes: Array("An essay.\n".utf8)) == nil)
        #expect(InputFormat.detect(path: "a.json", bytes: Array("{\"nodes\": []}".utf8)) == .aif)
        #expect(InputFormat.detect(path: "a.json", bytes: Array("{\"AIF\": {}}".utf8)) == .aif)
        #expect(InputFormat.detect(path: "package.json", bytes: Array("{\"name\": \"x\"}".utf8)) == nil)
        #expect(InputFormat.detect(path: "export", bytes: Array("Discussion Name: x\n".utf8)) == .kialo)
    }

    @Test func aFolderMayMixFormats() {
        let result = FormatFixtures.load("mixed")
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result))")
        // notes.txt is no Kialo export and is left alone.
        #expect(result.corpus.essays.map(\.id) == ["library", "fares-ova", "tram-flat"])
        #expect(result.corpus.topics.count == 3)
        // Each imported document holds a position on its own question only: no silent fillers.
        #expect(result.corpus.positions.map { "\($0.essay)/\($0.topic)" } == ["0/0", "1/1", "2/2"])
    }

    @Test func fromOverridesTheExtension() {
        let kialo = "Discussion Title: Named oddly\n\n1. A thesis.\n1.1. Con: An objection.\n"
        let result = FormatFixtures.memory(["f/export.data": kialo], format: .kialo)
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result))")
        #expect(result.corpus.claims.map(\.text) == ["A thesis.", "An objection."])
        let asArgdown = FormatFixtures.memory(["f/a.txt": "[A]: a\n  - [B]: b\n"], format: .argdown)
        #expect(asArgdown.corpus.relations.count == 1)
    }

    @Test func essayMapsAndImportsLoadTogether() {
        var files = [String: String]()
        files["c/corpus.yaml"] = Fixtures.oneTopic
        files["c/essays/e.txt"] = Fixtures.essayText
        files["c/maps/e.argdown"] = Fixtures.map(Fixtures.validBody)
        files["c/maps/discussion.txt"] = "Discussion Title: Trams\n\n1. Build it.\n1.1. Pro: Buses are slow.\n"
        let result = CorpusLoader.load(paths: ["c"], source: MemorySource(files: files.mapValues { Array($0.utf8) }))
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result))")
        #expect(result.corpus.essays.map(\.id) == ["e", "discussion"])
        #expect(result.corpus.topics.map(\.id) == ["tram", "discussion"])
        #expect(result.corpus.claims.map(\.id).prefix(2) == ["build", "slow"])
        #expect(result.corpus.position(essay: 0, topic: 1).stance == .silent)
    }

    @Test func bundlesSplitAtEachFrontMatter() {
        let text = "===\nid: a\n===\n[A]: a\n\n===\nid: b\n===\n\n[B]: b\n"
        let parts = ArgdownBundle.split(Array(text.utf8))
        #expect(parts.count == 2)
        #expect(String(decoding: parts[1].bytes, as: UTF8.self) == "===\nid: b\n===\n\n[B]: b\n" && parts[1].firstLine == 6)
        #expect(ArgdownBundle.split(Array("[A]: a\n===\n".utf8)).count == 1)
    }

    /// Only whole `===` lines are fences (found by their `=`, not line by line): not `=` in a
    /// text, not `==`, not `=== x`; a fence may end in spaces or a carriage return, and the
    /// first may follow a byte order mark or blank lines.
    @Test func fencesAreWholeLines() {
        func parts(_ text: String) -> [String] {
            ArgdownBundle.split(Array(text.utf8)).map { String(repeating: "\n", count: $0.firstLine - 1) + String(decoding: $0.bytes, as: UTF8.self) }
        }
        #expect(parts("===\nid: a\n===\n[A]: a = b\n== \n=== x\nx===\n") == ["===\nid: a\n===\n[A]: a = b\n== \n=== x\nx===\n"])
        #expect(parts("\u{FEFF}===\nid: a\n===\n[A]: a\n==== \nid: b\n===\r\n[B]: b\n").count == 2)
        #expect(parts("\n \n===\r\nid: a\r\n===\r\n[A]: a\r\n===\r\nid: b\r\n===\r\n===\nid: c\n===\n")
                == ["\n \n===\r\nid: a\r\n===\r\n[A]: a\r\n", String(repeating: "\n", count: 6) + "===\r\nid: b\r\n===\r\n", String(repeating: "\n", count: 9) + "===\nid: c\n===\n"])
        // Words before the first fence: one document, whatever follows.
        #expect(parts("[A]: a\n===\nid: b\n===\n===\nid: c\n===\n").count == 1)
    }
}
