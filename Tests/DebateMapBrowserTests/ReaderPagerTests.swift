import DebateMap
@testable import DebateMapBrowser
import Foundation
import SyntheticCorpus
import Testing

/// The reader reads like a pager (issue 22): `/` searches the essay's text with n/N and a
/// count, the header says where the reader is, lines wrap at a reading width, Markdown shows
/// as formatting while quotes still light their exact words, and a map without text says so.
struct ReaderPagerTests {
    let corpus = Support.seed

    /// The reader open on an essay (by id), at a size, after keys.
    func reader(_ essayID: String, _ keys: String = "", width: Int = 80, height: Int = 24) -> Browser {
        var b = Support.browser(width: width, height: height)
        b.openReader(essay: corpus.essays.firstIndex { $0.id == essayID }!)
        for key in Support.parse(keys) { b.handle(key) }
        return b
    }

    /// How often a word occurs in an essay, case ignored: what the search must count.
    func occurrences(of word: String, in essayID: String) -> Int {
        let text = corpus.essays.first { $0.id == essayID }!.text.lowercased()
        return text.components(separatedBy: word.lowercased()).count - 1
    }

    func lineOf(_ b: Browser, offset: Int) -> Int { b.reader!.text.line(at: offset) }

    @Test func slashSearchesTheTextInsteadOfRunningCommands() {
        let total = occurrences(of: "russians", in: "galeotti")
        #expect(total > 5)
        // q, n and G would be commands; in the prompt they are the query.
        var b = reader("galeotti", "/qnG")
        #expect(b.mode == .search && b.reader != nil)
        #expect(b.reader?.find?.query == "qnG")
        #expect(b.render(width: 80, height: 24).line(23).contains("/qnG  no match"))
        b.handle(.control("u"))
        for c in "Russians" { b.handle(.character(c)) }
        #expect(b.reader?.find?.count == "1/\(total)")
        #expect(b.render(width: 80, height: 24).line(23).hasPrefix(" /Russians  1/\(total)"))
        b.handle(.enter)
        #expect(b.mode == .reader)
        #expect(b.render(width: 80, height: 24).line(23).contains("/Russians 1/\(total)"))
        b.handle(.character("n"))
        #expect(b.reader?.find?.count == "2/\(total)")
        b.handle(.character("N"))
        b.handle(.character("N"))
        #expect(b.reader?.find?.count == "\(total)/\(total)")
        #expect(b.status == "search hit top, continuing at bottom")
    }

    @Test func theCurrentMatchIsOnScreenAndMarked() {
        var b = reader("galeotti", "/brezhnev{enter}")
        let find = b.reader!.find!
        #expect(find.matches.count == occurrences(of: "brezhnev", in: "galeotti"))
        let match = find.matches[find.current!]
        let line = lineOf(b, offset: match.lowerBound)
        let top = b.reader!.top
        #expect(line >= top && line < top + 22)
        // The match's cells are reversed and bold; the words are those of the text.
        let screen = b.render(width: 80, height: 24)
        let y = 1 + line - top
        let marked = (0..<80).filter { screen[$0, y].style.attributes.contains(.reverse) && screen[$0, y].style.attributes.contains(.bold) }
        #expect(marked.map { screen[$0, y].text }.joined().lowercased() == "brezhnev")
        b.handle(.character("G"))
        b.handle(.character("g"))
        #expect(b.reader?.top == 0)
    }

    @Test func searchIgnoresCaseAndAccentsAsTheTreeDoes() {
        let b = reader("galeotti", "/RUSSIANS")
        #expect(b.reader?.find?.matches.count == occurrences(of: "russians", in: "galeotti"))
        let c = reader("zubkovych", "/naive")
        #expect(c.reader?.find?.current != nil, "naïve is in Zubkovych's essay")
    }

    @Test func escCancelsThePromptThenTheSearchThenLeaves() {
        var b = reader("galeotti", "{pgdn}")
        let before = b.reader!.top
        for key in Support.parse("/stagnation") { b.handle(key) }
        #expect(b.reader!.top != before)
        b.handle(.escape)
        #expect(b.mode == .reader && b.reader?.find == nil && b.reader?.top == before)
        for key in Support.parse("/putin{enter}") { b.handle(key) }
        #expect(b.reader?.find != nil)
        b.handle(.escape)
        #expect(b.mode == .reader && b.reader?.find == nil)
        b.handle(.escape)
        #expect(b.mode == .tree)
    }

    @Test func aQueryNotInTheTextSaysSo() {
        let b = reader("galeotti", "/zzyzx{enter}")
        #expect(b.mode == .reader && b.reader?.find == nil)
        #expect(b.render(width: 80, height: 24).line(23).contains("no match for “zzyzx”"))
        // Without a search, n still goes through the quoted passages.
        let passages = reader("galeotti", "/zzyzx{enter}n")
        #expect(passages.reader?.claim == passages.reader?.passages.first)
    }

    @Test func theHeaderSaysWhereTheReaderIs() throws {
        var b = reader("galeotti")
        let total = b.reader!.text.lines.count
        #expect(b.render(width: 80, height: 24).line(0).hasSuffix("lines 1–22/\(total) \(22 * 100 / total)%"))
        b.handle(.character("G"))
        #expect(b.render(width: 80, height: 24).line(0).hasSuffix("lines \(total - 21)–\(total)/\(total) 100%"))
        // A text that fits says it is all there.
        let short = reader("galeotti", width: 80, height: 200)
        #expect(short.render(width: 80, height: 200).line(0).hasSuffix("all \(short.reader!.text.lines.count) lines"))
    }

    @Test func linesWrapAtAReadingWidthOnAWideTerminal() {
        let b = reader("galeotti", width: 220, height: 40)
        #expect(b.reader!.text.width == Browser.readingWidth)
        let screen = b.render(width: 220, height: 40)
        let body = (1..<39).map { screen.line($0) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(!body.isEmpty)
        for line in body {
            let text = line.drop { $0 == " " }
            #expect(line.count - text.count == 60, "centred: \(line)")
            #expect(DisplayWidth.of(String(text)) <= Browser.readingWidth)
        }
        // On a narrow terminal the text takes the width there is.
        #expect(reader("galeotti", width: 60, height: 20).reader!.text.width == 58)
    }

    @Test func markdownShowsAsFormatting() {
        let b = reader("galeotti")
        let screen = b.render(width: 80, height: 24)
        let text = screen.text
        #expect(!text.contains("#") && !text.contains("**") && !text.contains("](#)"))
        #expect(text.contains("By Mark Galeotti"))
        #expect(text.contains("Anti-war protesters in Moscow. Igor Generalov"))
        // The heading is bold; the author's name is a link.
        let heading = (0..<24).first { screen.line($0).contains("Love Bombing Moscow") && $0 > 0 }!
        let hx = screen.line(heading).range(of: "Love").map { screen.line(heading).distance(from: screen.line(heading).startIndex, to: $0.lowerBound) }!
        #expect(screen[hx, heading].style.attributes.contains(.bold))
        let by = (0..<24).first { screen.line($0).contains("By Mark Galeotti") }!
        #expect(screen[4, by].style.color == .cyan && screen[1, by].style.color == .plain)
    }

    @Test func quotesStillLightTheirExactWords() {
        // Each quoted passage of the Markdown essay, lit in turn, is its quote's words.
        var b = reader("galeotti")
        let passages = b.reader!.passages
        #expect(passages.count > 10)
        for claim in passages {
            b.handle(.character("n"))
            #expect(b.reader?.claim == claim)
            let screen = b.render(width: 80, height: 24)
            var lit = ""
            for y in 1..<23 { for x in 0..<80 where screen[x, y].style.attributes.isSuperset(of: [.reverse, .bold]) { lit += screen[x, y].text } }
            let quote = corpus.claims[claim].quote!.text
            #expect(lit.filter { !$0.isWhitespace } == quote.filter { !$0.isWhitespace }, "\(corpus.claims[claim].id)")
        }
    }

    @Test func aMapWithoutTextSaysSoInOneLine() {
        let file = "Discussion Title: Should the harbour tram be built?\n\n1. The city should build the harbour tram.\n1.1. Pro: Buses are stuck in traffic.\n"
        let source = MemorySource(files: ["tram.txt": Array(file.utf8)])
        let corpus = CorpusLoader.load(paths: ["tram.txt"], source: source).corpus
        var b = Support.browser("j", corpus: corpus)
        #expect(b.selectedEssay != nil)
        b.handle(.character("r"))
        #expect(b.mode == .tree)
        #expect(b.status == "no essay text to read: tram.txt holds only the map")
        #expect(!b.render(width: 80, height: 24).line(23).contains("r read"))
    }

    /// The essay written in Markdown as the reader shows it: heading, byline link and bold
    /// caption without their markup, the position at the right of the header.
    @Test func markdownEssaySnapshots() {
        for (w, h) in [(80, 24), (40, 12)] {
            let b = reader("galeotti", width: w, height: h)
            Support.assertSnapshot(b.render(width: w, height: h), "reader-markdown-\(w)x\(h)")
        }
    }
}
