import DebateMap
@testable import DebateMapBrowser
import SyntheticCorpus
import Testing

/// Problems are shown where the reader is (issue 22): the browser opens saying how many
/// there are, `!` lists them as `check` prints them, Enter goes to what each is about, and a
/// file that gave nothing opens on its problem instead of an empty tree.
struct ProblemsViewTests {
    static let files = [
        "broken.json": #"{"nodes": [ {"nodeID": 1, "text": "x", "type": "I"}, ]"# + "\n",
        "tram.txt": "Discussion Title: Trams\n\n1. Build the tram.\n1.1. Pro: Buses are slow and [2].\n1.2. Con: It costs [3].\n",
    ]

    /// A browser over some of the files, told what went wrong reading them.
    func browser(_ paths: [String], _ keys: String = "", width: Int = 80, height: Int = 24) -> Browser {
        let source = MemorySource(files: Self.files.mapValues { Array($0.utf8) })
        let result = CorpusLoader.load(paths: paths, source: source)
        var b = Support.browser(corpus: result.corpus, width: width, height: height)
        b.report(Problems(result.diagnostics, sources: result.sources))
        for key in Support.parse(keys) { b.handle(key) }
        return b
    }

    @Test func theBrowserOpensSayingWhatWentWrong() {
        let b = browser(["broken.json", "tram.txt"])
        #expect(b.mode == .tree)
        #expect(b.status == "1 error, 2 warnings — ! to show")
        #expect(b.render(width: 80, height: 24).line(23).hasPrefix(" 1 error, 2 warnings — ! to show"))
    }

    @Test func bangListsThemAsCheckPrintsThem() {
        let b = browser(["broken.json", "tram.txt"], "!")
        #expect(b.mode == .problems)
        let screen = b.render(width: 80, height: 24)
        #expect(screen.line(0).hasPrefix(" Problems › 1 error, 2 warnings"))
        #expect(screen.line(1).hasPrefix(" broken.json:1:54: error: not valid JSON: unexpected `]`"))
        #expect(screen.line(2).hasPrefix(" tram.txt:4:30: warning: the footnote [2]"))
        #expect(screen.line(3).hasPrefix(" tram.txt:5:20: warning: the footnote [3]"))
        // The chosen one in full below: its source line, and the caret under the column.
        let source = screen.line(6), caret = screen.line(7)
        #expect(source == #" {"nodes": [ {"nodeID": 1, "text": "x", "type": "I"}, ]"#)
        #expect(caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) } == 1 + 53)
        #expect(source.dropFirst(54).first == "]")
    }

    @Test func enterGoesToTheClaimItIsAbout() {
        var b = browser(["broken.json", "tram.txt"], "!j")
        #expect(b.problemsView?.index == 1)
        b.handle(.enter)
        #expect(b.mode == .tree)
        #expect(b.selectedClaim.map { b.corpus.claims[$0].text } == "Buses are slow and [2].")
        #expect(b.status == "tram.txt:4:30: warning: the footnote [2] is not listed under `Sources:`")
        // And back: the history has the place the tree was.
        b.handle(.character("["))
        #expect(b.selectedClaim == nil)
    }

    @Test func aFileThatGaveNothingOpensOnItsProblem() {
        let b = browser(["broken.json"])
        #expect(b.mode == .problems)
        #expect(b.render(width: 80, height: 24).text.contains("not valid JSON"))
    }

    @Test func withoutProblemsBangSaysSo() {
        let b = browser(["tram.txt"], "")
        var clean = Support.browser("!")
        #expect(clean.mode == .tree && clean.status == "no problems: every file was read cleanly")
        #expect(!clean.render(width: 120, height: 24).line(23).contains("! problems"))
        #expect(b.status == "2 warnings — ! to show")
        clean.handle(.escape)
        #expect(clean.status == nil)
    }

    @Test func aLongSourceLineKeepsItsCaretOnScreen() {
        let text = String(repeating: "a long text ", count: 20)
        let files = ["long.json": #"{"nodes": [{"nodeID": 1, "text": ""# + text + #"", "type": "I"}, ]}"# + "\n"]
        let source = MemorySource(files: files.mapValues { Array($0.utf8) })
        let result = CorpusLoader.load(paths: ["long.json"], source: source)
        var b = Support.browser(corpus: result.corpus, width: 40, height: 12)
        b.report(Problems(result.diagnostics, sources: result.sources))
        b.handle(.character("!"))
        let lines = b.problemPane(0, width: 39).lines.map(\.text)
        #expect(lines.count >= 3, "\(lines)")
        let caretLine = lines.first { $0.trimmingCharacters(in: .whitespaces) == "^" }!
        let column = caretLine.count - 1
        #expect(column < 39)
        let sourceLine = lines[lines.firstIndex(of: caretLine)! - 1]
        #expect(sourceLine.hasPrefix("…"))
        #expect(Array(sourceLine)[column] == "]", "\(sourceLine)\n\(caretLine)")
    }

    @Test func snapshots() {
        for (w, h) in [(80, 24), (40, 12)] {
            let b = browser(["broken.json", "tram.txt"], "!j", width: w, height: h)
            Support.assertSnapshot(b.render(width: w, height: h), "problems-\(w)x\(h)")
        }
    }
}
