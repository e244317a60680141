import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// `s` gives the terminal to `$EDITOR` at the claim's line and takes it back after.
    @Suite struct EditorTests {
        @Test func sOpensTheEditorAtTheClaimsLineAndComesBack() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-editor-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let map = folder.appendingPathComponent("tram.txt")
            try Data("Discussion Title: Trams\n\n1. Build the tram.\n1.1. Pro: Buses are slow.\n".utf8).write(to: map)
            let record = folder.appendingPathComponent("args").path
            let editor = folder.appendingPathComponent("editor.sh")
            try Data("#!/bin/sh\necho \"$@\" > '\(record)'\n".utf8).write(to: editor)
            chmod(editor.path, 0o755)
            let tmux = try EndToEnd.browse(map.path, environment: ["EDITOR": editor.path], showing: ["Trams"])
            defer { tmux.stop() }
            tmux.send("j", "l", "j", "l", "j")   // the position, its main claim, the reason under it
            #expect(tmux.waitFor("Buses are slow"))
            tmux.send("s")
            #expect(tmux.waitUntil { _ in FileManager.default.fileExists(atPath: record) }, "the editor did not run:\n\(tmux.capture())")
            let args = try String(contentsOfFile: record, encoding: .utf8)
            #expect(args == "+4 \(map.path)\n")
            #expect(tmux.waitFor("Trams"), "the browser did not come back:\n\(tmux.capture())")
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }
    }
}
