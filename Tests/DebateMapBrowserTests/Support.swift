import DebateMap
import DebateMapBrowser
import Foundation
import SeedCorpus
import Testing

/// Test helpers: the seed corpus, a browser driven by key strings, and reviewed snapshots.
enum Support {
    static let seed: Corpus = {
        let result = SeedCorpus.load()
        precondition(!result.hasErrors, "the seed corpus must load cleanly for the browser tests")
        return result.corpus
    }()

    /// A browser after typing keys: each character is a key, except the names in braces:
    /// {enter} {esc} {bksp} {up} {down} {left} {right} {pgdn} {pgup} {home} {end} {C-d} {C-u} {C-w} {tab}.
    static func browser(_ keys: String = "", corpus: Corpus = seed, options: BrowserOptions = .init(ascii: false, color: true), width: Int = 80, height: Int = 24) -> Browser {
        var b = Browser(corpus: corpus, options: options)
        b.apply(.resize(width: width, height: height))
        for key in parse(keys) { b.handle(key) }
        return b
    }

    static func parse(_ keys: String) -> [Key] {
        var out: [Key] = []
        var rest = Substring(keys)
        let named: [String: Key] = [
            "enter": .enter, "esc": .escape, "bksp": .backspace, "up": .up, "down": .down, "left": .left, "right": .right,
            "pgdn": .pageDown, "pgup": .pageUp, "home": .home, "end": .end, "C-d": .control("d"), "C-u": .control("u"), "C-w": .control("w"), "space": .character(" "), "tab": .tab,
        ]
        while let c = rest.first {
            if c == "{", let close = rest.firstIndex(of: "}"), let key = named[String(rest[rest.index(after: rest.startIndex)..<close])] {
                out.append(key)
                rest = rest[rest.index(after: close)...]
            } else {
                out.append(.character(c))
                rest = rest.dropFirst()
            }
        }
        return out
    }

    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Compares a screen's text with the reviewed snapshot `name`; with DEBATEMAP_RECORD=1
    /// (re)writes it instead. A missing snapshot fails.
    static func assertSnapshot(_ screen: Screen, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let file = snapshots.appendingPathComponent(name + ".txt")
        let actual = screen.text + "\n"
        if ProcessInfo.processInfo.environment["DEBATEMAP_RECORD"] == "1" {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt: run with DEBATEMAP_RECORD=1, review it, commit it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false), a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            var diff: [String] = []
            for i in 0..<max(e.count, a.count) where (i < e.count ? e[i] : "") != (i < a.count ? a[i] : "") {
                diff.append("line \(i + 1):\n  expected: \(i < e.count ? e[i] : "")\n  actual:   \(i < a.count ? a[i] : "")")
            }
            Issue.record(Comment(rawValue: "screen differs from \(name).txt:\n" + diff.prefix(8).joined(separator: "\n")), sourceLocation: sourceLocation)
        }
    }
}

extension Browser {
    /// The selected claim's id, for assertions.
    var selectedClaimID: String? { selectedNode?.claim.map { corpus.claims[$0].id } }
}
