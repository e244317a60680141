import DebateMap
import DebateMapBrowser
import Foundation

/// Memory of loading a corpus, measured in a child process so nothing else is counted.
enum MemoryProbe {
    /// In the child: load, open the browser, search once (so the search index is counted
    /// whether it is built at load or on first use), print "before after peak".
    static func run(corpus: String) throws {
        let before = Stopwatch.memory().resident
        let result = Benchmark.load(corpus)
        var browser = Browser(corpus: result.corpus)
        _ = browser.render(width: 80, height: 24)
        for key in [Key.character("/"), .character("w"), .character("a"), .character("r")] { browser.handle(key) }
        _ = browser.render(width: 80, height: 24)
        let after = Stopwatch.memory()
        print("\(before) \(after.resident) \(after.peak)")
        if ProcessInfo.processInfo.environment["DEBATEMAP_MALLOC_STATS"] != nil { printMallocStats() }
        withExtendedLifetime((result, browser)) {}
    }

    /// glibc's `malloc_stats` (to standard error): how much of each heap is in use, and how
    /// much is freed memory the process still holds. Looked up at run time: Swift does not
    /// import it.
    static func printMallocStats() {
        typealias MallocStats = @convention(c) () -> Void
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_stats") else { return }
        unsafeBitCast(symbol, to: MallocStats.self)()
    }

    /// In the parent: run the child and read its figures.
    static func measure(corpus: String, claims: Int) throws -> (peak: Int, perClaim: Double) {
        let output = try ProcessTimings.output([CommandLine.arguments[0], "--memory-of", corpus])
        let numbers = output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        guard numbers.count == 3 else { throw BenchmarkError("the memory probe printed `\(output)`") }
        return (numbers[2], Double(numbers[1] - numbers[0]) / Double(max(claims, 1)))
    }
}
