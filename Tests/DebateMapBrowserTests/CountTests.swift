import DebateMapBrowser
import Testing

/// Counts before a key, as vim, less and jless take them (issue 22): `5j` moves five rows,
/// `12G` goes to row 12, the count shows while it is typed, Esc cancels it.
struct CountTests {
    @Test func aCountRepeatsAMotion() {
        let once = Support.browser("E")
        #expect(once.rows.count > 20)
        #expect(Support.browser("E5j").selection == 5)
        #expect(Support.browser("E12j").selection == 12)
        #expect(Support.browser("E12j3k").selection == 9)
        #expect(Support.browser("E{down}{down}{down}").selection == Support.browser("E3{down}").selection)
    }

    @Test func aCountRepeatsPagingAndSiblings() {
        let half = Support.browser("E{C-d}").selection
        #expect(half > 0)
        #expect(Support.browser("E2{C-d}").selection == Support.browser("E{C-d}{C-d}").selection)
        #expect(Support.browser("E3J").selection == Support.browser("EJJJ").selection)
    }

    @Test func aCountBeforeGGoesToThatRow() {
        #expect(Support.browser("E12G").selection == 11)
        #expect(Support.browser("EG7g").selection == 6)
        // Past the end: the last row, as vim does.
        let b = Support.browser("E99999G")
        #expect(b.selection == b.rows.count - 1)
    }

    @Test func aCountLargerThanTheListStopsAtTheEnd() {
        let b = Support.browser("E99999999j")
        #expect(b.selection == b.rows.count - 1)
        #expect(b.pendingCount == nil)
    }

    @Test func theCountShowsWhileTypedAndEscCancelsOnlyIt() {
        var b = Support.browser("E")
        b.handle(.character("1"))
        b.handle(.character("2"))
        #expect(b.pendingCount == 12)
        let footer = b.render(width: 80, height: 24)
        #expect(footer.line(23).contains("12  a key to repeat"))
        b.handle(.escape)
        #expect(b.pendingCount == nil)
        #expect(b.mode == .tree)
        b.handle(.character("j"))
        #expect(b.selection == 1)
    }

    @Test func zeroAloneIsNoCountAndSearchTakesDigitsAsText() {
        let zero = Support.browser("E0j")
        #expect(zero.selection == 1)
        let search = Support.browser("/2022")
        #expect(search.mode == .search)
        #expect(search.query == "2022")
        #expect(search.pendingCount == nil)
    }

    @Test func aResizeKeepsTheCount() {
        var b = Support.browser("E4")
        b.handle(.resize(width: 60, height: 20))
        b.handle(.character("j"))
        #expect(b.selection == 4)
    }

    @Test func theHelpSaysWhatACountDoes() {
        var b = Support.browser("?")
        b.handle(.character("G"))
        let text = b.render(width: 80, height: 24).text
        #expect(text.contains("Counts") && text.contains("12G") && text.contains("row 12 of the tree"), "\(text)")
    }

    /// Esc and j typed together arrive as Alt-j: with nothing bound to it, it is Esc then j.
    @Test func escAndAKeyTogetherAreBothKeys() {
        var b = Support.browser("E3")
        b.handle(.alt("j"))
        #expect(b.pendingCount == nil)
        #expect(b.selection == 1)
        #expect(b.status == nil)
    }

    /// Outside the tree a count before g or G is no row number: the reader still goes to
    /// its top and end.
    @Test func gWithACountInTheReaderGoesToTheTop() {
        var b = Support.browser("jjjjllr")
        #expect(b.mode == .reader)
        b.handle(.character("G"))
        #expect((b.reader?.top ?? 0) > 0)
        let tree = b.selection
        for key in "5g" { b.handle(.character(key)) }
        #expect(b.reader?.top == 0)
        #expect(b.selection == tree, "the tree's selection is not moved from the reader")
    }
}
