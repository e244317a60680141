import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// What reaches the terminal: colour only when wanted, ASCII when the locale or `--ascii`
    /// asks for it, wide characters in their cells, and nothing from the data that the
    /// terminal would obey.
    @Suite struct TextAndColourTests {
        /// An SGR sequence that sets one of the stance colours (red, green, yellow, …).
        static func hasColour(_ screen: String) -> Bool {
            screen.range(of: "\u{1B}\\[([0-9;]*;)?3[1-6](;[0-9;]*)?m", options: .regularExpression) != nil
                || screen.contains("38;5;")
        }

        @Test(arguments: [
            ("", [:], true),
            ("", ["NO_COLOR": "1"], false),
            ("--color never", [:], false),
            ("--color always", ["NO_COLOR": "1"], true),
        ] as [(String, [String: String], Bool)])
        func colourOnlyWhenWanted(arguments: String, environment: [String: String], coloured: Bool) throws {
            let tmux = try EndToEnd.browse(arguments, environment: environment)
            defer { tmux.stop() }
            let screen = tmux.capture(escapes: true)
            #expect(TextAndColourTests.hasColour(screen) == coloured, "colour should be \(coloured ? "on" : "off"):\n\(screen)")
            // Without colour the stance is still written, and the selection still shows.
            #expect(screen.contains("AGAINST") && EndToEnd.hasReverse(screen))
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        @Test(arguments: [("", ["LANG": "C", "LC_ALL": "C"]), ("--ascii", [:])] as [(String, [String: String])])
        func asciiGlyphs(arguments: String, environment: [String: String]) throws {
            let tmux = try EndToEnd.browse(arguments, environment: environment)
            defer { tmux.stop() }
            let screen = tmux.capture()
            for glyph in ["▾", "▸", "›", "│", "─", "⚔"] {
                #expect(!screen.contains(glyph), "\(glyph) drawn in ASCII mode:\n\(screen)")
            }
            #expect(screen.contains("Asylum") && screen.contains("AGAINST"))
            if environment["LANG"] == "C" {
                #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "a non-ASCII character reached a C-locale terminal:\n\(screen)")
            }
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        @Test func wideCharactersKeepTheColumns() throws {
            let corpus = try FixtureCorpus.write()
            defer { FixtureCorpus.remove(corpus) }
            let tmux = try EndToEnd.browse("--data \(corpus)")
            defer { tmux.stop() }
            // Open both positions and their main claims.
            tmux.send("j", "l", "l", "l", "G", "l")
            #expect(tmux.waitUntil { $0.components(separatedBy: "⚔").count >= 3 }, "the claims did not open:\n\(tmux.capture())")
            let lines = tmux.lines()
            let tree = lines.prefix { !$0.hasPrefix("─") }
            // Counts of opponents are right-aligned: the same column whatever the text before.
            let counted = tree.filter { $0.hasSuffix("⚔1") }
            #expect(counted.count >= 2 && Set(counted.map(EndToEnd.displayWidth)).count == 1,
                    "the ⚔ counts are not in one column:\n\(counted.joined(separator: "\n"))")
            // Truncated rows end in the same column, Cyrillic, CJK, emoji and accents or not
            // (one cell short when a wide character did not fit in the last).
            let truncated = tree.dropFirst().filter { $0.hasSuffix("…") }
            let ends = truncated.map(EndToEnd.displayWidth)
            #expect(truncated.count >= 2 && ends.max()! - ends.min()! <= 1 && ends.max()! >= 78,
                    "truncated rows end in different columns:\n\(truncated.joined(separator: "\n"))")
            #expect(lines.allSatisfy { EndToEnd.displayWidth($0) <= 80 })
            #expect(tmux.capture().contains("Café"), "the combining accent is lost")

            // Typed UTF-8 arrives as whole characters: a Cyrillic search finds its claim.
            tmux.send("g", "/")
            tmux.sendText("трамв")
            #expect(tmux.waitUntil { $0.contains("/трамв") && !$0.contains("no match") }, "a Cyrillic search failed:\n\(tmux.capture())")
            tmux.send("Escape", "q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        /// A tag flag holds more zero-width characters than an ncurses cell: in a real
        /// terminal it is spelled out, not shown as a plain black flag, and the row keeps
        /// its columns.
        @Test func aTagFlagIsSpelledOutInTheTerminal() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-flags-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let map = folder.appendingPathComponent("flags.txt")
            let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
            try Data("Discussion Title: Flags\n\n1. Scotland \(scotland) votes | end\n1.1. Pro: Romania 🇷🇴 too | end\n".utf8).write(to: map)
            let tmux = try EndToEnd.browse(map.path, width: 60, height: 12, showing: ["Flags"])
            defer { tmux.stop() }
            tmux.send("j", "l", "j", "l")
            #expect(tmux.waitFor("Romania"), "the claims did not open:\n\(tmux.capture())")
            let rows = tmux.lines().filter { $0.contains("| end") }
            #expect(rows.contains { $0.contains("Scotland 🏴⟨gbsct⟩ votes | end") }, "\(rows)")
            #expect(rows.contains { $0.contains("Romania 🇷🇴 too | end") }, "\(rows)")
            #expect(rows.allSatisfy { EndToEnd.displayWidth($0) <= 60 })
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        /// Escape sequences and bidi overrides in a corpus are shown, never obeyed.
        @Test func hostileTextIsShownNotObeyed() throws {
            let corpus = try FixtureCorpus.write()
            defer { FixtureCorpus.remove(corpus) }
            let tmux = try EndToEnd.browse("--data \(corpus)")
            defer { tmux.stop() }
            let title = tmux.display("#{pane_title}")
            // The hostile claim, then its essay in the reader.
            tmux.send("j", "l", "l", "l", "j")
            #expect(tmux.waitFor("PWNED"), "the hostile claim is not shown:\n\(tmux.capture())")
            let tree = tmux.capture(escapes: true)
            tmux.send("r")
            #expect(tmux.waitUntil { $0.contains("reversed text") }, "the reader did not open:\n\(tmux.capture())")
            let reader = tmux.capture(escapes: true)
            for screen in [tree, reader] {
                // Only colour and attribute sequences (CSI … m) may appear in the pane.
                let sequences = screen.components(separatedBy: "\u{1B}").dropFirst()
                let foreign = sequences.filter { $0.range(of: "^\\[[0-9;]*m", options: .regularExpression) == nil }
                #expect(foreign.isEmpty, "escape sequences from the data reached the terminal: \(foreign.map { $0.prefix(12) })")
                #expect(!screen.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
            }
            #expect(tmux.display("#{pane_title}") == title, "the data set the terminal's title")
            tmux.send("q", "q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        /// Only colour and attribute sequences (CSI … m) in a pane captured with its escapes.
        static func foreignSequences(_ screen: String) -> [Substring] {
            screen.components(separatedBy: "\u{1B}").dropFirst()
                .filter { $0.range(of: "^\\[[0-9;]*m", options: .regularExpression) == nil }.map { $0.prefix(12) }
        }

        /// The hostile fixture corpus (controls in every field: metadata, headings, claims,
        /// essay text, Kialo and AIF imports) and a map whose file name holds an escape, in
        /// every view: nothing from the data reaches the terminal as a sequence.
        @Test func hostileCorpusInEveryView() throws {
            let fixtures = Fixtures.directory + "/hostile"
            let corpus = NSTemporaryDirectory() + "debatemap-e2e-hostile-\(UUID().uuidString)"
            try FileManager.default.copyItem(atPath: fixtures, toPath: corpus)
            defer { try? FileManager.default.removeItem(atPath: corpus) }
            try "[Named \u{1B}[5m]: a map named with an escape \u{1B}]0;PWNED\u{07}\n".write(
                toFile: corpus + "/maps/evil\u{1B}]0;PWNED\u{07}.argdown", atomically: true, encoding: .utf8)
            let tmux = try EndToEnd.browse("--data \(corpus)", width: 120, height: 40, showing: ["Ferries"])
            defer { tmux.stop() }
            let title = tmux.display("#{pane_title}")
            tmux.send("E")
            #expect(tmux.waitFor("PWNED"), "the hostile claims are not shown:\n\(tmux.capture())")
            var screens = [("tree", tmux.capture(escapes: true))]
            for (name, keys, ready) in [("reader", ["j", "j", "r"], "night"), ("help", ["q", "?"], "help"), ("matrix", ["q", "m"], "Ferries")] {
                tmux.send(keys[0])
                for key in keys.dropFirst() { tmux.send(key) }
                _ = tmux.waitUntil { $0.localizedCaseInsensitiveContains(ready) }
                screens.append((name, tmux.capture(escapes: true)))
            }
            for (name, screen) in screens {
                #expect(TextAndColourTests.foreignSequences(screen).isEmpty, "\(name): sequences from the data reached the terminal: \(TextAndColourTests.foreignSequences(screen))")
                #expect(!screen.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || (0x80...0x9F).contains($0.value) })
            }
            #expect(screens[0].1.contains("^[[2J"), "the tree shows no placeholder:\n\(screens[0].1)")
            #expect(tmux.display("#{pane_title}") == title, "the data set the terminal's title")
            tmux.send("q", "q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        /// `export` to a terminal shows controls as placeholders (into a pipe it stays exact:
        /// CommandLineTests).
        @Test func exportToATerminalShowsPlaceholders() throws {
            let fixtures = Fixtures.directory + "/hostile"
            let tmux = try TmuxSession.start(width: 120, height: 40)
            defer { tmux.stop() }
            let title = tmux.display("#{pane_title}")
            tmux.run("\(TmuxSession.debatemap) export --to argdown --data \(fixtures)")
            #expect(tmux.waitUntil { $0.contains("0;PWNED^G") && $0.contains("⟨U+202E⟩") }, "no placeholder:\n\(tmux.capture())")
            let screen = tmux.capture(escapes: true)
            #expect(TextAndColourTests.foreignSequences(screen).isEmpty, "\(TextAndColourTests.foreignSequences(screen))")
            #expect(tmux.display("#{pane_title}") == title, "the export set the terminal's title")
        }
    }
}
