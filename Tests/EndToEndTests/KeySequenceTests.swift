import Foundation
import Testing

extension EndToEnd {
    /// Keys that arrive as escape sequences are read as one key whatever TERM says: tmux
    /// sends End as `ESC [ 4 ~`, which the xterm description does not name.
    @Suite struct KeySequenceTests {
        @Test(arguments: ["xterm-256color", "tmux-256color", "screen"])
        func homeAndEndAreOneKey(term: String) throws {
            let tmux = try EndToEnd.browse(environment: ["TERM": term])
            defer { tmux.stop() }
            let first = try #require(EndToEnd.selectedRow(tmux), "no selected row under \(term)")
            tmux.send("End")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux).map { $0 != first } ?? false }, "End did not move under \(term):\n\(tmux.capture())")
            #expect(!tmux.capture().contains("▾ Asylum"), "End did not reach the last row under \(term)")
            tmux.send("Home")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux) == first }, "Home did not go back to the first row under \(term)")
            let screen = tmux.capture()
            #expect(!screen.contains("go back") && !screen.contains("no such key"), "a piece of a sequence was read as a key under \(term):\n\(screen)")

            tmux.send("F1")
            #expect(tmux.waitUntil { $0.contains("expand") && $0.contains("oppos") }, "F1 did not open the help under \(term):\n\(tmux.capture())")
            tmux.send("F1")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux) == first }, "F1 did not close the help under \(term)")
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }
    }
}
