import DebateMap
import Foundation
import Testing
import TestSupport

/// Every input a fuzz target of Fuzz/ once failed on (Fixtures/fuzz/TARGET/), replayed the
/// way that target reads it, and the properties it broke asserted. docs/fuzzing.md lists them.
struct FuzzFindingsTests {
    static func inputs(_ target: String) -> [String] {
        let folder = Fixtures.directory + "/fuzz/" + target
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }

    /// The seeds of the shapes issues 20 and 21 named (Fixtures/fuzz-seeds/TARGET/): not
    /// findings, but held to the same properties.
    static func seeds(_ target: String) -> [String] {
        let folder = Fixtures.directory + "/fuzz-seeds/" + target
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }

    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    @Test(arguments: inputs("argdown") + seeds("argdown"))
    func argdownFinding(_ path: String) {
        let bytes = Self.bytes(path)
        #expect(!bytes.isEmpty, "the finding \(path) is missing")
        let result = CorpusLoader.load(paths: ["c/m.argdown"], source: MemorySource(files: ["c/m.argdown": bytes]))
        #expect(TerminalSafety.violations(result).isEmpty, "\(TerminalSafety.violations(result).prefix(5))")
    }

    @Test(arguments: inputs("yaml"))
    func yamlFinding(_ path: String) {
        let bytes = Self.bytes(path)
        for result in [Fixtures.memory(map: String(decoding: bytes, as: UTF8.self)),
                       Fixtures.memory(map: Fixtures.map(Fixtures.validBody), topics: String(decoding: bytes, as: UTF8.self))] {
            #expect(TerminalSafety.violations(result).isEmpty, "\(TerminalSafety.violations(result).prefix(5))")
        }
    }

    @Test(arguments: inputs("kialo") + seeds("kialo"))
    func kialoFinding(_ path: String) {
        let result = CorpusLoader.load(paths: ["d.txt"], source: MemorySource(files: ["d.txt": Self.bytes(path)]), format: .kialo)
        #expect(TerminalSafety.violations(result).isEmpty, "\(TerminalSafety.violations(result).prefix(5))")
        _ = ArgdownWriter(corpus: result.corpus).write()
    }

    @Test(arguments: inputs("aif") + seeds("aif"))
    func aifFinding(_ path: String) {
        let result = CorpusLoader.load(paths: ["n.json"], source: MemorySource(files: ["n.json": Self.bytes(path)]), format: .aif)
        #expect(TerminalSafety.violations(result).isEmpty, "\(TerminalSafety.violations(result).prefix(5))")
        _ = ArgdownWriter(corpus: result.corpus).write()
    }

    /// fuzz-argdown and fuzz-yaml, within their first minutes of the 10-minute runs: an
    /// essay map ending right after a relation marker and its space read one byte past the
    /// end of the file (an index out of range, a crash of the whole program).
    @Test(arguments: ["  - ", "  + ", "  <- ", "  -> ", "  >< ", "  <+\t"])
    func relationMarkerAtTheEndOfAnEssayMap(_ ending: String) {
        let map = "# Tram {topic: tram, stance: for, summary: \"x\"}\n\n[A]: a\n" + ending
        let (document, diagnostics) = ArgdownParser.parse(Array(map.utf8), file: "m.argdown", dialect: .essayMap)
        #expect(document.statements.first?.title == "A")
        // The end of the file reads as the end of the line.
        let (closed, closedDiagnostics) = ArgdownParser.parse(Array((map + "\n").utf8), file: "m.argdown", dialect: .essayMap)
        #expect(diagnostics == closedDiagnostics)
        #expect(document.statements.map(\.title) == closed.statements.map(\.title))
    }

    /// fuzz-argdown, a 30-second run in CI: general Argdown ending in a list item's marker
    /// and its space (`1. ` or `* ` as the last bytes) read one byte past the end of the file
    /// when it looked for a title after the marker, a crash of anything reading the file.
    @Test(arguments: ["1. ", "* ", "12.\t", "*  \t"])
    func listItemMarkerAtTheEndOfAFile(_ ending: String) {
        let text = "[A]: a\n  + [B]: b\n\n" + ending
        let (document, diagnostics) = ArgdownParser.parse(Array(text.utf8), file: "m.argdown", dialect: .general)
        #expect(document.statements.map(\.title) == ["A", "B"])
        // The end of the file reads as the end of the line.
        let (closed, closedDiagnostics) = ArgdownParser.parse(Array((text + "\n").utf8), file: "m.argdown", dialect: .general)
        #expect(diagnostics == closedDiagnostics)
        #expect(document.statements.map(\.title) == closed.statements.map(\.title))
    }

    /// fuzz-aif, in a 30-second run (the check CI makes): a `\uD8xx` high surrogate followed
    /// by an escape that is not a low surrogate overflowed when the two were combined, a
    /// crash. A lone surrogate now reads as U+FFFD, and a real pair still as its character.
    @Test func highSurrogateWithoutALowOne() {
        let json = #"{"nodes": [{"nodeID": "1", "type": "I", "text": "a\ud800\ud820b \ud83d\ude8b \udc00 \ud800"}]}"#
        let result = CorpusLoader.load(paths: ["n.json"], source: MemorySource(files: ["n.json": Array(json.utf8)]), format: .aif)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.headline))")
        #expect(result.corpus.claims.first?.text == "a\u{FFFD}\u{FFFD}b 🚋 \u{FFFD} \u{FFFD}")
    }

    /// fuzz-argdown, first minute: a NUL byte in a title went raw into the headline
    /// `file:line:column: error: …` that `check` prints. Headlines are now made safe.
    @Test func diagnosticHeadlinesShowControlCharacters() {
        let map = "[T\u{1B}]0;PWNED\u{07}x]: text\n  => y\n[N\u{0}ul] extra\n"
        let result = CorpusLoader.load(paths: ["c/m\u{1B}[2J.argdown"], source: MemorySource(files: ["c/m\u{1B}[2J.argdown": Array(map.utf8)]))
        let printed = DiagnosticPrinter(sources: result.sources).format(result.diagnostics)
        #expect(!result.diagnostics.isEmpty)
        #expect(TerminalSafety.unsafeScalars(printed).isEmpty, "\(printed)")
        #expect(printed.contains("c/m^[[2J.argdown:"), "the file name is not shown with placeholders:\n\(printed)")
        #expect(printed.contains("^@"), "the NUL is not shown as ^@:\n\(printed)")
    }
}
