import Foundation
import Testing

/// The configuration file (issue 23): keys rebound and a theme chosen in
/// `$XDG_CONFIG_HOME/debatemap/config.toml`; `debatemap keys` shows the keys in force; a
/// bad file is reported as compilers report and the defaults are used.
struct ConfigFileTests {
    /// A configuration folder holding `text` as its config.toml.
    func folder(_ text: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("debatemap"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: root.appendingPathComponent("debatemap/config.toml"))
        return root
    }

    @Test func keysShowsTheKeysInForce() throws {
        let root = try folder("""
            theme = "monochrome"
            [keys]
            down = ["j", "Ctrl-n"]
            jump_to_opponent = ["o", "Tab"]
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Debatemap.run(["keys"], environment: ["XDG_CONFIG_HOME": root.path])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.contains("\n  j Ctrl-n  next row\n"), "\(run.stdout.prefix(400))")
        #expect(run.stdout.contains("\n  o Tab     jump to a claim of another essay that opposes this one; again: the next\n"))
        // Tab moved to the jump: the detail pane's key is gone from the tree.
        #expect(!run.stdout.contains("keys to the detail pane"))
        let standard = try Debatemap.run(["keys"], environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(standard.stdout.contains("\n  j ↓     next row\n"))
    }

    @Test func aBadFileSaysWhereAndTheDefaultsAreUsed() throws {
        let root = try folder("""
            theme = "pink"
            [keys]
            dwn = ["j"]
            up = ["k", "Ctrl-q2"]
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Debatemap.run(["keys"], environment: ["XDG_CONFIG_HOME": root.path])
        #expect(run.status == 0)
        let file = root.path + "/debatemap/config.toml"
        #expect(run.stderr.contains("\(file):1:1: error: theme is one of \"standard\", \"colour-blind\", \"monochrome\"\ntheme = \"pink\"\n^\n"), "\(run.stderr)")
        #expect(run.stderr.contains("\(file):3:1: error: no action named dwn (docs/config.md lists them)"))
        #expect(run.stderr.contains("\(file):4:12: error: no key named \"Ctrl-q2\""))
        #expect(run.stderr.contains("has errors: the default keys and theme are used"))
        #expect(run.stdout.contains("\n  j ↓     next row\n"), "the defaults")
    }

    @Test func aSyntaxErrorIsPlacedByTheTOMLReader() throws {
        let root = try folder("theme = \n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Debatemap.run(["keys"], environment: ["XDG_CONFIG_HOME": root.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains(root.path + "/debatemap/config.toml:1:9: error: "), "\(run.stderr)")
    }
}
