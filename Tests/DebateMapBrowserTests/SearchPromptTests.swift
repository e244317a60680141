@testable import DebateMap
import DebateMapBrowser
import Testing

/// The search prompt as people who use vim and less expect it (issue 22): accents match
/// whether the text is composed or decomposed, Ctrl-W and Ctrl-U edit the query, and a
/// search that wraps says so.
struct SearchPromptTests {
    @Test func aDecomposedQueryFindsComposedText() {
        // "naïve" is written composed in Zubkovych's quote; typed as i + U+0308 it still matches.
        let b = Support.browser("/nai\u{0308}ve{enter}")
        #expect(b.selectedClaimID == "zubkovych-hosting-the-opposition", "\(b.status ?? "")")
    }

    @Test func decomposedTextIsFoundByAPlainQuery() throws {
        var corpus = Support.seed
        let c = try #require(corpus.claims.firstIndex { $0.id == "zubkovych-grave-mistake" })
        corpus.claims[c].text = "A re\u{0301}sume\u{0301} of the case, decomposed."
        for query in ["resume", "résumé", "re\u{0301}sume\u{0301}", "RÉSUMÉ"] {
            let b = Support.browser("/\(query){enter}", corpus: corpus)
            #expect(b.selectedClaimID == "zubkovych-grave-mistake" && b.status == "1/1", "\(query): \(b.status ?? "")")
        }
    }

    @Test func foldingIsTheSameComposedOrDecomposed() {
        #expect(TextFold.fold("re\u{0301}sume\u{0301}") == "resume")
        #expect(TextFold.fold("Résumé") == "resume")
        #expect(TextFold.fold("и\u{0306}") == TextFold.fold("й"))
        var folder = TextFold.Folder()
        var bytes: [UInt8] = []
        folder.append("Cafe\u{0301} NAI\u{0308}VE", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "cafe naive")
    }

    @Test func ctrlWDeletesAWordAndCtrlUTheQuery() {
        var b = Support.browser("/visa grant")
        #expect(b.query == "visa grant")
        b.handle(.control("w"))
        #expect(b.query == "visa ")
        #expect(b.mode == .search)
        #expect(!b.matches.isEmpty, "the shorter query searches again")
        b.handle(.control("w"))
        #expect(b.query == "")
        b = Support.browser("/visa   ")
        b.handle(.control("w"))
        #expect(b.query == "")
        b = Support.browser("/visa grant")
        b.handle(.control("u"))
        #expect(b.query == "" && b.matches.isEmpty && b.mode == .search)
        b.handle(.character("n"))
        b.handle(.character("a"))
        #expect(b.query == "na" && !b.matches.isEmpty)
    }

    @Test func aWrappedSearchSaysSo() {
        var b = Support.browser("/visa{enter}")
        let total = b.matches.count
        #expect(total > 2 && b.status == "1/\(total)")
        b.handle(.character("N"))
        #expect(b.status == "\(total)/\(total)  search hit top, continuing at bottom")
        b.handle(.character("n"))
        #expect(b.status == "1/\(total)  search hit bottom, continuing at top")
        b.handle(.character("n"))
        #expect(b.status == "2/\(total)")
    }
}
