import DebateMap
import SeedCorpus
import Testing
import TestSupport

/// The text reports keep to the terminal's width (issue 21 item 3: `show` and `search` wrote
/// lines of 50–106 columns in a 40-column terminal): headings wrap, and the id a heading names
/// goes to the line below when the line cannot hold it. Only a line ending in a long word (an
/// id or a path, wider than half the width, set in a field's column) may pass the width,
/// since words are never broken on the command line.
struct TextReportWidthTests {
    static let corpus = SeedCorpus.load().corpus

    /// Lines wider than `width` that do not end in such a word.
    static func overflowing(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            let last = line.split(separator: " ").last.map(String.init) ?? ""
            return TextLayout.width(line) > width && TextLayout.width(last) <= width / 2
        }
    }

    @Test(arguments: [40, 50, 80])
    func searchOpposingAndShowFitTheWidth(width: Int) throws {
        let reports = TextReports(corpus: Self.corpus, style: .plain, width: width)
        let claim = try #require(Self.corpus.claims.indices.first { !Self.corpus.opponents(of: $0).isEmpty })
        let hits = SearchIndex(corpus: Self.corpus).search("asylum")
        let texts = [
            "search": reports.search("asylum", hits: hits),
            "opposing": reports.opposing(claim),
            "show": reports.show(.claim(claim)),
        ]
        for (name, text) in texts {
            #expect(Self.overflowing(text, width: width).isEmpty, "\(name) at \(width): \(Self.overflowing(text, width: width).prefix(3))")
        }
        // The id is still there whole, after its heading or below it.
        #expect(texts["opposing"]!.contains("[" + Self.corpus.claims[claim].id + "]"))
    }
}
