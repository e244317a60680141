import Foundation

/// A small corpus written to a temporary folder for a test: one topic whose title and
/// question mix Cyrillic, CJK, emoji and a combining accent, two essays, and a claim and an
/// essay text that carry terminal escape sequences (a title change, a screen clear, a
/// colour) and a right-to-left override.
enum FixtureCorpus {
    static let esc = "\u{1B}", bel = "\u{07}"

    static let files: [String: String] = [
        "corpus.yaml": """
            title: Wide and hostile text
            topics:
              - id: trams
                title: "Трамваи 電車 🚋 Cafe\u{301}"
                question: "Should the city keep its trams? 市は路面電車を残すべきか \(String(repeating: "🚋", count: 20))"

            """,
        "essays/alpha.txt": "Мы за трамвай. 電車は便利です。 Keep the tram 🚋 running. \(esc)]0;PWNED\(bel) \(esc)[2J Evil \u{202E} reversed text here.\n",
        "essays/beta.txt": "Нет трамваю. The bus is enough.\n",
        "maps/alpha.argdown": """
            ===
            id: alpha
            title: Trams
            author: Анна Петрова
            outlet: 東京新聞
            published: 2024
            url: unknown
            label: Петрова 東京
            text: ../essays/alpha.txt
            ===

            # Trams {topic: trams, stance: for, summary: "Keep the tram: 電車は便利です 🚋 and cafe\u{301}-goers love it, every one of them."}

            [Alpha: keep]: Мы за трамвай, 電車は便利です 🚋. {quote: "Мы за трамвай."}
              + [Alpha: evil]: Evil \(esc)]0;PWNED\(bel) text \(esc)[31mred\u{202E} gnirts {quote: "Evil"}
              - [Beta: bus]

            """,
        "maps/beta.argdown": """
            ===
            id: beta
            title: Bus
            author: Bob
            outlet: unknown
            published: 2024
            url: unknown
            label: Bob
            text: ../essays/beta.txt
            ===

            # Trams {topic: trams, stance: against, summary: "The bus is enough."}

            [Beta: bus]: The bus is enough. {quote: "The bus is enough."}

            """,
    ]

    /// Writes the corpus; returns its folder.
    static func write() throws -> String {
        let root = NSTemporaryDirectory() + "debatemap-e2e-corpus-\(UUID().uuidString)"
        for (path, text) in files {
            let url = URL(fileURLWithPath: root).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static func remove(_ root: String) {
        try? FileManager.default.removeItem(atPath: root)
    }
}
