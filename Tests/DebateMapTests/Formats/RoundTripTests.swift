import DebateMap
import Foundation
import SeedCorpus
import Testing
import TestSupport

/// Every writer on every fixture: Argdown and AIF read back to the same corpus; DOT and
/// Markdown hold what they should.
struct RoundTripTests {
    /// The files of a folder on disk, as memory files under `prefix`.
    static func files(under folder: String, as prefix: String) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            let path = folder + "/" + relative
            if FileSystemSource().fileExists(path) { out[prefix + "/" + relative] = (try? FileSystemSource().read(path)) ?? [] }
        }
        return out
    }

    /// Writes an essay corpus to one Argdown file in place of its maps and reads it back.
    static func rereadEssayMaps(_ corpus: Corpus, files: [String: [UInt8]], root: String) -> LoadResult {
        var kept = files.filter { !$0.key.hasPrefix(root + "/maps/") }
        kept[root + "/maps/all.argdown"] = Array(ArgdownWriter(corpus: corpus).write().utf8)
        return CorpusLoader.load(paths: [root], source: MemorySource(files: kept))
    }

    @Test func seedCorpusThroughArgdown() {
        let first = SeedCorpus.load()
        let second = RoundTripTests.rereadEssayMaps(first.corpus, files: SeedCorpus.source.files, root: SeedCorpus.root)
        #expect(second.diagnostics.isEmpty, "\(FormatFixtures.messages(second).prefix(5))")
        #expect(FormatFixtures.signature(second.corpus) == FormatFixtures.signature(first.corpus))
        // The JSON export too, but for the order of the relations (written under other claims now).
        #expect(RoundTripTests.exportWithSortedRelations(first.corpus) != nil, "the export reads back as JSON")
        #expect(RoundTripTests.exportWithSortedRelations(second.corpus) == RoundTripTests.exportWithSortedRelations(first.corpus))
    }

    static func exportWithSortedRelations(_ corpus: Corpus) -> NSDictionary? {
        let data = Data(JSONShapes.encode(JSONShapes.export(corpus)).utf8)
        guard var object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let relations = object["relations"] as? [[String: Any]] else { return nil }
        func key(_ r: [String: Any]) -> String { ["from", "to", "type", "undercut"].map { "\(r[$0] ?? "")" }.joined(separator: "\u{0}") }
        object["relations"] = relations.sorted { key($0) < key($1) }
        return object as NSDictionary
    }

    @Test func harbourThroughArgdown() {
        let first = Fixtures.loadHarbour()
        let files = RoundTripTests.files(under: Fixtures.harbourFolder, as: "h")
        let second = RoundTripTests.rereadEssayMaps(first.corpus, files: files, root: "h")
        #expect(second.diagnostics.isEmpty, "\(FormatFixtures.messages(second).prefix(5))")
        #expect(FormatFixtures.signature(second.corpus) == FormatFixtures.signature(first.corpus))
    }

    @Test func essayMapsWithoutCorpusFileKeepTheirTopics() {
        // The export carries each topic's question, so it re-reads the same without corpus.yaml.
        let first = Fixtures.loadHarbour()
        var files = RoundTripTests.files(under: Fixtures.harbourFolder, as: "h")
        files["h/corpus.yaml"] = nil
        let second = RoundTripTests.rereadEssayMaps(first.corpus, files: files, root: "h")
        #expect(second.diagnostics.isEmpty, "\(FormatFixtures.messages(second).prefix(5))")
        #expect(second.corpus.topics == first.corpus.topics)
    }

    @Test(arguments: FormatFixtures.all + ["mixed"])
    func fixtureThroughArgdown(_ fixture: String) {
        let first = FormatFixtures.load(fixture)
        let text = ArgdownWriter(corpus: first.corpus).write()
        let second = FormatFixtures.memory(["rt/export.argdown": text])
        #expect(second.diagnostics.filter { $0.severity == .error }.isEmpty, "\(FormatFixtures.messages(second).prefix(5))\n\(text)")
        #expect(FormatFixtures.signature(second.corpus, rephrases: false) == FormatFixtures.signature(first.corpus, rephrases: false), "\(text)")
        // And once more: the export of the re-read corpus is the same text.
        #expect(ArgdownWriter(corpus: second.corpus).write() == text)
    }

    /// The claims (texts and sources) and relations of a corpus, by text.
    static func claimsAndRelations(_ c: Corpus) -> ([String], Set<String>) {
        let claims = c.claims.filter { $0.refersTo == nil && $0.kind != .group }.map { "\($0.text) (\($0.source ?? "-"))" }.sorted()
        let relations = Set(c.relations.map { "\(c.claims[$0.from].text) \($0.kind.rawValue) \(c.claims[$0.to].text)" })
        return (claims, relations)
    }

    @Test(arguments: FormatFixtures.all + ["mixed"])
    func fixtureThroughAIF(_ fixture: String) {
        let first = FormatFixtures.load(fixture)
        let second = FormatFixtures.memory(["rt/export.json": AIFWriter(corpus: first.corpus).write()])
        #expect(second.diagnostics.isEmpty, "\(FormatFixtures.messages(second).prefix(5))")
        let (a, r) = RoundTripTests.claimsAndRelations(first.corpus)
        let (b, s) = RoundTripTests.claimsAndRelations(second.corpus)
        #expect(a == b)
        #expect(r == s)
    }

    @Test func seedCorpusThroughAIF() {
        let first = SeedCorpus.load().corpus
        let second = FormatFixtures.memory(["rt/export.json": AIFWriter(corpus: first).write()])
        #expect(second.diagnostics.isEmpty)
        #expect(RoundTripTests.claimsAndRelations(first).0 == RoundTripTests.claimsAndRelations(second.corpus).0)
        #expect(RoundTripTests.claimsAndRelations(first).1 == RoundTripTests.claimsAndRelations(second.corpus).1)
    }

    @Test func dotHasAClusterPerEssayAndStylesPerRelation() {
        let corpus = FormatFixtures.load("argdown/library.argdown").corpus
        let dot = DOTWriter(corpus: corpus).write()
        #expect(dot.hasPrefix("digraph debatemap {\n"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains("subgraph \"cluster_library\""))
        #expect(dot.contains("color=\"#ef6c00\""))  // mixed
        #expect(dot.contains("arrowhead=tee, style=dashed, label=\"undercut\""))
        #expect(dot.contains("dir=both"))  // the contradiction
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> c") && !$0.contains("dotted") }
        #expect(edges.count == corpus.relations.count)
    }

    @Test func dotEscapesQuotes() {
        #expect(DOTWriter.quoted("say \"no\" \\ now") == "\"say \\\"no\\\" \\\\ now\"")
    }

    @Test func markdownOutlineOfTheSeedCorpus() {
        let corpus = SeedCorpus.load().corpus
        let markdown = MarkdownWriter(corpus: corpus).write()
        #expect(markdown.hasPrefix("# " + MarkdownWriter.escape(corpus.title) + "\n"))
        for topic in corpus.topics { #expect(markdown.contains("\n## " + MarkdownWriter.escape(topic.title) + "\n")) }
        let items = markdown.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- ") }
        #expect(items.count == corpus.claims.count)
        #expect(markdown.contains("**con** "))
        #expect(markdown.contains("*(opposed by `"))
    }
}
