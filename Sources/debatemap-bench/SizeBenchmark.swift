import DebateMap
import DebateMapBrowser
import Foundation
import SyntheticCorpus

/// Every figure at one corpus size: the corpus is generated, written to a temporary folder,
/// then read, parsed, loaded, browsed and weighed.
struct SizeBenchmark {
    let claims: Int
    let seed: UInt64
    let runs: Int

    func run() throws -> Figures {
        let files = SyntheticCorpus.generate(claims: claims, seed: seed)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-bench-\(claims)-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var mapPaths: [String] = [], textPaths: [String] = []
        var mapBytes = 0, textBytes = 0
        for (path, bytes) in files {
            let full = dir + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
            if path.hasSuffix(".argdown") { mapPaths.append(full); mapBytes += bytes.count }
            if path.hasSuffix(".txt") { textPaths.append(full); textBytes += bytes.count }
        }
        let corpusDir = dir + "/" + SyntheticCorpus.root
        let mb = { (bytes: Int, seconds: Double) in Double(bytes) / 1_000_000 / max(seconds, 1e-9) }

        // The floor: reading the same bytes from disk.
        let readSeconds = Stopwatch.median(runs: runs) {
            for p in mapPaths + textPaths { _ = FileManager.default.contents(atPath: p) }
        }
        // Parsing alone, from memory.
        let maps = mapPaths.map { (path: $0, bytes: [UInt8](FileManager.default.contents(atPath: $0)!)) }
        let parseSeconds = Stopwatch.median(runs: runs) {
            for m in maps { _ = ArgdownParser.parse(m.bytes, file: m.path) }
        }
        // The same on every core, the files split between them as the loader splits them.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parseAllCoresSeconds = Stopwatch.median(runs: runs) {
            DispatchQueue.concurrentPerform(iterations: cores) { k in
                for m in maps[(maps.count * k / cores)..<(maps.count * (k + 1) / cores)] { _ = ArgdownParser.parse(m.bytes, file: m.path) }
            }
        }
        // The whole load from disk as `debatemap` does it: read, parse, resolve, check, index,
        // and the heap trimmed. The previous run's corpus is freed before the clock starts.
        var result: LoadResult?
        var loadTimes: [Double] = []
        for _ in 0..<max(1, runs) {
            result = nil
            loadTimes.append(Stopwatch.time { result = Benchmark.load(corpusDir) })
        }
        let loadSeconds = Stopwatch.percentile(loadTimes, 0.5)
        guard let loaded = result, !loaded.hasErrors else {
            throw BenchmarkError("the synthetic corpus of \(claims) claims did not load cleanly: \(result?.diagnostics.first?.headline ?? "?")")
        }
        let corpus = loaded.corpus

        // What a straightforward implementation does: JSONDecoder into plain structs.
        let jsonText = Data(JSONShapes.encode(JSONShapes.export(corpus)).utf8)
        let decoded = try JSONDecoder().decode(PlainCorpus.self, from: jsonText)
        guard decoded.claims.count == corpus.claims.count, decoded.relations.count == corpus.relations.count else {
            throw BenchmarkError("the JSON baseline decoded \(decoded.claims.count) claims, not \(corpus.claims.count)")
        }
        let jsonSeconds = try Stopwatch.median(runs: runs) {
            _ = try JSONDecoder().decode(PlainCorpus.self, from: jsonText)
        }

        let firstScreen = Stopwatch.median(runs: runs) {
            let browser = Browser(corpus: corpus)
            _ = browser.render(width: 80, height: 24)
        }
        let keypress = KeypressLatency(corpus: corpus).measure()
        let memory = try MemoryProbe.measure(corpus: corpusDir, claims: claims)

        return Figures(
            claims: corpus.claims.count, essays: corpus.essays.count, mapBytes: mapBytes, textBytes: textBytes,
            readSeconds: readSeconds, readMBps: mb(mapBytes + textBytes, readSeconds),
            parseSeconds: parseSeconds, parseMBps: mb(mapBytes, parseSeconds),
            parseAllCoresSeconds: parseAllCoresSeconds, parseAllCoresMBps: mb(mapBytes, parseAllCoresSeconds),
            jsonBytes: jsonText.count, jsonDecodeSeconds: jsonSeconds, jsonDecodeMBps: mb(jsonText.count, jsonSeconds),
            parseToReadRatio: mb(mapBytes, parseSeconds) / mb(mapBytes + textBytes, readSeconds),
            parseToJSONRatio: mb(mapBytes, parseSeconds) / mb(jsonText.count, jsonSeconds),
            parseAllCoresToJSONRatio: mb(mapBytes, parseAllCoresSeconds) / mb(jsonText.count, jsonSeconds),
            loadSeconds: loadSeconds, firstScreenSeconds: firstScreen, keypress: keypress,
            peakResidentBytes: memory.peak, bytesPerClaim: memory.perClaim)
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The exported corpus as plain structs, for the JSONDecoder baseline.
struct PlainCorpus: Decodable {
    struct Essay: Decodable { var id: String; var title: String?; var author: String?; var outlet: String?; var published: String?; var url: String?; var textPath: String }
    struct Topic: Decodable { var id: String; var title: String; var question: String }
    struct Position: Decodable { var id: String; var essay: String; var topic: String; var stance: String; var summary: String; var claim: String? }
    struct Quote: Decodable { var text: String; var start: Int; var end: Int }
    struct Claim: Decodable { var id: String; var title: String; var essay: String; var topic: String; var parent: String?; var text: String; var quote: Quote?; var tags: [String] }
    struct Relation: Decodable { var from: String; var to: String; var type: String }
    var essays: [Essay]
    var topics: [Topic]
    var positions: [Position]
    var claims: [Claim]
    var relations: [Relation]
}
