import ArgumentParser
import DebateMap
import DebateMapBrowser
import Foundation
import SeedCorpus
import SyntheticCorpus

/// `debatemap-bench`: generates corpora of 1 thousand to 1 million claims, measures parsing,
/// loading, the first screen, per-keypress latency and memory, and compares parsing with
/// reading the bytes from disk and with Foundation's JSONDecoder. Prints a table; `--json`
/// writes the figures. No figure is checked here: budgets live in docs/performance.md.
@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debatemap-bench", abstract: "Measure DebateMap's speed and memory on synthetic corpora.")

    @Flag(help: "The two smallest sizes and few runs: under a minute.")
    var quick = false

    @Option(help: "Write the figures as JSON to this file.")
    var json: String?

    @Option(help: "Comma-separated corpus sizes in claims (default 1000,10000,100000,1000000).")
    var sizes: String?

    @Option(help: "Runs per figure; the median is reported (default 5, 3 with --quick).")
    var runs: Int?

    @Option(help: "Seed of the synthetic corpora.")
    var seed: UInt64 = 1

    @Option(help: "The self-contained debatemap to time beside the dynamically linked one (made by scripts/static.sh).")
    var staticBinary = ".build-static/release/debatemap"

    // Internal modes, run in a child process so their memory and start-up are their own.
    @Option(help: .hidden) var memoryOf: String?
    @Flag(help: .hidden) var firstScreenSeed = false
    /// For profiling: write the corpus of the first of `--sizes` to this folder and stop.
    @Option(help: "Write the synthetic corpus of the first size to this folder (for profiling) and stop.")
    var writeCorpus: String?
    /// For profiling: parse the map files of this folder `--runs` times and stop.
    @Option(help: .hidden) var parseOnly: String?
    /// For profiling: load this corpus folder `--runs` times and stop.
    @Option(help: .hidden) var loadOnly: String?

    func run() throws {
        if let memoryOf { return try MemoryProbe.run(corpus: memoryOf) }
        if firstScreenSeed { return FirstScreen.seed() }

        let sizeList = try sizes.map { try $0.split(separator: ",").map { s -> Int in
            guard let n = Int(s.trimmingCharacters(in: .whitespaces)), n > 0 else { throw ValidationError("bad size `\(s)`") }
            return n
        } } ?? (quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000])
        if let parseOnly {
            let folder = parseOnly + "/maps"
            let maps = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { [UInt8](FileManager.default.contents(atPath: folder + "/" + $0)!) }
            for _ in 0..<(runs ?? 1) { for m in maps { _ = ArgdownParser.parse(m, file: "x") } }
            return
        }
        if let loadOnly {
            var corpus: Corpus?
            for _ in 0..<(runs ?? 1) {
                corpus = nil
                // CPU time too: on a shared machine it moves less than the wall clock.
                func cpu() -> Double {
                    var t = timespec()
                    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
                    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
                }
                let c0 = cpu()
                let t = Stopwatch.time { corpus = Benchmark.load(loadOnly).corpus }
                print("load: \(t) s, CPU \(cpu() - c0) s")
            }
            let loaded = corpus!
            for _ in 0..<(ProcessInfo.processInfo.environment["DEBATEMAP_SCREENS"].flatMap { Int($0) } ?? 3) {
                var b: Browser?
                let t0 = Stopwatch.time { b = Browser(corpus: loaded) }
                let t1 = Stopwatch.time { _ = b!.render(width: 80, height: 24) }
                print("browser: \(t0 * 1000) ms, render: \(t1 * 1000) ms")
            }
            // The search index's scans alone, keystroke by keystroke, without the browser's
            // ordering of the matches and its render.
            if ProcessInfo.processInfo.environment["DEBATEMAP_SCAN"] != nil {
                let index = SearchIndex(corpus: loaded)
                for query in KeypressLatency.searchQueries {
                    var last: SearchIndex.Matches?
                    var line = ""
                    for n in 1...query.count {
                        let needle = TextFold.foldedBytes(String(query.prefix(n)))
                        let t = Stopwatch.time { last = index.matches(needle, narrowing: last) }
                        line += " \(Int(t * 1000))ms/\(last!.entries.count)"
                    }
                    print("scan \(query):\(line)")
                }
            }
            var b = Browser(corpus: loaded)
            for query in KeypressLatency.searchQueries {
                b.handle(.character("/"))
                for ch in query {
                    let t = Stopwatch.time {
                        b.handle(.character(ch))
                        _ = b.render(width: 80, height: 24)
                    }
                    var steps: [Double] = []
                    while b.isSearching {
                        steps.append(Stopwatch.time {
                            b.continueSearch()
                            _ = b.render(width: 80, height: 24)
                        })
                    }
                    let rest = steps.isEmpty ? "" : ", then \(steps.count) steps of at most \(Int(steps.max()! * 1000)) ms, counted after \(Int((t + steps.reduce(0, +)) * 1000)) ms"
                    print("search \(ch): \(t * 1000) ms\(rest), \(b.matches.count) matches")
                }
                b.handle(.escape)
            }
            return
        }
        if let writeCorpus {
            for (path, bytes) in SyntheticCorpus.generate(claims: sizeList[0], seed: seed) {
                let full = writeCorpus + "/" + path
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: full))
            }
            return print("wrote \(writeCorpus)/\(SyntheticCorpus.root)")
        }
        let runCount = runs ?? (quick ? 3 : 5)

        var report = Report(machine: Machine.describe(), date: ISO8601DateFormatter().string(from: Date()), quick: quick, sizes: [])
        report.listProcessSeconds = ProcessTimings.median(runs: quick ? 5 : 20, [ProcessTimings.sibling("debatemap"), "list"])
        report.listStaticProcessSeconds = ProcessTimings.median(runs: quick ? 5 : 20, [staticBinary, "list"])
        report.emptyProcessSeconds = ProcessTimings.median(runs: quick ? 5 : 20, ["/bin/true"])
        report.firstScreenProcessSeconds = ProcessTimings.median(runs: quick ? 5 : 20, [CommandLine.arguments[0], "--first-screen-seed"])
        print(ReportTable.header(report))
        for size in sizeList {
            let figures = try SizeBenchmark(claims: size, seed: seed, runs: size >= 1_000_000 ? min(runCount, 3) : runCount).run()
            report.sizes.append(figures)
            print(ReportTable.row(figures))
        }
        print(ReportTable.keypressTable(report))
        // As many files as the real AraucariaDB folder tried in issue 20, of about its size.
        report.importFolder = try ImportFolderBenchmark(files: 661, nodesPerFile: 40, runs: runCount).run()
        print(ReportTable.importFolder(report.importFolder!))
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(report).write(to: URL(fileURLWithPath: json))
            print("figures written to \(json)")
        }
    }
}

extension Benchmark {
    /// A corpus folder loaded as the `debatemap` commands load one: the heap trimmed after.
    static func load(_ folder: String) -> LoadResult {
        let result = CorpusLoader.load(paths: [folder])
        HeapTrim.afterLoading(claims: result.corpus.claims.count)
        return result
    }
}
