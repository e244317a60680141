import DebateMap

/// Generates corpora shaped like real ones, at any size, for the benchmark and the tests:
/// essays of about 1,000 words, three topics, 10–40 claims per position, trees 1–5 deep,
/// a tenth of the claims related to a claim of another essay, non-ASCII text throughout.
/// The same seed gives the same bytes.
///
///     let files = SyntheticCorpus.generate(claims: 10_000, seed: 1)
///     let result = CorpusLoader.load(paths: ["synthetic"], source: MemorySource(files: files))
public enum SyntheticCorpus {
    /// The folder name the generated paths start with.
    public static let root = "synthetic"

    public static let topics = [
        ("asylum", "Asylum", "Should Western countries take in Russians who leave Russia?"),
        ("sanctions", "Sanctions", "Are sanctions against Russia right and effective?"),
        ("protest", "Protest", "Should Russians resist at home, and can that stop the war?"),
    ]

    /// Files keyed by path (`synthetic/corpus.yaml`, `synthetic/essays/…`, `synthetic/maps/…`),
    /// together holding exactly `claims` claims.
    public static func generate(claims total: Int, seed: UInt64) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        var yaml = "title: Synthetic corpus of \(total) claims (seed \(seed))\ntopics:\n"
        for (id, title, question) in topics {
            yaml += "  - id: \(id)\n    title: \(title)\n    question: \(question)\n"
        }
        files["\(root)/corpus.yaml"] = Array(yaml.utf8)

        var random = SplitMix(seed: seed)
        var remaining = total
        var essay = 0
        // Titles of earlier essays' claims per topic, for cross-essay relations.
        var earlier: [[String]] = Array(repeating: [], count: topics.count)
        while remaining > 0 {
            let name = "e\(String(essay, radix: 10).leftPadded(to: 6))"
            let sentences = essayText(&random)
            let text = sentences.joined(separator: " ") + "\n"
            let textBytes = Array(text.utf8)
            files["\(root)/essays/\(name).txt"] = textBytes
            var map = """
                ===
                id: \(name)
                title: Эссе № \(essay) — “\(sentences[0].prefix(40))”
                author: Автор \(essay) Müller
                outlet: unknown
                published: 2022-\(String(1 + essay % 12).leftPadded(to: 2))
                url: unknown
                text: ../essays/\(name).txt
                sha256: \(Digest.sha256(textBytes))
                ===


                """
            var mine: [[String]] = Array(repeating: [], count: topics.count)
            for (t, topic) in topics.enumerated() {
                let count = min(remaining, Int(random.next(in: 10...40)))
                if count == 0 {
                    map += "# \(topic.1) {topic: \(topic.0), stance: silent, summary: \"Не говорит об этом.\"}\n\n"
                    continue
                }
                let stance = ["for", "against", "mixed"][Int(random.next(in: 0...2))]
                map += "# \(topic.1) {topic: \(topic.0), stance: \(stance), summary: \"\(phrase(&random, words: 12))\"}\n\n"
                let maxDepth = Int(random.next(in: 1...5))
                var depths: [Int] = []
                var lines: [(depth: Int, text: String)] = []
                for c in 0..<count {
                    let title = "\(name) \(topic.0) \(c) · ñ"
                    let quote = sentences[Int(random.next(in: 0...UInt64(sentences.count - 1)))]
                    let body = "[\(title)]: \(phrase(&random, words: Int(random.next(in: 6...16)))). {quote: \"\(quote)\"}"
                    if c == 0 {
                        lines.append((0, body))
                        depths.append(0)
                    } else {
                        // Hang it under the previous line or one of its ancestors, within the depth.
                        let previous = depths[depths.count - 1]
                        let depth = min(maxDepth, Int(random.next(in: 1...UInt64(previous + 1))))
                        let marker = ["+", "-", "+", "-", "<+", "<-", "+>", "->", "><"][Int(random.next(in: 0...8))]
                        lines.append((depth, "\(marker) \(body)"))
                        depths.append(depth)
                    }
                    // A tenth of the claims relate to a claim of an earlier essay on the topic.
                    if !earlier[t].isEmpty, random.next(in: 0...9) == 0 {
                        let other = earlier[t][Int(random.next(in: 0...UInt64(earlier[t].count - 1)))]
                        let marker = ["-", "->", "><", "+"][Int(random.next(in: 0...3))]
                        lines.append((depths[depths.count - 1] + 1, "\(marker) [\(other)]"))
                    }
                    mine[t].append(title)
                }
                for line in lines {
                    map += String(repeating: "  ", count: line.depth) + line.text + "\n"
                }
                map += "\n"
                remaining -= count
            }
            for t in topics.indices {
                // Keep the pool bounded and recent, as real debates answer recent essays.
                earlier[t] += mine[t]
                if earlier[t].count > 2_000 { earlier[t].removeFirst(earlier[t].count - 2_000) }
            }
            files["\(root)/maps/\(name).argdown"] = Array(map.utf8)
            essay += 1
        }
        return files
    }

    static let words = [
        "war", "peace", "Russia", "Ukraine", "sanctions", "visa", "border", "protest", "свобода", "мир",
        "война", "власть", "народ", "naïve", "Zürich", "Kyiv", "exile", "санкции", "граница", "протест",
        "policy", "citizens", "régime", "façade", "oligarch", "asylum", "refugee", "mobilization", "Europe", "West",
        "democracy", "Ελλάδα", "数据", "dignity", "hope", "fear", "law", "court", "economy", "power",
    ]

    static func phrase(_ random: inout SplitMix, words count: Int) -> String {
        var out: [String] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(words[Int(random.next(in: 0...UInt64(words.count - 1)))]) }
        var s = out.joined(separator: " ")
        s.replaceSubrange(s.startIndex...s.startIndex, with: s.prefix(1).uppercased())
        return s
    }

    /// About 1,000 words in sentences of 8 to 20 words.
    static func essayText(_ random: inout SplitMix) -> [String] {
        var sentences: [String] = []
        var words = 0
        while words < 1_000 {
            let n = Int(random.next(in: 8...20))
            sentences.append(phrase(&random, words: n) + ".")
            words += n
        }
        return sentences
    }
}

/// A small, fast, seedable random number generator (SplitMix64).
public struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next(in range: ClosedRange<UInt64>) -> UInt64 {
        range.lowerBound + next() % (range.upperBound - range.lowerBound + 1)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
