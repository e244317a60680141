@testable import DebateMap
import Testing

/// What must never reach a terminal raw, made visible: C0 controls (ESC among them), DEL,
/// C1 controls, bidi overrides and isolates.
struct SafeTextTests {
    @Test(arguments: [
        ("a\u{1B}[2Jb", "a^[[2Jb"),                             // ESC: a CSI sequence shown, not obeyed
        ("\u{1B}]2;TITLE\u{07}", "^[]2;TITLE^G"),                // OSC setting the window title, ended by BEL
        ("\u{1B}]52;c;aGk=\u{1B}\\", "^[]52;c;aGk=^[\\"),        // OSC 52 writing the clipboard, ended by ST
        ("x\u{9B}31m", "x⟨U+009B⟩31m"),                          // the one-byte C1 CSI
        ("x\u{7F}y", "x^?y"),
        ("tab\there", "tab here"),
        ("line\nbreak", "line^Jbreak"),
        ("x\u{202E}y\u{2066}z", "x⟨U+202E⟩y⟨U+2066⟩z"),           // bidi override and isolate
        ("café — “quoted” 漢字 🙂", "café — “quoted” 漢字 🙂"),    // text stays as it is
    ])
    func controlsBecomeVisible(raw: String, shown: String) {
        #expect(SafeText.clean(raw) == shown)
        #expect(!SafeText.clean(raw).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func newlinesMayBeKept() {
        #expect(SafeText.clean("a\nb\u{1B}", keepNewlines: true) == "a\nb^[")
        #expect(SafeText.clean("a\nb", keepNewlines: true) == "a\nb")
    }

    /// `clean` reads bytes; what it replaces is exactly `isUnsafe`, scalar by scalar, and
    /// each scalar's neighbours stay as they are.
    @Test func cleanReplacesExactlyTheUnsafeScalars() {
        let values = Array(0...0x3000) + [0xFEFF, 0xFFFD, 0x1F600, 0xE0067, 0x10FFFF]
        for v in values {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let expected = SafeText.isUnsafe(s) ? SafeText.placeholder(s) : String(s)
            #expect(SafeText.clean("a" + String(s) + "é") == "a" + expected + "é", "U+\(String(v, radix: 16))")
        }
    }
}

/// Human-readable exports carry no raw control either, even to a file or a pipe: a reader will
/// `cat` them later.
struct ReadableExportSafetyTests {
    static let hostile = "a\u{1B}]2;TITLE\u{07}b\u{9B}c\u{202E}d"

    @Test func markdownShowsPlaceholders() {
        let escaped = MarkdownWriter.escape(Self.hostile)
        #expect(escaped == "a^[\\]2;TITLE^Gb⟨U+009B⟩c⟨U+202E⟩d")  // Markdown's `]` escaped as ever
        #expect(!escaped.unicodeScalars.contains { $0 != "\n" && SafeText.isUnsafe($0) })
        #expect(MarkdownWriter.escape("two\nlines") == "two lines")
    }

    @Test func dotLabelsShowPlaceholders() {
        let quoted = DOTWriter.quoted(Self.hostile)
        #expect(quoted == "\"a^[]2;TITLE^Gb⟨U+009B⟩c⟨U+202E⟩d\"")
        #expect(DOTWriter.quoted("two\nlines") == "\"two\\nlines\"")
    }
}
