import DebateMap
@testable import DebateMapBrowser
import Testing

/// Nothing is cut off without saying so: the detail pane, versus and the picker's pane scroll,
/// with "↑ N more lines" / "↓ N more lines" markers; at 80×24 every opposing claim of every
/// seed claim can be read in full, and at 40×12 no line runs past the screen.
struct ScrollingTests {
    let corpus = Support.seed

    /// The text of a pane read through its screens: each screen's lines placed by the "↑ N more
    /// lines" marker above them, so scrolling by any step reassembles the whole text.
    struct PaneReader {
        var lines: [Int: String] = [:]
        var sawMoreBelow = false

        mutating func read(_ screen: Screen, rows: Range<Int>, column: Int = 0, width: Int? = nil) {
            var first = 0
            var offset = 0
            for y in rows {
                var line = screen.line(y)
                if column > 0 || width != nil {
                    let characters = Array(line)
                    let start = min(column, characters.count)
                    line = String(characters[start..<min(characters.count, start + (width ?? characters.count))])
                }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("↑ "), trimmed.hasSuffix(" more line") || trimmed.hasSuffix(" more lines") {
                    first = Int(trimmed.dropFirst(2).prefix { $0.isNumber }) ?? 0
                    continue
                }
                if trimmed.hasPrefix("↓ "), trimmed.hasSuffix(" more line") || trimmed.hasSuffix(" more lines") {
                    sawMoreBelow = true
                    continue
                }
                lines[first + offset] = trimmed
                offset += 1
            }
        }

        /// The lines in order, joined with spaces and every run of spaces made one.
        var text: String {
            lines.keys.sorted().map { lines[$0]! }.joined(separator: " ").split(separator: " ").joined(separator: " ")
        }
    }

    static func normalized(_ s: String) -> String { SafeText.clean(s).split(separator: " ").joined(separator: " ") }

    @Test func theDetailPaneSaysThereIsMoreAndTabScrollsItToTheEnd() {
        // Vorobiev's asylum claim: its relations run past the pane at 80×24.
        var b = Support.browser("jll")
        let layout = b.detailRect
        var reader = PaneReader()
        reader.read(b.render(width: 80, height: 24), rows: layout.y..<(layout.y + layout.height))
        #expect(reader.sawMoreBelow)
        #expect(b.render(width: 80, height: 24).line(23).contains("Tab pane"))
        b.handle(.tab)
        #expect(b.detailFocus)
        for _ in 0..<40 {
            b.handle(.character("j"))
            reader.read(b.render(width: 80, height: 24), rows: layout.y..<(layout.y + layout.height))
        }
        // j scrolled the pane, not the tree, and the last lines were reached.
        #expect(b.selectedClaim == corpus.claimIndex(id: "vorobiev-asylum-for-persecuted-protesters"))
        #expect(b.detailTop > 0)
        let last = b.render(width: 80, height: 24)
        #expect(!last.text.contains("↓ "))
        for r in corpus.relations(of: b.selectedClaim!) {
            #expect(reader.text.contains(Self.normalized(corpus.claims[r.other].text)))
        }
        // Tab gives the keys back; another selection starts the pane at the top.
        b.handle(.tab)
        b.handle(.character("j"))
        #expect(!b.detailFocus && b.detailTop == 0)
    }

    @Test func theWheelOverThePaneScrollsThePaneNotTheTree() {
        var b = Support.browser("jll")
        let rect = b.detailRect
        let selected = b.selection
        b.handle(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: rect.y + 1)))
        #expect(b.detailTop == 3 && b.selection == selected)
        b.handle(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 3)))  // over the tree
        #expect(b.detailTop == 3 && b.scrollTop > 0 || b.selection != selected)
    }

    /// Every opposing claim of every seed claim, read through the picker's pane at 80×24:
    /// its text and its quote in full, each word where it belongs.
    @Test func everyOpponentIsReadableInFullAt80x24() {
        for c in corpus.claims.indices where !corpus.allOpposing(of: c).isEmpty {
            var b = Support.browser()
            b.jump(to: .claim(c))
            b.handle(.character("O"))
            let opposing = corpus.allOpposing(of: c)
            for (i, relation) in opposing.enumerated() {
                if i > 0 { b.handle(.character("j")) }
                let pane = b.pickerRects(count: opposing.count).pane
                #expect(pane.height > 0)
                var reader = PaneReader()
                for _ in 0..<20 {
                    let screen = b.render(width: 80, height: 24)
                    reader.read(screen, rows: pane.y..<(pane.y + pane.height))
                    if !screen.text.contains("↓ ") { break }
                    b.handle(.control("d"))
                }
                let other = corpus.claims[relation.other]
                #expect(reader.text.contains(Self.normalized(other.text)), "\(other.id) in the picker of \(corpus.claims[c].id)")
                if let quote = other.quote {
                    #expect(reader.text.contains(Self.normalized(quote.text)), "the quote of \(other.id)")
                }
            }
        }
    }

    @Test func versusScrollsBothClaimsTogether() {
        var b = Support.browser("/profoundly{enter}v", width: 40, height: 12)
        let first = b.render(width: 40, height: 12)
        #expect(first.line(10).contains("↓ "))
        var left = PaneReader()
        for _ in 0..<60 {
            left.read(b.render(width: 40, height: 12), rows: 1..<11, column: 0, width: 19)
            b.handle(.character("j"))
        }
        let claim = corpus.claimIndex(id: "zubkovych-liberal-russians-failed")!
        #expect(left.text.contains(Self.normalized(corpus.claims[claim].quote!.text)))
        #expect(b.versus!.top > 0)
        b.handle(.character("g"))
        #expect(b.versus!.top == 0)
    }

    @Test func nothingRunsPastTheScreenAt40x12() {
        for keys in ["jll{tab}jjj", "x", "xR", "xjj{enter}", "jjjjllO", "m{right}{right}{right}x{right}x", "/profoundly{enter}vjj"] {
            let b = Support.browser(keys, width: 40, height: 12)
            let screen = b.render(width: 40, height: 12)
            for y in 0..<12 { #expect(DisplayWidth.of(screen.line(y)) <= 40, "\(keys): line \(y)") }
        }
    }
}
