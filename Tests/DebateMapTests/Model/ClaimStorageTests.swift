@testable import DebateMap
import Testing

/// A claim stores less than it shows (its id only when it is not the title's slug; tags, a
/// source and a rule in one box; a quote as a range of its essay): what it shows, compares
/// and hashes must be as if it held each field itself.
struct ClaimStorageTests {
    func claim(id: String, title: String) -> Claim {
        Claim(id: id, title: title, text: "t", essay: 0, topic: 0, position: 0)
    }

    @Test func theIDGivenIsTheIDKeptWhetherOrNotItIsTheSlug() {
        #expect(claim(id: "galeotti-ease-travel", title: "Galeotti: ease travel").id == "galeotti-ease-travel")
        #expect(claim(id: "galeotti-ease-travel-2", title: "Galeotti: ease travel").id == "galeotti-ease-travel-2")
        #expect(claim(id: "claim", title: "***").id == "claim")
        #expect(claim(id: "", title: "***").id == "")
        #expect(claim(id: "петров-2-мосты", title: "Петров: 2 мосты").id == "петров-2-мосты")
    }

    @Test func renamingAClaimKeepsItsID() {
        var slugged = claim(id: "old-title", title: "Old title")
        slugged.title = "New title"
        #expect(slugged.id == "old-title")
        #expect(slugged.title == "New title")
        var suffixed = claim(id: "old-title-2", title: "Old title")
        suffixed.title = "Old  title!"
        #expect(suffixed.id == "old-title-2")
        // Renamed back to the title its id is the slug of: the same claim as one made so.
        slugged.title = "Old title"
        #expect(slugged == claim(id: "old-title", title: "Old title"))
        #expect(slugged.hashValue == claim(id: "old-title", title: "Old title").hashValue)
    }

    @Test func settingTheIDToTheSlugOrAwayFromIt() {
        var c = claim(id: "a-b", title: "A b")
        c.id = "other"
        #expect(c.id == "other")
        #expect(c != claim(id: "a-b", title: "A b"))
        c.id = "a-b"
        #expect(c == claim(id: "a-b", title: "A b"))
    }

    @Test func claimsCompareByWhatTheyShow() {
        #expect(claim(id: "x", title: "X") == claim(id: "x", title: "X"))
        #expect(claim(id: "x", title: "X") != claim(id: "x-2", title: "X"))
        #expect(claim(id: "x", title: "X") != claim(id: "x", title: "X!"))
        #expect(Set([claim(id: "x", title: "X"), claim(id: "x", title: "X"), claim(id: "x-2", title: "X")]).count == 2)
    }

    @Test func tagsSourceAndRuleAreSetApart() {
        var c = claim(id: "x", title: "X")
        #expect(c.tags.isEmpty && c.source == nil && c.inferenceRule == nil)
        c.tags = ["a", "b"]
        c.source = "Kialo"
        #expect(c.tags == ["a", "b"] && c.source == "Kialo" && c.inferenceRule == nil)
        c.inferenceRule = "modus ponens"
        c.tags = []
        #expect(c.tags.isEmpty && c.source == "Kialo" && c.inferenceRule == "modus ponens")
        c.source = nil
        c.inferenceRule = nil
        #expect(c == claim(id: "x", title: "X"))
        let tagged = Claim(id: "x", title: "X", text: "t", tags: ["a"], essay: 0, topic: 0, position: 0)
        #expect(tagged.tags == ["a"])
        #expect(tagged != claim(id: "x", title: "X"))
    }

    @Test func aLocatedQuoteShowsItsWordsAndEqualsOneMadeOfThem() {
        let essay = "Ёлка — «naïve» façade. 数据 end."
        let utf8 = Array(essay.utf8)
        let from = utf8.firstIndex(of: UInt8(ascii: "n"))!
        let to = utf8.firstIndex(of: UInt8(ascii: "."))!
        let located = Quote(in: essay, bytes: from..<to, start: 9, end: 22)
        #expect(located.text == "naïve» façade")
        #expect(String(located.words) == "naïve» façade")
        let made = Quote(text: "naïve» façade", start: 9, end: 22)
        #expect(located == made)
        #expect(located.hashValue == made.hashValue)
        #expect(located != Quote(text: "naïve» façade", start: 9, end: 23))
        #expect(located != Quote(text: "naive» façade", start: 9, end: 22))
        var edited = located
        edited.text = "other words"
        #expect(edited.text == "other words" && edited.start == 9 && edited.end == 22)
    }
}
