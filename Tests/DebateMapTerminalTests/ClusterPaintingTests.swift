import DebateMap
import DebateMapBrowser
@testable import DebateMapTerminal
import Testing
import TestSupport

/// The painter hands every cluster of the table to the terminal whole, over the cells the
/// screen gave it, and rewrites it whole when a cell it covers changes.
struct ClusterPaintingTests {
    @Test func eachClusterIsWrittenWholeOverItsCells() {
        for row in ClusterTable.rows {
            var painter = Painter()
            var terminal = MemoryTerminal(width: 20, height: 1)
            var screen = Screen(width: 20, height: 1)
            screen.put("[" + row.cluster + "]", x: 0, y: 0)
            painter.draw(screen, on: &terminal)
            #expect(terminal.writes.contains { $0.x == 1 && $0.text == row.cluster }, "\(row.name)")
            #expect(terminal.writes.contains { $0.x == 1 + row.cells && $0.text == "]" }, "\(row.name)")
            #expect(terminal.line(0) == screen.line(0), "\(row.name)")
            // A change in its last cell rewrites it from its first.
            guard row.cells > 1 else { continue }
            terminal.clearLog()
            screen.put("x", x: row.cells, y: 0)
            painter.draw(screen, on: &terminal)
            #expect(terminal.writes.first?.x == 1, "\(row.name)")
        }
    }
}
