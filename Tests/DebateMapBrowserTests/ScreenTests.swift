import DebateMap
@testable import DebateMapBrowser
import Testing

/// Whole screens after key sequences, compared with reviewed snapshots at 80×24 and 40×12,
/// and the styles that carry meaning.
struct ScreenTests {
    @Test(arguments: [
        ("start", ""),
        ("position-open", "jjll"),
        ("jump-to-opponent", "jjjjllo"),
        ("back-after-jump", "jjjjllo["),
        ("by-essay", "jjjjllt"),
        ("matrix", "m"),
        ("reader", "jjjjllr"),
        ("picker", "jjjjllO"),
        ("versus", "jjjjllv"),
        ("search", "/grave"),
        ("search-no-match", "/zeppelin"),
        ("help", "?"),
        ("no-detail", "jjjjlld"),
        ("detail-scrolled", "jjll{tab}jjjjjj"),
        ("clashes", "x"),
        ("clashes-contested", "xR"),
        ("clashes-of-two-essays", "m{right}{right}{right}x{right}x"),
        ("versus-long-quote", "/profoundly{enter}v"),
        ("versus-long-quote-scrolled", "/profoundly{enter}vjjjj"),
    ])
    func screens(name: String, keys: String) {
        for (w, h) in [(80, 24), (40, 12)] {
            let b = Support.browser(keys, width: w, height: h)
            Support.assertSnapshot(b.render(width: w, height: h), "\(name)-\(w)x\(h)")
        }
    }

    @Test func wideTerminalPutsTheDetailBeside() {
        let b = Support.browser("jjjjll", width: 140, height: 30)
        Support.assertSnapshot(b.render(width: 140, height: 30), "detail-beside-140x30")
    }

    @Test func smallTerminalsDegrade() {
        for (w, h) in [(20, 6), (30, 8)] {
            let b = Support.browser("jjll", width: w, height: h)
            Support.assertSnapshot(b.render(width: w, height: h), "small-\(w)x\(h)")
        }
        let tiny = Support.browser("jj", width: 1, height: 1).render(width: 1, height: 1)
        #expect(tiny.width == 1 && tiny.height == 1)
    }

    @Test func asciiGlyphs() {
        let b = Support.browser("jjjjll", options: BrowserOptions(ascii: true, color: false), width: 80, height: 24)
        let screen = b.render(width: 80, height: 24)
        Support.assertSnapshot(screen, "ascii-80x24")
        // Every glyph the browser draws is ASCII; only the corpus's own words may not be.
        let unicodeGlyphs: Set<String> = ["▾", "▸", "▶", "⚔", "│", "─", "├", "└", "↑", "↓", "⟷", "…", "·", "→", "∴", "×", "—"]
        #expect(!screen.cells.contains { unicodeGlyphs.contains($0.text) })
        let corpusScalars = Set(Support.seed.claims.flatMap { ($0.text + ($0.quote?.text ?? "")).unicodeScalars })
        #expect(screen.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0.isASCII || corpusScalars.contains($0) } })
    }

    func cell(_ screen: Screen, containing word: String) -> Screen.Cell? {
        for y in 0..<screen.height {
            let line = screen.line(y)
            guard let range = line.range(of: word) else { continue }
            let x = DisplayWidth.of(String(line[..<range.lowerBound]))
            return screen[x, y]
        }
        return nil
    }

    @Test func stanceColoursAddToTheWrittenStance() {
        let screen = Support.browser().render(width: 80, height: 24)
        #expect(cell(screen, containing: "FOR")?.style.color == .green)
        #expect(cell(screen, containing: "AGAINST")?.style.color == .red)
        #expect(cell(screen, containing: "MIXED")?.style.color == .yellow)
        #expect(cell(screen, containing: "SILENT")?.style.attributes.contains(.dim) == true)
        #expect(cell(screen, containing: "does not address")?.style.attributes.contains(.dim) == true)
        let mono = Support.browser(options: BrowserOptions(color: false)).render(width: 80, height: 24)
        #expect(mono.cells.allSatisfy { $0.style.color == .plain })
        #expect(mono.text == screen.text)
    }

    @Test func selectionIsReversed() {
        let screen = Support.browser("j").render(width: 80, height: 24)
        #expect(screen[40, 2].style.attributes.contains(.reverse))
        #expect(!screen[40, 3].style.attributes.contains(.reverse))
    }

    /// A corpus with wide, combining and emoji text, built by hand.
    static let wide: Corpus = {
        let essay = Essay(id: "w", title: "漢字のタイトル", author: "Zoë Ångström", outlet: "Почта", published: "2024", url: "unknown",
                          textPath: "w.txt", mapPath: "w.argdown", text: "漢字 e\u{301}🙂 text. Ж\u{1B}[31m.", voices: .discussion)
        let topic = Topic(id: "t", title: "Тема", question: "漢字で書かれた質問ですか?")
        let claims = [
            Claim(id: "a", title: "A", text: "漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字", quote: Quote(text: "漢字", start: 0, end: 2), essay: 0, topic: 0, position: 0, children: [1]),
            Claim(id: "b", title: "B", text: "cafe\u{301} 🙂👍 Ω and \u{1B}[2J\u{202E}evil", quote: Quote(text: "text", start: 7, end: 11), essay: 0, topic: 0, position: 0, parent: 0, link: .attacks),
        ]
        let position = Position(essay: 0, topic: 0, stance: .against, summary: "Ёлки 🎄 summary", mainClaim: 0)
        return Corpus(title: "wide", topics: [topic], essays: [essay], positions: [position], claims: claims,
                      relations: [Relation(from: 1, to: 0, kind: .attacks)])
    }()

    @Test func wideCombiningAndEmojiAlignByDisplayWidth() {
        var b = Browser(corpus: Self.wide)
        b.apply(.resize(width: 40, height: 12))
        b.apply(.expandAll)
        let screen = b.render(width: 40, height: 12)
        Support.assertSnapshot(screen, "wide-40x12")
        for y in 0..<screen.height {
            #expect(DisplayWidth.of(screen.line(y)) <= 40, "line \(y) is wider than the screen")
        }
        // The opposing-count badge ends at the same column on both claim rows.
        let badgeColumns = (0..<screen.height).compactMap { y -> Int? in
            let line = screen.line(y)
            guard line.hasSuffix("⚔1") else { return nil }
            return DisplayWidth.of(line)
        }
        #expect(badgeColumns.count == 2)
        #expect(Set(badgeColumns).count == 1)
    }

    @Test func corpusTextNeverPutsControlCharactersOnTheScreen() {
        var b = Browser(corpus: Self.wide)
        b.apply(.resize(width: 60, height: 20))
        b.apply(.expandAll)
        b.apply(.last)
        for screen in [b.render(width: 60, height: 20), { var r = b; r.apply(.reader); return r.render(width: 60, height: 20) }()] {
            for cell in screen.cells {
                #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x202A...0x202E).contains($0.value) })
            }
            #expect(screen.text.contains("^["))
        }
    }

    @Test func outlineForPipes() {
        let text = Outline.text(corpus: Support.seed)
        #expect(text.hasPrefix("Asylum — Should Western countries take in Russians who leave Russia: asylum, refugee status, visas, open borders?\n"))
        #expect(text.contains("  AGAINST  Zubkovych — Europe should not open its borders"))
        // ⚔ counts the other essays' claims only: Zubkovych's own concession is not among them.
        #expect(text.contains("    ▶ Europe would make a grave mistake if it opened its borders to the men escaping the war, who are not necessarily against it.  ⚔1\n"))
        #expect(text.contains("  SILENT   Rise up — does not address this question\n"))
        let ascii = Outline.text(corpus: Support.seed, ascii: true)
        #expect(!ascii.contains("⚔") && !ascii.contains("▶") && !ascii.contains("—"))
        #expect(ascii.contains("x 1\n"))
    }
}
