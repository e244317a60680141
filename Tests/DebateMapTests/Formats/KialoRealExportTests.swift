import DebateMap
import Testing

/// What real Kialo exports hold and were misread (issue 20): Windows and old-Mac line ends
/// with a byte-order mark, Markdown escapes, links whose text is a number, a title on the
/// line after its label, and a file that yields nothing.
struct KialoRealExportTests {
    func load(_ text: String, file: String = "talk.txt") -> LoadResult {
        CorpusLoader.load(paths: [file], source: MemorySource(files: [file: Array(text.utf8)]))
    }

    func texts(_ r: LoadResult) -> [String] { r.corpus.claims.filter { $0.kind != .group }.map(\.text) }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndReadsTheSame(end: String) {
        let lines = ["\u{FEFF}Discussion Title: Trams", "", "1. Build the tram.", "1.1. Pro: Buses are slow", "and full.", "1.2. Con: It costs."]
        let r = load(lines.joined(separator: end) + end)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.headline))")
        #expect(r.corpus.essays[0].title == "Trams")
        #expect(texts(r) == ["Build the tram.", "Buses are slow and full.", "It costs."])
    }

    @Test func markdownEscapesShowTheirCharacters() {
        let r = load("Discussion Title: T\n\n1. Fares \\(all of them\\) \\[sic\\] are \\*free\\*, \\_really\\_ \\#1 \\- a\\\\b.\n")
        #expect(texts(r) == ["Fares (all of them) [sic] are *free*, _really_ #1 - a\\b."])
        // A backslash before anything else is text.
        #expect(texts(load("Discussion Title: T\n\n1. C:\\Users and \\n stay.\n")) == ["C:\\Users and \\n stay."])
    }

    @Test func aNumberedLinkIsNoFootnoteAndAFootnoteIsPlacedWhereItIs() {
        let r = load("Discussion Title: T\n\n1. In [1933](https://example.org/1933) the line\n   closed [4].\n")
        #expect(r.diagnostics.map(\.headline) == ["talk.txt:4:11: warning: the footnote [4] is not listed under `Sources:`"])
        #expect(texts(r) == ["In [1933](https://example.org/1933) the line closed [4]."])
    }

    @Test func aTitleOnTheLineAfterItsLabel() {
        for label in ["Discussion Title:", "Discussion Name:"] {
            let r = load("\(label)\nShould the tram be built?\n\n1. Yes.\n")
            #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.headline))")
            #expect(r.corpus.essays[0].title == "Should the tram be built?")
        }
    }

    @Test func aFileWithNoClaimsSaysWhy() {
        let r = load("Discussion Title: Nothing here\n\n")
        #expect(r.corpus.claims.isEmpty)
        #expect(r.diagnostics.map(\.headline) == ["talk.txt:1:1: warning: no claims: a Kialo export numbers them, `1. thesis`, `1.1. Pro: text`"])
    }

    @Test func theSummaryCountsClaimsNotLinks() {
        let r = load("Discussion Title: T\n\n1. A.\n1.1. Pro: B.\n1.2. Con: -> See 1.1.\n")
        #expect(r.corpus.positions[0].summary == "A Kialo discussion of 2 claims.")
    }
}
