import DebateMap
import DebateMapBrowser

/// Per-keypress latency: `handle` (update) plus `render` at 80×24, for the actions a reader
/// repeats: move, fold, expand everything, jump to an opposing claim, go back, and each
/// keystroke of a 6-letter search.
struct KeypressLatency {
    let corpus: Corpus

    /// The queries typed in the search figure (and in `--load-only`'s search timings).
    static let searchQueries = ["свобод", "border", "dignit", "zurich", "oligar"]

    func measure() -> [String: Latency] {
        var out: [String: Latency] = [:]
        var browser = Browser(corpus: corpus)
        _ = browser.render(width: 80, height: 24)
        func press(_ key: Key) -> Double {
            Stopwatch.time {
                _ = browser.handle(key)
                _ = browser.render(width: 80, height: 24)
            }
        }
        func latency(_ samples: [Double]) -> Latency {
            Latency(p50: Stopwatch.percentile(samples, 0.5) * 1000, p99: Stopwatch.percentile(samples, 0.99) * 1000, samples: samples.count)
        }

        // Move: down through the tree, opening positions on the way.
        var move: [Double] = []
        _ = press(.character("l"))
        for i in 0..<300 { move.append(press(i % 10 == 9 ? .character("l") : .character("j"))) }
        out["move"] = latency(move)

        // Fold: toggle the selected node.
        var fold: [Double] = []
        for _ in 0..<300 { fold.append(press(.character(" "))) }
        out["fold"] = latency(fold)

        // Expand everything and collapse again.
        var expandAll: [Double] = []
        for _ in 0..<(corpus.claims.count >= 1_000_000 ? 5 : 20) {
            expandAll.append(press(.character("E")))
            _ = press(.character("C"))
        }
        out["expand-all"] = latency(expandAll)

        // Jump to opposing claims (cycling through one origin's opponents) and back. Walk down
        // from the top, opening as we go, to the first claim with two or more opponents, so
        // every `o` really jumps (often into another essay) and every `[` really goes back.
        _ = press(.character("g"))
        var steps = 0
        while steps < 5_000, browser.selectedClaim.map({ corpus.opponentCount(of: $0) }) ?? 0 < 2 {
            _ = press(.character(steps % 2 == 0 ? "l" : "j"))
            steps += 1
        }
        if let origin = browser.selectedClaim, corpus.opponentCount(of: origin) >= 2 {
            var jump: [Double] = [], back: [Double] = []
            for _ in 0..<200 {
                let before = browser.selectedClaim
                jump.append(press(.character("o")))
                precondition(browser.selectedClaim != before, "`o` did not jump")
            }
            for _ in 0..<200 { back.append(press(.character("["))) }
            out["jump"] = latency(jump)
            out["back"] = latency(back)
        }

        // Search as you type: each keystroke of 6-letter queries. A keystroke shows the first
        // match within a slice of the corpus; the rest of a large corpus is searched between
        // keys (`continueSearch`, which the terminal calls while no key waits). Timed apart:
        // each keystroke; each slice between keys with its redraw (the longest is how long a
        // key typed meanwhile can wait for it); and keystroke to count shown ("search-count").
        // Each search is finished before the next key, as at typing speed.
        // Opening the prompt (`/`) is timed on its own: it is where an index built on first
        // use would be paid, once per browser.
        var search: [Double] = [], open: [Double] = [], slices: [Double] = [], counted: [Double] = []
        for query in KeypressLatency.searchQueries {
            open.append(press(.character("/")))
            for ch in query {
                let keystroke = press(.character(ch))
                search.append(keystroke)
                var total = keystroke
                while browser.isSearching {
                    let slice = Stopwatch.time {
                        browser.continueSearch()
                        _ = browser.render(width: 80, height: 24)
                    }
                    slices.append(slice)
                    total += slice
                }
                counted.append(total)
            }
            _ = press(.escape)
        }
        out["search"] = latency(search)
        out["search-count"] = latency(counted)
        if !slices.isEmpty {
            out["search-step"] = Latency(p50: Stopwatch.percentile(slices, 0.5) * 1000, p99: slices.max()! * 1000, samples: slices.count)
        }
        out["search-open"] = Latency(p50: Stopwatch.percentile(open, 0.5) * 1000, p99: open.max()! * 1000, samples: open.count)
        return out
    }
}
