import DebateMap
import DebateMapBrowser
@testable import DebateMapTerminal
import Glibc
import SeedCorpus
import Testing
import TestSupport

/// The terminal edge without a terminal: the painter, the run loop (batching, resize,
/// signals, the search's slices between keys) on a `MemoryTerminal`.
struct TerminalLoopTests {
    static let corpus: Corpus = SeedCorpus.load().corpus

    static func keys(_ text: String) -> [MemoryTerminal.Event] { text.map { .key(.character($0)) } }

    @Test func showsWhatTheBrowserRendersAndQuitsWithQ() {
        var browser = Browser(corpus: Self.corpus)
        var terminal = MemoryTerminal(width: 80, height: 24, script: Self.keys("jl"))
        #expect(TerminalLoop.run(&browser, on: &terminal) == SIGHUP)  // the script ran out: the terminal went away
        let expected = browser.render(width: 80, height: 24)
        for y in 0..<24 { #expect(terminal.line(y) == expected.line(y)) }
        #expect(terminal.cursor == nil)
        terminal.append(Self.keys("q"))
        #expect(TerminalLoop.run(&browser, on: &terminal) == 0)
    }

    @Test func thePainterWritesOnlyWhatChanged() {
        var painter = Painter()
        var terminal = MemoryTerminal(width: 20, height: 3)
        var screen = Screen(width: 20, height: 3)
        screen.put("hello", x: 0, y: 1)
        painter.draw(screen, on: &terminal)
        #expect(terminal.writes.count == 60)  // the first frame: every cell
        #expect(terminal.erases == 1 && terminal.repaints == 1)
        terminal.clearLog()
        screen.put("J", x: 3, y: 1)
        painter.draw(screen, on: &terminal)
        #expect(terminal.writes.map(\.x) == [3] && terminal.writes.map(\.y) == [1])
        #expect(terminal.line(1).hasPrefix("helJo"))
        terminal.clearLog()
        painter.draw(screen, on: &terminal)
        #expect(terminal.writes.isEmpty)  // nothing changed, nothing written
        // After invalidate (a resize, a return from Ctrl-Z): erased, repainted, drawn whole.
        painter.invalidate()
        painter.draw(screen, on: &terminal)
        #expect(terminal.writes.count == 60 && terminal.repaints == 2)
    }

    @Test func aWideCharacterIsRewrittenWhole() {
        var painter = Painter()
        var terminal = MemoryTerminal(width: 6, height: 1)
        var screen = Screen(width: 6, height: 1)
        screen.put("a漢b", x: 0, y: 0)
        painter.draw(screen, on: &terminal)
        terminal.clearLog()
        screen.put("c", x: 3, y: 0)  // the cell after the wide one
        painter.draw(screen, on: &terminal)
        #expect(terminal.writes.map(\.x) == [3])
        screen.put("x", x: 2, y: 0)  // the wide character's right half: it is written again from its left
        terminal.clearLog()
        painter.draw(screen, on: &terminal)
        #expect(terminal.writes.first?.x == 1)
        #expect(terminal.line(0) == screen.line(0))
    }

    /// Keys typed ahead are handled before the screen is drawn again: a held key never
    /// queues up frames.
    @Test func keysTypedAheadAreHandledInBatches() {
        var browser = Browser(corpus: Self.corpus)
        var terminal = MemoryTerminal(width: 80, height: 24, script: Self.keys(String(repeating: "j", count: 100) + "q"))
        #expect(TerminalLoop.run(&browser, on: &terminal) == 0)
        // The first frame, one after 64 keys; the other 36 and q end it.
        #expect(terminal.refreshes == 2)
        #expect(browser.selection == min(100, browser.rows.count - 1))
    }

    /// A click is meant for the screen it was made on: its result is drawn before the keys after it.
    @Test func aClickIsDrawnBeforeTheNextKey() {
        var browser = Browser(corpus: Self.corpus)
        var terminal = MemoryTerminal(width: 80, height: 24, script: [.key(.mouse(MouseEvent(kind: .click, x: 10, y: 3)))] + Self.keys("jq"))
        #expect(TerminalLoop.run(&browser, on: &terminal) == 0)
        // The first frame, the click's; j and q in one batch after it.
        #expect(terminal.refreshes == 2)
    }

    @Test func aResizeRedrawsWholeAtTheNewSize() {
        var browser = Browser(corpus: Self.corpus)
        var terminal = MemoryTerminal(width: 80, height: 24, script: [.key(.resize(width: 40, height: 12))])
        #expect(TerminalLoop.run(&browser, on: &terminal) == SIGHUP)
        #expect(terminal.size == (40, 12) || (terminal.size.width == 40 && terminal.size.height == 12))
        #expect(terminal.repaints == 2)
        let expected = browser.render(width: 40, height: 12)
        for y in 0..<12 { #expect(terminal.line(y) == expected.line(y)) }
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aStopSignalEndsTheLoopWithItsNumber(signal: Int32) {
        var browser = Browser(corpus: Self.corpus)
        var terminal = MemoryTerminal(width: 80, height: 24, script: Self.keys("j") + [.signal(signal)] + Self.keys("jjj"))
        #expect(TerminalLoop.run(&browser, on: &terminal) == signal)
        #expect(browser.selection == 1)  // the keys after the signal were never read
    }

    @Test func ctrlZSuspendsAndComesBackRedrawingWhole() {
        var browser = Browser(corpus: Self.corpus)
        var terminal = MemoryTerminal(width: 80, height: 24, script: [.signal(SIGTSTP)] + Self.keys("j") + [.continued] + Self.keys("q"))
        #expect(TerminalLoop.run(&browser, on: &terminal) == 0)
        #expect(terminal.suspensions == 1 && terminal.retakes == 1)
        #expect(terminal.repaints == 3)  // the first frame, after fg, after SIGCONT
    }

    @Test func aTerminalThatGoesAwayEndsWithSIGHUP() {
        var browser = Browser(corpus: Self.corpus)
        var terminal = MemoryTerminal(width: 80, height: 24, script: Self.keys("j"))
        #expect(TerminalLoop.run(&browser, on: &terminal) == SIGHUP)
    }

    /// A search that does not finish at the keystroke goes on between keys: reads do not wait
    /// while it has work, each slice is drawn, and it ends with the count a whole search gives.
    @Test func aSearchGoesOnBetweenKeysASliceAtATime() {
        var whole = Browser(corpus: Self.corpus)
        for key in "/visa" { whole.handle(.character(key)) }
        let count = whole.matches.count
        #expect(count > 1)

        var browser = Browser(corpus: Self.corpus)
        browser.searchSlice = 1
        var terminal = MemoryTerminal(width: 80, height: 24, script: Self.keys("/visa"))
        #expect(TerminalLoop.run(&browser, on: &terminal) == SIGHUP)  // the script ran out after the search
        #expect(!browser.isSearching)
        #expect(browser.matches.count == count)
        // Between the keys and the end, reads did not wait, and the slices were drawn.
        let noWait = terminal.waits.filter { $0 == 0 }.count
        #expect(noWait > 10)
        #expect(terminal.refreshes > 10)
        #expect(terminal.line(23).contains("/\(count)"))
    }
}

/// The requests of the keys reach the terminal: a copy as OSC 52, an edit as the editor run
/// with the terminal, after which the screen is drawn whole.
struct TerminalRequestTests {
    @Test func copyAndEditReachTheTerminal() {
        var browser = Browser(corpus: TerminalLoopTests.corpus)
        let script = TerminalLoopTests.keys("/easier than ever") + [.key(.enter)] + TerminalLoopTests.keys("Yq")
        var terminal = MemoryTerminal(width: 80, height: 24, script: script)
        #expect(TerminalLoop.run(&browser, on: &terminal) == 0)
        // The search lands on Galeotti's position on asylum, whose summary has the words; Y
        // copied its id, and q right after it did not lose the copy.
        #expect(terminal.copied == ["galeotti/asylum"], "\(terminal.copied)")
    }

    @Test func theEditorIsFoundAsUnixToolsFindIt() {
        #expect(Editor.command(path: "a b.argdown", line: 12, environment: ["EDITOR": "nano"]) == ["/bin/sh", "-c", "nano \"$@\"", "sh", "+12", "a b.argdown"])
        #expect(Editor.command(path: "m.argdown", line: 3, environment: ["VISUAL": "code -w", "EDITOR": "nano"])[2] == "code -w \"$@\"")
        #expect(Editor.command(path: "m.argdown", line: 0, environment: [:]) == ["/bin/sh", "-c", "vi \"$@\"", "sh", "+1", "m.argdown"])
    }

    @Test func sRunsTheEditorWithTheTerminalAndRedrawsWhole() throws {
        let loaded = CorpusLoader.load(paths: [Fixtures.harbourFolder])
        var browser = Browser(corpus: loaded.corpus)
        // The first claim: a topic, its first position, the position's first claim.
        var terminal = MemoryTerminal(width: 80, height: 24, script: TerminalLoopTests.keys("jljs"))
        #expect(TerminalLoop.run(&browser, on: &terminal) == SIGHUP)  // the script ran out
        let command = try #require(terminal.commands.first, "no editor run")
        #expect(command.count == 6 && command[0] == "/bin/sh" && command[4].hasPrefix("+") && command[5].hasSuffix(".argdown"), "\(command)")
        #expect(terminal.erases >= 2, "drawn whole after the editor")
    }
}
