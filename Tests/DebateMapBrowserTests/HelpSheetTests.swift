import DebateMap
import DebateMapBrowser
import Testing

/// The help explains what the tree draws and what the mouse does, not only the keys
/// (issue 22: a legend for every glyph, the mouse in help).
struct HelpSheetTests {
    /// The help as shown over the tree on a screen tall enough for all of it: each line's
    /// first column (the key or mark) and the rest.
    private func helpLines(ascii: Bool, over keys: String = "") -> [(label: String, text: String)] {
        let b = Support.browser(keys + "?", options: .init(ascii: ascii, color: true), width: 100, height: 120)
        let screen = b.render(width: 100, height: 120)
        return (0..<120).compactMap { y in
            let line = screen.line(y)
            let bar = ascii ? "|" : "│"
            guard line.hasPrefix(bar) || line.contains(" " + bar + " ") else { return nil }
            let inner = line.drop { $0 == " " || String($0) == bar }.trimmingCharacters(in: .whitespaces)
            let body = inner.hasSuffix(bar) ? String(inner.dropLast()).trimmingCharacters(in: .whitespaces) : inner
            let parts = body.components(separatedBy: "  ").filter { !$0.isEmpty }
            guard let label = parts.first else { return nil }
            return (label.trimmingCharacters(in: .whitespaces), parts.dropFirst().joined(separator: " ").trimmingCharacters(in: .whitespaces))
        }
    }

    @Test(arguments: [false, true])
    func everyMarkOfTheTreeIsExplained(ascii: Bool) throws {
        let lines = helpLines(ascii: ascii)
        let labels = Set(lines.map(\.label))
        #expect(labels.contains("Marks") && labels.contains("Mouse"), "\(lines.map(\.label))")
        // Every way a claim hangs under its parent is a mark of the tree.
        #expect(Claim.Link.allCases.count == 5)
        for link in Claim.Link.allCases {
            #expect(labels.contains(link.rawValue), "no legend for \(link.rawValue)")
        }
        let drawn = ascii ? ["- +", ">", "so", "->", "x 3", "^ v"] : ["▾ ▸", "▶", "∴", "→", "⚔3", "↑ ↓"]
        for mark in drawn {
            #expect(labels.contains(mark), "no legend for \(mark): \(labels.sorted())")
        }
        let opposed = try #require(lines.first { $0.label == (ascii ? "x 3" : "⚔3") })
        #expect(opposed.text.contains("other essays oppose") && opposed.text.contains("o "))
    }

    @Test func theMouseIsInTheHelpOfEveryViewItWorksIn() {
        let opened: [(keys: String, mode: Mode, mouse: [String])] = [
            ("", .tree, ["click", "wheel"]), ("m", .matrix, ["click", "wheel"]), ("x", .clashes, ["click", "wheel"]),
        ]
        for (keys, mode, mouse) in opened {
            let b = Support.browser(keys)
            #expect(b.mode == mode)
            let labels = Set(helpLines(ascii: false, over: keys).map(\.label))
            for what in mouse { #expect(labels.contains(what), "\(mode): no \(what) in \(labels.sorted())") }
        }
    }

    /// The help scrolls over the marks, the mouse and the counts too: G shows the last line.
    @Test func theHelpScrollsToItsLastLine() {
        var b = Support.browser("?")
        b.handle(.character("G"))
        let screen = b.render(width: 80, height: 24)
        #expect((0..<24).contains { screen.line($0).contains("wheel") }, "\(screen.text)")
        #expect((0..<24).contains { screen.line($0).contains("cancels a number being typed") }, "\(screen.text)")
    }

    /// On the first screen the footer names the jump between opposing claims and the clash
    /// view; `o` there says what it needs.
    @Test func theFirstScreenNamesTheJumpAndTheClashes() {
        var b = Support.browser()
        let footer = b.render(width: 80, height: 24).line(23)
        #expect(footer.contains("o opposing") && footer.contains("x clashes"), "\(footer)")
        b.handle(.character("o"))
        #expect(b.status?.contains("select one marked ⚔") == true, "\(b.status ?? "")")
    }
}
