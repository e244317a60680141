import DebateMap
@testable import DebateMapBrowser
import Foundation
import Testing

/// Keys and colours of one's own (issue 23): the key table rebound from a configuration
/// file's names, and the themes that set stances apart.
struct KeyRebindingTests {
    @Test func keyNamesReadBackWhatTheyName() {
        let keys: [Key] = [.character("j"), .character("&"), .character(" "), .control("n"), .alt("j"), .function(5), .up, .down, .left, .right,
                           .pageUp, .pageDown, .home, .end, .insert, .delete, .enter, .escape, .backspace, .tab]
        for key in keys { #expect(Key(name: key.typedName!) == key, "\(key)") }
        #expect(Key(name: "ctrl-N") == .control("n"))
        for bad in ["", "Ctrl-q2", "F99", "Hyper-x", "jk"] { #expect(Key(name: bad) == nil, "\(bad)") }
    }

    @Test func aReboundKeyDoesItsNewActionAndLeavesItsOld() {
        let keys = KeyTable.standard.rebinding([.down: [.control("n")], .jumpToOpponent: [.character("j")]])
        var b = Browser(corpus: Support.seed, options: BrowserOptions(keys: keys))
        b.apply(.resize(width: 80, height: 24))
        b.handle(.control("n"))
        #expect(b.selection == 1)
        // j now jumps to an opponent in the tree (here: on a topic row, it says what it needs).
        b.handle(.character("j"))
        #expect(b.selection == 1)
        #expect(b.status?.hasPrefix("o works on a claim") == true || b.status?.contains("select one") == true, "\(b.status ?? "")")
        // ↓ was down's too and is not given back: it does nothing now.
        b.handle(.down)
        #expect(b.status == "Down: no such key — ? for help")
        // The help lists the keys in force.
        #expect(HelpSheet(for: .tree, glyphs: .unicode, keys: keys).lines.contains { $0.label == "Ctrl-n" && $0.description == "next row" })
        // The prompts keep theirs: j is typed in the search.
        #expect(keys.action(for: .character("j"), in: .search) == .type("j"))
    }

    @Test func everyActionNameIsDocumented() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/config.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for name in Action.named.keys.sorted() { #expect(text.contains("| `\(name)` |"), "\(name) is not in docs/config.md") }
    }

    @Test func themesSetStancesApart() {
        let standard = BrowserOptions(), blind = BrowserOptions(theme: .colourBlind), mono = BrowserOptions(theme: .monochrome)
        #expect(StanceStyle.style(.for, options: standard).color == .green)
        #expect(StanceStyle.style(.against, options: standard).color == .red)
        #expect(StanceStyle.style(.for, options: blind).color == .blue)
        #expect(StanceStyle.style(.against, options: blind).color == .yellow)
        // Monochrome: no colour, and every stance drawn differently by weight and line.
        let drawn = Stance.allCases.map { StanceStyle.style($0, options: mono) }
        #expect(drawn.allSatisfy { $0.color == .plain })
        #expect(Set(drawn.map(\.attributes.rawValue)).count == Stance.allCases.count)
    }
}
