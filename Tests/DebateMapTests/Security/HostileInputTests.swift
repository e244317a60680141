import DebateMap
import Foundation
import Testing
import TestSupport

/// The hostile inputs of issue 7, read through the loader and checker: each gets a clear
/// diagnostic or is handled, with no crash and no hang. The fixture corpus `Fixtures/hostile`
/// carries terminal controls in every field; the broken files are made here.
/// (The 100 MB file, the command line and the browser: CommandLineTests/HostileCommandLineTests,
/// DebateMapBrowserTests/HostileBrowserTests, EndToEndTests/TextAndColourTests.)
struct HostileInputTests {
    static let hostile = Fixtures.directory + "/hostile"
    static let cycle = Fixtures.directory + "/hostile-cycle"

    func load(_ name: String, _ bytes: [UInt8], format: InputFormat? = nil) -> LoadResult {
        CorpusLoader.load(paths: ["c/" + name], source: MemorySource(files: ["c/" + name: bytes]), format: format)
    }

    func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "debatemap-hostile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path + "/maps", withIntermediateDirectories: true)
        return path
    }

    // MARK: Controls in every field

    @Test func controlsInEveryFieldAreReadAndPrintedSafely() throws {
        let result = CorpusLoader.load(paths: [Self.hostile])
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.headline))")
        let c = result.corpus
        // The data really is hostile, field by field, in essay maps, Kialo and AIF alike.
        let esc = "\u{1B}"
        #expect(c.title.contains(esc))
        #expect(c.topics.contains { $0.title.contains(esc) } && c.topics.contains { $0.question.contains("\u{2066}") })
        #expect(c.essays.contains { $0.author.contains(esc) } && c.essays.contains { $0.outlet.contains("\u{9B}") })
        #expect(c.essays.contains { $0.url.contains(esc) } && c.essays.contains { $0.label.contains("\u{7F}") })
        #expect(c.essays.contains { $0.text.contains(esc + "]0;PWNED") })
        #expect(c.positions.contains { $0.summary.contains(esc) })
        for kind in ["night", "discussion", "nodeset"] {
            #expect(c.claims.contains { $0.essay == c.essayIndex(id: kind) && $0.text.contains(esc) }, "no hostile claim from \(kind)")
        }
        #expect(c.claims.contains { ($0.source ?? "").contains(esc) })
        // Printed: placeholders, never the controls.
        #expect(TerminalSafety.violations(result).isEmpty, "\(TerminalSafety.violations(result).prefix(8))")
        let show = TextReports(corpus: c, style: .plain, width: 80).show(.essay(c.essayIndex(id: "night")!))
        #expect(show.contains("^[]0;PWNED^G") && show.contains("⟨U+009B⟩"), "\(show)")
        // JSON escapes them, and reads back to the same text.
        let json = JSONShapes.encode(JSONShapes.export(c))
        #expect(TerminalSafety.unsafeScalars(json).isEmpty)
        #expect(json.contains("\\u001b]0;PWNED\\u0007") && json.contains("\\u202e") && json.contains("\\u009b") && json.contains("\\u007f"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((decoded?["title"] as? String) == c.title)
        let aif = AIFWriter(corpus: c).write()
        #expect(TerminalSafety.unsafeScalars(aif).isEmpty)
        #expect(try JSONSerialization.jsonObject(with: Data(aif.utf8)) is [String: Any])
    }

    @Test func controlsInFileNamesArePrintedAsPlaceholders() {
        let name = "m\u{1B}]0;PWNED\u{07}.argdown"
        let result = load(name, Array("[A]: a\n\n[B]: b {\n".utf8))
        let printed = DiagnosticPrinter(sources: result.sources).format(result.diagnostics)
        #expect(printed.hasPrefix("c/m^[]0;PWNED^G.argdown:3:8: error: `{` is never closed"), "\(printed)")
        #expect(TerminalSafety.violations(result).isEmpty)
    }

    @Test func rawControlCharactersInFrontMatterAreAYAMLError() {
        let result = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: Fixtures.frontMatter(extra: "label: \"x\u{1B}[2J\"")))
        // At the ESC itself (line 10, column 10), from the byte offset libyaml gives (issue 21:
        // it was reported at the front matter's first line).
        #expect(result.messages.contains("10:10: error: YAML: control characters are not allowed"), "\(result.messages)")
    }

    // MARK: Broken files

    @Test(arguments: ["m.argdown", "d.txt", "n.json"])
    func emptyFileIsAWarningAndAddsNothing(_ name: String) {
        for bytes in [[], Array(" \n\t\r\n".utf8)] as [[UInt8]] {
            let result = load(name, bytes)
            #expect(result.messages == ["warning: c/\(name): the file is empty"])
            #expect(result.corpus.essays.isEmpty)
        }
    }

    @Test func nulByteIsAnErrorAtTheByte() {
        let result = load("m.argdown", Array("[A]: a\n[Bé]: b\u{0}c\n".utf8))
        #expect(result.messages == ["2:8: error: the file holds a NUL byte, so it is binary, not text: it is not read"])
        let printed = DiagnosticPrinter(sources: result.sources).format(result.diagnostics)
        #expect(printed.contains("[Bé]: b^@c\n       ^"), "\(printed)")
    }

    @Test(arguments: ["m.argdown", "d.txt", "n.json"])
    func binaryFileIsOneErrorNotThousands(_ name: String) {
        // Bytes of every value in a fixed shuffle, as an image or an archive would hold.
        var state: UInt32 = 7
        let bytes = (0..<100_000).map { _ -> UInt8 in state = state &* 1_103_515_245 &+ 12_345; return UInt8(truncatingIfNeeded: state >> 16) }
        let result = load(name, bytes)
        #expect(result.errorCount == 1 && result.diagnostics.count == 1, "\(result.messages.prefix(5))")
        #expect(result.messages.first?.contains("NUL byte") == true)
        #expect(TerminalSafety.violations(result).isEmpty)
    }

    @Test func invalidUTF8IsAnErrorInEveryFormat() {
        let argdown = load("m.argdown", Array("[A]: caf".utf8) + [0xE9] + Array("\n".utf8))
        #expect(argdown.messages.first == "1:9: error: the file is not valid UTF-8 (byte 0xE9)")
        let kialo = load("d.txt", Array("Discussion Title: T\n\n1. caf".utf8) + [0xC3, 0x28])
        #expect(kialo.messages.contains("3:7: error: the file is not valid UTF-8 (byte 0xC3)"), "\(kialo.messages)")
        let aif = load("n.json", Array("{\"nodes\": [{\"nodeID\": \"1\", \"type\": \"I\", \"text\": \"caf".utf8) + [0xFF] + Array("\"}]}".utf8))
        #expect(aif.messages.contains("1:53: error: the file is not valid UTF-8 (byte 0xFF)"), "\(aif.messages)")
        for result in [argdown, kialo, aif] { #expect(TerminalSafety.violations(result).isEmpty) }
    }

    @Test(arguments: [
        ("m.argdown", "===\nid: a\ntitle: \"cut", "front matter opened with `===` is never closed"),
        ("m.argdown", "[A]: a {quote: \"cut", "the quoted string is never closed"),
        ("m.argdown", "[A]: a /* cut", "`/*` comment is never closed"),
        ("n.json", "{\"nodes\": [{\"nodeID\": \"1\", \"ty", "not valid JSON"),
        ("d.txt", "Discussion Title: T\n\n1. Thesis\n1.1. Pr", "says neither `Pro:` nor `Con:`"),
    ])
    func truncatedFileGetsAClearError(_ name: String, _ text: String, _ message: String) {
        let result = load(name, Array(text.utf8))
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains(message) }, "\(result.messages)")
    }

    @Test func directoryAsAMapFile() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/maps/folder.argdown", withIntermediateDirectories: true)
        let result = CorpusLoader.load(paths: [root])
        #expect(result.messages == ["error: \(root)/maps/folder.argdown: is a directory, not a file"])
        let named = CorpusLoader.load(paths: [root + "/maps/folder.argdown"])
        #expect(named.messages.first?.contains("no map files") == true, "\(named.messages)")
    }

    @Test func fifoAsAMapFileDoesNotWaitForAWriter() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(root + "/maps/pipe.argdown", 0o644) == 0)
        let result = CorpusLoader.load(paths: [root])
        #expect(result.messages == ["warning: \(root)/maps/pipe.argdown: the file is empty"])
    }

    @Test func deviceThatNeverEndsIsCutOff() {
        #expect(FileManager.default.fileExists(atPath: "/dev/zero"))
        let source = FileSystemSource(maximumFileSize: 1 << 20)
        let result = CorpusLoader.load(paths: ["/dev/zero"], source: source)
        #expect(result.messages == ["error: /dev/zero: is over 1 MiB, more than a map may have, so it is not read"])
        #expect(FileSystemSource().maximumFileSize == 256 << 20)
    }

    @Test func fileOverTheLimitIsNotRead() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/maps/big.argdown"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x61, count: (1 << 20) + 1)))
        let result = CorpusLoader.load(paths: [path], source: FileSystemSource(maximumFileSize: 1 << 20))
        #expect(result.messages == ["error: \(path): is over 1 MiB, more than a map may have, so it is not read"])
    }

    @Test func unreadableFile() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/maps/secret.argdown"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("[A]: a\n".utf8), attributes: [.posixPermissions: 0]))
        let result = CorpusLoader.load(paths: [root])
        if getuid() == 0 {
            // root reads any file: the map is read as usual.
            #expect(!result.hasErrors)
        } else {
            #expect(result.messages == ["error: \(path): cannot be read (permission denied?)"])
        }
        // A link to nowhere is a map that cannot be read either.
        try FileManager.default.createSymbolicLink(atPath: root + "/maps/gone.argdown", withDestinationPath: root + "/nowhere")
        #expect(CorpusLoader.load(paths: [root]).messages.contains("error: \(root)/maps/gone.argdown: a symbolic link to nothing"))
    }

    // MARK: Size and depth

    @Test func oneMegabyteLine() {
        let line = "[Long]: " + String(repeating: "ferry ", count: 175_000) + "[Tail] {data: x"
        #expect(line.utf8.count > 1_000_000)
        let result = load("m.argdown", Array((line + "\n").utf8))
        #expect(result.messages == ["1:1050016: error: `{` is never closed"], "\(result.messages)")
        let printed = DiagnosticPrinter(sources: result.sources).format(result.diagnostics)
        #expect(printed.count < 2_000, "the quoted source line is not cut short")
    }

    @Test func nesting10000LevelsDeepInAIF() {
        // A chain: each claim supports the one before, 10,000 deep, on one line of JSON.
        let n = 10_000
        var nodes: [String] = [], edges: [String] = []
        for k in 0..<n { nodes.append("{\"nodeID\": \"\(k)\", \"type\": \"I\", \"text\": \"claim \(k)\"}") }
        for k in 1..<n {
            nodes.append("{\"nodeID\": \"r\(k)\", \"type\": \"RA\", \"text\": \"Default Inference\"}")
            edges.append("{\"fromID\": \"\(k)\", \"toID\": \"r\(k)\"}, {\"fromID\": \"r\(k)\", \"toID\": \"\(k - 1)\"}")
        }
        let json = "{\"nodes\": [\(nodes.joined(separator: ", "))], \"edges\": [\(edges.joined(separator: ", "))]}"
        let start = Date()
        let result = load("n.json", Array(json.utf8))
        #expect(result.diagnostics.isEmpty, "\(result.messages.prefix(3))")
        #expect(result.corpus.claims.count == n && result.corpus.relations.count == n - 1)
        var depth = 0, c = result.corpus.claims.firstIndex { $0.text == "claim \(n - 1)" }
        while let k = c, let parent = result.corpus.claims[k].parent { depth += 1; c = parent }
        #expect(depth == n - 1)
        // Every exporter walks the whole depth.
        #expect(ArgdownWriter(corpus: result.corpus).write().contains("claim 9999"))
        #expect(JSONShapes.encode(JSONShapes.export(result.corpus)).contains("claim 9999"))
        #expect(MarkdownWriter(corpus: result.corpus).write().contains("claim 9999"))
        #expect(DOTWriter(corpus: result.corpus).write().contains("claim 9999"))
        // Column numbers were once counted from the line's start for every value: minutes.
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func nesting10000LevelsDeepInDataJSONAndYAML() {
        let n = 10_000
        let inline = load("m.argdown", Array(("[A]: a " + String(repeating: "{a: ", count: n) + String(repeating: "}", count: n) + "\n").utf8))
        #expect(inline.messages == ["1:136: error: data nested deeper than 64 levels"], "\(inline.messages)")
        let json = load("n.json", Array(("{\"nodes\": " + String(repeating: "[", count: n) + String(repeating: "]", count: n) + "}").utf8))
        #expect(json.messages.contains { $0.contains("error: not valid JSON: JSON nested deeper than 256 levels") }, "\(json.messages)")
        let yaml = Fixtures.memory(map: Fixtures.map(Fixtures.validBody, frontMatter: Fixtures.frontMatter(extra: "label: " + String(repeating: "[", count: n) + String(repeating: "]", count: n))))
        #expect(yaml.messages.contains { $0.contains("YAML: Maximum nesting level reached") }, "\(yaml.messages)")
    }

    @Test func nesting2000LevelsDeepInArgdownAndKialo() {
        // 10,000 levels of Argdown need 50 MB of indentation alone (CommandLineTests reads
        // such a file); 2,000 here keep the unit test quick.
        let n = 2_000
        var argdown = "[L0]: level 0\n"
        for k in 1..<n { argdown += String(repeating: " ", count: k) + "+ [L\(k)]: level \(k)\n" }
        let a = load("m.argdown", Array(argdown.utf8))
        #expect(!a.hasErrors && a.corpus.claims.count >= n, "\(a.messages.prefix(3))")
        var kialo = "Discussion Title: deep\n\n1. level 0\n"
        var number = "1"
        for k in 1..<n { number += ".1"; kialo += "\(number). Pro: level \(k)\n" }
        let k = load("d.txt", Array(kialo.utf8))
        #expect(!k.hasErrors && k.corpus.claims.count == n, "\(k.messages.prefix(3))")
        #expect(ArgdownWriter(corpus: k.corpus).write().contains("level 1999"))
    }

    @Test func cycleOfRelationsAcrossFiles() {
        let result = CorpusLoader.load(paths: [Self.cycle])
        #expect(!result.hasErrors, "\(result.messages)")
        let c = result.corpus
        let a = c.claims.firstIndex { $0.title == "A" && $0.kind != .reference }, b = c.claims.firstIndex { $0.title == "B" && $0.kind != .reference }
        #expect(a != nil && b != nil)
        // Both directions are kept: A supports B and B supports A.
        #expect(c.relations.contains { $0.from == a && $0.to == b } && c.relations.contains { $0.from == b && $0.to == a })
        #expect(!ArgdownWriter(corpus: c).write().isEmpty && !JSONShapes.encode(JSONShapes.export(c)).isEmpty)
    }
}
