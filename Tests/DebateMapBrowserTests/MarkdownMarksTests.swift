@testable import DebateMapBrowser
import Testing

/// What the reader hides and emphasises of an essay's Markdown, character by character.
struct MarkdownMarksTests {
    /// The text as the reader shows it, with emphasised stretches written back in brackets:
    /// `{b:…}` bold, `{i:…}` italic, `{h:…}` heading, `{l:…}` link.
    func shown(_ text: String) -> String {
        let marks = MarkdownMarks(text)
        var out = ""
        var open: String?
        for (i, ch) in text.enumerated() {
            let e = marks[i]
            if e.contains(.hidden) { continue }
            let tag = e.contains(.heading) ? "h" : e.contains(.bold) ? "b" : e.contains(.italic) ? "i" : e.contains(.link) ? "l" : nil
            if tag != open {
                if open != nil { out += "}" }
                if let tag { out += "{\(tag):" }
                open = tag
            }
            out.append(ch)
        }
        if open != nil { out += "}" }
        return out
    }

    @Test func theMarkupOfAnEssayIsHiddenAndItsWordsKept() {
        #expect(shown("# Love Bombing Moscow") == "{h:Love Bombing Moscow}")
        #expect(shown("## **Soft North Koreanization**") == "{h:Soft North Koreanization}")
        #expect(shown("By [Mark Galeotti](#)") == "By {l:Mark Galeotti}")
        #expect(shown("a **bold** and *italic* and _also_ word") == "a {b:bold} and {i:italic} and {i:also} word")
        #expect(shown("see [the *report*](https://example.org/x)") == "see {l:the }{i:report}")
        #expect(shown("Kialo writes \\(1\\) and \\*not italic\\*") == "Kialo writes (1) and *not italic*")
    }

    @Test func plainTextIsLeftAsWritten() {
        for text in ["2 * 3 * 4 = 24", "snake_case_name and x_y", "a # that is not a heading", "#hashtag", "[1] a footnote",
                     "an [unclosed link(", "**never closed", "line one **\nline two**", "* a list item"] {
            #expect(shown(text) == text, "\(text)")
        }
    }
}
