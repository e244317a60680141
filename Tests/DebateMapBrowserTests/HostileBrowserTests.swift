import DebateMap
import DebateMapBrowser
import Foundation
import Testing
import TestSupport

/// The browser over the hostile fixture corpora of issue 7, rendered headless: every view of
/// every row, at odd sizes, holds no cell a terminal would obey, and a cycle of relations or
/// a deep chain neither hangs the tree nor overflows the stack.
struct HostileBrowserTests {
    static let fixtures = Fixtures.directory

    /// The unsafe cells of a screen, as "x,y: U+XXXX".
    static func unsafeCells(_ screen: Screen) -> [String] {
        var out: [String] = []
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                for s in screen[x, y].text.unicodeScalars where TerminalSafety.isUnsafe(s, newlines: false) { out.append("\(x),\(y): U+\(String(s.value, radix: 16))") }
            }
        }
        return out
    }

    @Test(arguments: [(80, 24), (40, 10), (200, 50), (1, 1), (0, 0)])
    func everyViewOfEveryRowIsSafe(width: Int, height: Int) {
        let result = CorpusLoader.load(paths: [Self.fixtures + "/hostile"])
        #expect(!result.hasErrors)
        var browser = Support.browser("E", corpus: result.corpus, width: width, height: height)
        var checked = 0
        for _ in 0..<browser.rows.count {
            for keys in ["", "r", "v", "O", "m", "?"] {
                var view = browser
                for key in Support.parse(keys) { view.handle(key) }
                let screen = view.render(width: width, height: height)
                #expect(screen.width == width && screen.height == height)
                #expect(Self.unsafeCells(screen).isEmpty, "row \(browser.selection), keys \(keys): \(Self.unsafeCells(screen).prefix(4))")
                checked += 1
            }
            browser.handle(.character("j"))
        }
        #expect(checked >= 6 * 9)
        // Searching for a control character finds nothing harmful either.
        for query in ["\u{1B}", "\u{202E}", "PWNED"] {
            var search = Support.browser("E/", corpus: result.corpus, width: width, height: height)
            for c in query { search.handle(.character(c)) }
            #expect(Self.unsafeCells(search.render(width: width, height: height)).isEmpty)
        }
    }

    @Test func hostileTextIsShownWithPlaceholders() {
        let result = CorpusLoader.load(paths: [Self.fixtures + "/hostile"])
        let browser = Support.browser("E", corpus: result.corpus, width: 200, height: 60)
        let text = (0..<60).map { browser.render(width: 200, height: 60).line($0) }.joined(separator: "\n")
        #expect(text.contains("^[[2J") && text.contains("⟨U+202E⟩"), "\(text)")
    }

    @Test func cycleAcrossFilesExpandsAndEnds() {
        let result = CorpusLoader.load(paths: [Self.fixtures + "/hostile-cycle"])
        var browser = Support.browser("E", corpus: result.corpus)
        let rows = browser.rows.count
        #expect(rows > 0 && rows < 50, "the cycle unfolded into \(rows) rows")
        for key in Support.parse("GoOv{enter}[]t") { browser.handle(key) }
        #expect(Self.unsafeCells(browser.render(width: 80, height: 24)).isEmpty)
    }

    @Test func chainThousandsDeepExpandsAndRenders() {
        var kialo = "Discussion Title: deep\n\n1. level 0\n"
        var number = "1"
        for k in 1..<3_000 { number += ".1"; kialo += "\(number). Pro: level \(k)\n" }
        let result = CorpusLoader.load(paths: ["d.txt"], source: MemorySource(files: ["d.txt": Array(kialo.utf8)]))
        var browser = Support.browser("EG", corpus: result.corpus)
        #expect(browser.rows.count > 3_000)
        let screen = browser.render(width: 80, height: 24)
        #expect(screen.width == 80)
        // The rows around the deepest claim are drawn where they can be read: the tree is
        // shifted left, an ellipsis says levels are hidden, the selected row's text is on screen.
        let rows = (0..<24).map { screen.line($0) }
        #expect(rows.contains { $0.hasPrefix("…") && $0.contains("level 2999") }, "\(rows.joined(separator: "\n"))")
        #expect(rows.contains { $0.contains("level 2990") })
        // A click on a shifted row's fold marker folds it where it is drawn.
        let y = rows.firstIndex { $0.contains("level 2995") }!
        let x = rows[y].firstIndex(of: "▾").map { rows[y].distance(from: rows[y].startIndex, to: $0) }!
        browser.handle(.mouse(MouseEvent(kind: .click, x: x, y: y)))
        let after = browser.render(width: 80, height: 24)
        #expect((0..<24).map { after.line($0) }.contains { $0.contains("▸ + level 2995") }, "\((0..<24).map { after.line($0) }.joined(separator: "\n"))")
        browser.handle(.character("g"))
        #expect(browser.selection == 0)
        #expect(!browser.render(width: 80, height: 24).line(1).hasPrefix("…"))
    }
}
