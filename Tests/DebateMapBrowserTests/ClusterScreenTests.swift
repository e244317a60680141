import DebateMap
@testable import DebateMapBrowser
import Testing
import TestSupport

/// Every cluster of the table drawn whole on the screen, taking the cells it is measured to
/// take, and never cut by truncation or wrapping (issues 21 and 22).
struct ClusterScreenTests {
    @Test func eachClusterTakesItsCellsWhole() {
        for row in ClusterTable.rows {
            var screen = Screen(width: 20, height: 1)
            let end = screen.put("[" + row.cluster + "]", x: 0, y: 0)
            let cells = DisplayWidth.of(row.shown)
            #expect(end == cells + 2, "\(row.name)")
            var x = 1
            for g in row.shown {
                #expect(screen[x, 0].text == String(g), "\(row.name): the first cell holds the whole cluster")
                for k in 1..<max(1, DisplayWidth.of(g)) { #expect(screen[x + k, 0].text.isEmpty, "\(row.name): cell \(k) continues it") }
                x += DisplayWidth.of(g)
            }
            #expect(screen[1 + cells, 0].text == "]", "\(row.name)")
            #expect(screen.line(0) == "[" + row.shown + "]")
        }
    }

    /// A cluster with more marks than a terminal cell holds (a tag flag: Scotland's was drawn
    /// as a plain black flag) is spelled out wherever the browser shows text: the tree, the
    /// fitted header, and the reader.
    @Test func aClusterACellCannotHoldIsSpelledOut() throws {
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        #expect(TextFit.safe("Flags: " + scotland + " and 🇷🇴") == "Flags: 🏴⟨gbsct⟩ and 🇷🇴")
        let fitted = TextFit.fit(TextFit.safe(scotland + " Scotland, as the reader sees it"), 12)
        #expect(fitted == "🏴⟨gbsct⟩ S…")
        let json = #"{"text": "The flag \#(scotland) flies. Scotland votes.", "nodes": [{"nodeID": "1", "text": "Scotland \#(scotland) votes.", "type": "I"}], "edges": []}"#
        let corpus = CorpusLoader.load(paths: ["flags.json"], source: MemorySource(files: ["flags.json": Array(json.utf8)])).corpus
        var b = Support.browser("jlj", corpus: corpus, width: 40, height: 12)
        let tree = b.render(width: 40, height: 12).text
        #expect(tree.contains("Scotland 🏴⟨gbsct⟩ votes."), "\(tree)")
        b.handle(.character("r"))
        #expect(b.mode == .reader)
        let reader = b.render(width: 40, height: 12).text
        #expect(reader.contains("The flag 🏴⟨gbsct⟩ flies."), "\(reader)")
        #expect(!(tree + reader).contains(scotland))
    }

    @Test func aClusterThatDoesNotFitIsLeftOutNotCut() {
        let all = ClusterTable.rows.map(\.cluster).joined()
        for width in 1...30 {
            var screen = Screen(width: width, height: 1)
            let end = screen.put(all, x: 0, y: 0)
            #expect(end <= width)
            // What is on the row is a prefix of the text, cluster for cluster.
            #expect(SafeText.forScreen(all).hasPrefix(screen.line(0).replacingOccurrences(of: " ", with: "")) || screen.line(0).isEmpty, "\(width)")
            let fitted = TextFit.fit(all, width)
            #expect(DisplayWidth.of(fitted) <= width)
            #expect(all.hasPrefix(String(fitted.dropLast())) || fitted.count <= 1, "\(width): \(fitted)")
        }
    }

    @Test func wrappedLinesNeverOverflowTheirWidth() {
        let text = ClusterTable.rows.map(\.cluster).joined(separator: " ") + " 我们应该支持他们。 " + String(repeating: "🇺🇦", count: 12)
        for width in 2...24 {
            let lines = TextFit.wrap(text, width)
            for line in lines { #expect(DisplayWidth.of(line) <= max(width, 6), "\(width): \(line)") }
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "\(width): nothing lost")
        }
    }
}
