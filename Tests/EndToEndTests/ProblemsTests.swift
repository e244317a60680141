import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// A file that cannot be read opens on its problem, in the browser, instead of on an
    /// empty tree with the reason printed only after quitting.
    @Suite struct ProblemsTests {
        @Test func aBrokenFileShowsItsReasonInTheBrowser() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-problems-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("broken.json")
            try Data(#"{"nodes": [ {"nodeID": 1, "text": "x", "type": "I"}, ]"#.utf8).write(to: file)
            let tmux = try EndToEnd.browse(file.path, showing: ["Problems"])
            defer { tmux.stop() }
            let screen = tmux.capture()
            #expect(screen.contains("Problems › 1 error"), "\(screen)")
            #expect(screen.contains("broken.json:1:54: error: not valid JSON"), "\(screen)")
            tmux.send("q")
            #expect(tmux.waitUntil { !$0.contains("Problems ›") })
            tmux.send("q")
            // The corpus had an error: the exit status says so, and the terminal is restored.
            EndToEnd.expectRestored(tmux, exitStatus: 1)
        }
    }
}
