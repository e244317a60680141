import DebateMap
import Foundation
import SyntheticCorpus

/// A folder of many small imported documents, each its own question (issue 20: 661 real
/// AraucariaDB nodesets made 436,260 filler positions and an 89.5 MB JSON export): generated
/// AIF nodesets written to a temporary folder, then loaded and exported as JSON.
struct ImportFolderBenchmark {
    let files: Int
    let nodesPerFile: Int
    let runs: Int

    func run() throws -> ImportFolderFigures {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-bench-aif-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let nodeset = Data(GeneratedImports.aif(nodes: nodesPerFile).utf8)
        for k in 0..<files { try nodeset.write(to: URL(fileURLWithPath: dir + "/nodeset\(k).json")) }

        var result: LoadResult?
        let loadSeconds = Stopwatch.median(runs: runs) { result = Benchmark.load(dir) }
        guard let loaded = result, !loaded.hasErrors else {
            throw BenchmarkError("the generated nodesets did not load cleanly: \(result?.diagnostics.first?.headline ?? "?")")
        }
        let corpus = loaded.corpus
        var json = ""
        let exportSeconds = Stopwatch.median(runs: runs) { json = JSONShapes.encode(JSONShapes.export(corpus)) }
        return ImportFolderFigures(files: files, claims: corpus.claims.count, positions: corpus.positions.count,
                                   loadSeconds: loadSeconds, jsonExportSeconds: exportSeconds, jsonBytes: json.utf8.count)
    }
}

/// What `ImportFolderBenchmark` measured.
struct ImportFolderFigures: Codable {
    var files: Int
    var claims: Int
    /// Positions in the corpus: one per document, none of filler.
    var positions: Int
    var loadSeconds: Double
    /// `export --to json` without the write, seconds and bytes.
    var jsonExportSeconds: Double
    var jsonBytes: Int
}
