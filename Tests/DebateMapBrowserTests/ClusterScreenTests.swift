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
            #expect(end == row.cells + 2, "\(row.name)")
            #expect(screen[1, 0].text == row.cluster, "\(row.name): the first cell holds the whole cluster")
            for k in 1..<row.cells { #expect(screen[1 + k, 0].text.isEmpty, "\(row.name): cell \(k) continues it") }
            #expect(screen[1 + row.cells, 0].text == "]", "\(row.name)")
            #expect(screen.line(0) == "[" + row.cluster + "]")
        }
    }

    @Test func aClusterThatDoesNotFitIsLeftOutNotCut() {
        let all = ClusterTable.rows.map(\.cluster).joined()
        for width in 1...30 {
            var screen = Screen(width: width, height: 1)
            let end = screen.put(all, x: 0, y: 0)
            #expect(end <= width)
            // What is on the row is a prefix of the text, cluster for cluster.
            #expect(all.hasPrefix(screen.line(0).replacingOccurrences(of: " ", with: "")) || screen.line(0).isEmpty, "\(width)")
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
