import DebateMap
import Foundation

/// What the test targets share (this target, `TestSupport`): paths to the fixture corpora
/// under Tests/TestSupport/Fixtures, small corpora in memory, and hand-made ones
/// (`CorpusFixtures.swift`).
public enum Fixtures {
    /// The committed fixture folder, found beside this file.
    public static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    /// The harbour letters as map files (the same letters as the `harbour` corpus made by hand).
    public static let harbourFolder = directory + "/harbour"

    public static func loadHarbour() -> LoadResult { CorpusLoader.load(paths: [harbourFolder]) }

    /// A one-topic corpus in memory: `corpus.yaml`, one essay text, and the given map.
    public static func memory(map: String, text: String = essayText, extraFiles: [String: String] = [:], topics: String = oneTopic) -> LoadResult {
        var files: [String: [UInt8]] = [
            "c/corpus.yaml": Array(topics.utf8),
            "c/essays/e.txt": Array(text.utf8),
            "c/maps/e.argdown": Array(map.utf8),
        ]
        for (path, content) in extraFiles { files["c/" + path] = Array(content.utf8) }
        return CorpusLoader.load(paths: ["c"], source: MemorySource(files: files))
    }

    public static let oneTopic = """
        title: Test
        topics:
          - id: tram
            title: Tram
            question: Should the city build the tram?
        """

    public static let essayText = "The city should build the tram. Buses are slow. It costs too much. Nobody rides buses."

    public static var essaySHA: String { Digest.sha256(Array(essayText.utf8)) }

    public static func frontMatter(id: String = "e", text: String = "../essays/e.txt", sha: String? = nil, extra: String = "") -> String {
        """
        ===
        id: \(id)
        title: A letter
        author: A. Writer
        outlet: unknown
        published: unknown
        url: unknown
        text: \(text)
        sha256: \(sha ?? essaySHA)
        \(extra)
        ===


        """
    }

    /// A valid map with a body under the front matter.
    public static func map(_ body: String, frontMatter: String = frontMatter()) -> String { frontMatter + body }

    public static let validBody = """
        # Tram {topic: tram, stance: for, summary: "Build it."}

        [Build]: The city should build the tram. {quote: "The city should build the tram."}
          + [Slow]: Buses are slow. {quote: "Buses are slow."}

        """
}

extension LoadResult {
    /// "line:column: severity: message" of every diagnostic, for compact assertions.
    public var messages: [String] {
        diagnostics.map { d in
            let place = d.location.map { "\($0.line):\($0.column): " } ?? ""
            return place + d.severity.rawValue + ": " + d.message
        }
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
