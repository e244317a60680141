@testable import DebateMap
import Foundation
import Glibc
import Testing
import TestSupport

/// Text measured as a terminal given it by ncurses lays it out (issue 22, width by display
/// cells; issue 21, clusters whole), through the table of clusters (`ClusterTable`): the
/// cells each takes and the units it is handed to the terminal in; single scalars against
/// the C library; line wrapping in several scripts.
struct ClusterWidthTests {
    @Test func everyClusterOfTheTable() {
        for row in ClusterTable.rows {
            #expect(row.cluster.count == 1, "\(row.name) is one cluster")
            let g = row.cluster.first!
            #expect(DisplayWidth.of(g) == row.cells, "\(row.name): \(DisplayWidth.of(g)) cells")
            let units = TerminalCells.units(g)
            #expect(units.count == row.units, "\(row.name): \(units.count) units")
            // The units take the cells counted, and carry every scalar but a joiner before an emoji.
            #expect(units.map(\.width).reduce(0, +) == row.cells, "\(row.name)")
            let carried = units.flatMap(\.scalars)
            let expected = Array(row.cluster.unicodeScalars).enumerated().filter { i, s in
                !(s.value == 0x200D && Array(row.cluster.unicodeScalars)[(i + 1)...].contains { $0.properties.isEmoji && $0.value >= 0x2000 })
            }.map(\.element)
            #expect(carried == expected, "\(row.name): \(carried)")
        }
    }

    /// Spelled out for a screen, every cluster of the table is drawn in units a terminal cell
    /// holds (a spacing scalar and at most `marksPerCell` zero-width ones), keeping every
    /// scalar but the tags, which become the letters they stand for; one that fits is kept.
    @Test func everyClusterFitsTheCellsItIsDrawnIn() {
        for row in ClusterTable.rows {
            let shown = SafeText.forScreen(row.cluster)
            #expect(shown == row.shown, "\(row.name): \(shown.unicodeScalars.map { String($0.value, radix: 16) })")
            let units = shown.flatMap(TerminalCells.units)
            #expect(units.allSatisfy { $0.scalars.count - 1 <= TerminalCells.marksPerCell }, "\(row.name)")
            #expect(TerminalCells.overflows(row.cluster.first!) == (shown != row.cluster), "\(row.name)")
            let kept = shown.unicodeScalars.filter { $0.value != 0x25CC && $0 != "⟨" && $0 != "⟩" }
            let expected = row.cluster.unicodeScalars.compactMap { s -> Unicode.Scalar? in
                guard (0xE0000...0xE007F).contains(s.value), shown != row.cluster else { return s }
                return s.value == 0xE007F ? nil : Unicode.Scalar(s.value - 0xE0000)
            }
            #expect(Array(kept) == expected, "\(row.name)")
        }
        let text = "Plain text, «quoted», 中文 and 🇷🇴."
        #expect(SafeText.forScreen(text) == text)
    }

    /// A word far longer than a line is broken in one pass: the browser's detail pane took
    /// 15 s a key on a claim holding a run of 160,000 letters, measuring what was left of
    /// the word again after every line cut from it. Counted, not timed: the text measured.
    @Test func aLongWordIsMeasuredOnce() {
        for n in [1_000, 10_000, 100_000] {
            let word = String(repeating: "a", count: n) + " " + String(repeating: "🇷🇴", count: n / 10)
            var measured = 0
            let lines = LineWrap.lines(Substring(word), first: 40, width: 40, breakLongWords: true, measure: { piece in
                measured += piece.count
                return DisplayWidth.of(piece)
            })
            #expect(measured <= word.count, "\(n): \(measured) characters measured")
            #expect(lines.joined() == word.replacingOccurrences(of: " ", with: ""))
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        }
    }

    /// What ncurses counts is what the C library's wcwidth says: every scalar of the
    /// Basic Multilingual Plane and the emoji planes that glibc knows, measured the same.
    @Test func scalarsMeasureAsTheCLibraryDoes() throws {
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil, "no C.UTF-8 locale")
        // glibc declares wcwidth only under _XOPEN_SOURCE: found by name instead.
        let symbol = try #require(dlsym(dlopen(nil, RTLD_NOW), "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
        var differ: [String] = []
        for v in Array(0xA0...0xFFFF) + Array(0x1F000...0x1FAFF) + Array(0x20000...0x2A6DF) {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let theirs = Int(wcwidth(wchar_t(bitPattern: UInt32(v))))
            // Unassigned (to glibc) or a control: no width to agree with.
            guard theirs >= 0, s.properties.generalCategory != .unassigned else { continue }
            if DisplayWidth.of(s) != theirs { differ.append(String(format: "U+%04X ours %d glibc %d", v, DisplayWidth.of(s), theirs)) }
        }
        #expect(differ.isEmpty, "\(differ.count) scalars differ: \(differ.prefix(40))")
    }

    @Test func wrappingBreaksWhereEachScriptMay() {
        // Latin at spaces; a no-break space holds its words together.
        #expect(LineWrap.lines("the harbour tram line", first: 11, width: 11) == ["the harbour", "tram line"])
        #expect(LineWrap.lines("pay 10\u{A0}000 roubles", first: 9, width: 9) == ["pay", "10\u{A0}000", "roubles"])
        // Chinese and Japanese between characters, a closing mark staying with its word.
        #expect(LineWrap.lines("我们应该支持他们。", first: 8, width: 8) == ["我们应该", "支持他", "们。"])
        #expect(LineWrap.lines("ロシアの人々", first: 6, width: 6) == ["ロシア", "の人々"])
        // An ideographic space is a space.
        #expect(LineWrap.lines("東京\u{3000}大阪", first: 4, width: 4) == ["東京", "大阪"])
        // Clusters are never cut; a line holds what fits.
        let flags = String(repeating: "🇷🇴", count: 5)
        for line in LineWrap.lines(Substring(flags), first: 5, width: 5) {
            #expect(DisplayWidth.of(line) <= 5)
            #expect(line.unicodeScalars.count % 2 == 0, "a flag was cut: \(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // A word longer than a line is broken between clusters.
        #expect(LineWrap.lines("Donaudampfschifffahrt", first: 8, width: 8) == ["Donaudam", "pfschiff", "fahrt"])
        // The command line keeps a long word whole.
        #expect(LineWrap.lines("see https://example.org/a/long/address here", first: 12, width: 12, breakLongWords: false)
                == ["see", "https://example.org/a/long/address", "here"])
    }
}
