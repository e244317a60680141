@testable import DebateMap
import Testing

/// An essay's default label: its author's last word, or its id when the author is unknown.
struct EssayLabelTests {
    @Test func lastWordOfTheAuthor() {
        #expect(Essay.defaultLabel(id: "galeotti", author: "Mark Galeotti") == "Galeotti")
        #expect(Essay.defaultLabel(id: "e1", author: Essay.unknown) == "e1")
        #expect(Essay.defaultLabel(id: "e1", author: "   ") == "e1")
        #expect(Essay.defaultLabel(id: "e1", author: "") == "e1")
        #expect(Essay.defaultLabel(id: "e1", author: "Автор 4391 Müller ") == "Müller")
    }

    /// The same as splitting the name into words and taking the last, on names with runs of
    /// spaces, non-ASCII letters and a combining mark after a space (one character, no space).
    @Test func agreesWithSplittingIntoWords() {
        let names = ["A", " A", "A ", "A  B", "  A B  C  ", "电车 Ж", "x \u{301}y", "x \u{301}", "Ann-Marie  O'Neil", "\u{301}"]
        for name in names {
            let expected = name.split(separator: " ").last.map(String.init) ?? "id"
            #expect(Essay.defaultLabel(id: "id", author: name) == expected, "\(name.debugDescription)")
        }
    }
}
