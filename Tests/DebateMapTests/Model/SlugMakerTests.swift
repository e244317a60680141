@testable import DebateMap
import SyntheticCorpus
import Testing

/// The resolver makes ids with `Slug.Maker`, which remembers folds; they must be `Slug.make`'s.
struct SlugMakerTests {
    @Test func makerGivesTheSameIDsAsMake() {
        var maker = Slug.Maker()
        let titles = [
            "Galeotti: ease travel", "  Müller — build!  ", "Петров: 2 мосты", "***", "", "Ελλάδα ΣΟΦΙΑ ς",
            "数据 · 中文 ①②", "e000000 asylum 0 · ñ", "ﬁ ligature ß Straße", "İstanbul ǅ", "a\u{301}b\u{0308}",
            "Zürich—naïve façade régime", "٣ arabic-indic ३", "emoji 😀 here", "tab\there", "x\u{200B}y",
            "և and ½ mixed ևև with ǆ", String(repeating: "և", count: 40), "Ǆ" + String(repeating: "é", count: 50),
        ]
        for _ in 0..<2 {
            for title in titles {
                let id = Slug.make(title)
                #expect(maker.make(title) == id, "\(title)")
            }
        }
    }

    /// The same on random titles from characters of every kind the folds and ids treat apart
    /// (the maker's remembered folds must not drift from the shared table's).
    @Test func makerAgreesWithMakeOnRandomTitles() {
        let pool = Array("Aa Zz09 -_.,:;!?()[]'\"\t/ÄäÉéñÑßǅǆ ﬁΣσςΆάЖжЁёй数据中文①½և😀·—\u{301}\u{308}\u{200B}İı")
        var random = SplitMix(seed: 21)
        var maker = Slug.Maker()
        for _ in 0..<5_000 {
            let title = String((0..<Int(random.next(in: 0...12))).map { _ in pool[Int(random.next(in: 0...UInt64(pool.count - 1)))] })
            #expect(maker.make(title) == Slug.make(title), "\(title.debugDescription)")
        }
    }
}
