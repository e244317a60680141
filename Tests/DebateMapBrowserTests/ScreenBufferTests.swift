import DebateMap
@testable import DebateMapBrowser
import Testing
import TestSupport

/// The Screen grid itself: display widths, clipping, and that no control or bidi character
/// ever reaches a cell.
struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoCellsAndClipWhole() {
        var s = Screen(width: 5, height: 1)
        let end = s.put("漢字漢", x: 0, y: 0)
        #expect(end == 4)  // the third would need columns 4 and 5
        #expect(s[0, 0].text == "漢" && s[1, 0].text == "" && s[2, 0].text == "字" && s[3, 0].text == "")
        #expect(s[4, 0].text == " ")
        #expect(s.line(0) == "漢字")
    }

    @Test func combiningMarksJoinTheCellBefore() {
        var s = Screen(width: 6, height: 1)
        s.put("e\u{301}x", x: 0, y: 0)
        #expect(s[0, 0].text == "e\u{301}" && s[1, 0].text == "x")
        // A zero-width character after a wide one joins its left half, where it is drawn.
        s.put("字\u{200B}", x: 3, y: 0)
        #expect(s[3, 0].text == "字\u{200B}" && s[4, 0].text == "")
    }

    @Test func controlAndBidiCharactersBecomePlaceholders() {
        var s = Screen(width: 40, height: 1)
        s.put("a\u{1B}[2Jb\tc\u{202E}d\u{7F}\u{85}\u{2066}", x: 0, y: 0)
        #expect(s.line(0) == "a^[[2Jb c⟨U+202E⟩d^?⟨U+0085⟩⟨U+2066⟩")
        for cell in s.cells { #expect(!cell.text.unicodeScalars.contains { TerminalSafety.isUnsafe($0, newlines: false) }) }
    }

    @Test func putClipsAtTheLimitAndOffTheScreen() {
        var s = Screen(width: 4, height: 2)
        #expect(s.put("abcdef", x: 1, y: 0, limit: 3) == 3)
        #expect(s.line(0) == " ab")
        s.put("zz", x: 0, y: 5)
        s.put("zz", x: 0, y: -1)
        #expect(s.text == " ab\n")
        let empty = Screen(width: -3, height: 0)
        #expect(empty.width == 0 && empty.cells.isEmpty && empty.text == "")
    }

    @Test func siblingsAreLinkedAcrossOpenSubtrees() {
        var b = Support.browser("E", corpus: Fixtures.harbour)
        let mueller = b.rows.firstIndex { $0.node == .position(0) }!
        let petrov = b.rows.firstIndex { $0.node == .position(2) }!
        #expect(b.rows[mueller].nextSibling == petrov && b.rows[petrov].previousSibling == mueller)
        #expect(petrov - mueller > 5)  // Müller's whole claim tree lies between them
        b.moveSelection(to: mueller)
        b.handle(.character("J"))
        #expect(b.selection == petrov)
        b.handle(.character("K"))
        #expect(b.selection == mueller)
        for (i, row) in b.rows.enumerated() {
            if row.nextSibling >= 0 { #expect(b.rows[row.nextSibling].parent == row.parent && b.rows[row.nextSibling].previousSibling == i) }
            #expect(row.isLast == (row.nextSibling < 0))
        }
    }
}
