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
            var x = 1
            for g in row.shown {
                #expect(terminal.writes.contains { $0.x == x && $0.text == String(g) }, "\(row.name)")
                x += DisplayWidth.of(g)
            }
            #expect(terminal.writes.contains { $0.x == x && $0.text == "]" }, "\(row.name)")
            #expect(terminal.line(0) == screen.line(0), "\(row.name)")
            // A change in its last cell rewrites it from its first.
            guard row.cells > 1, row.shown == row.cluster else { continue }
            terminal.clearLog()
            screen.put("x", x: row.cells, y: 0)
            painter.draw(screen, on: &terminal)
            #expect(terminal.writes.first?.x == 1, "\(row.name)")
        }
    }

    /// What the screen assumes a terminal cell holds is what ncurses' `cchar_t` holds here.
    @Test func theScreenSpellsOutWhatACchartCannotHold() {
        #expect(TerminalCells.marksPerCell == NcursesTerminal.marksPerCell)
    }
}
