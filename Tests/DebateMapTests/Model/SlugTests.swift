import DebateMap
import Testing

struct SlugTests {
    @Test(arguments: [
        ("Galeotti: ease travel", "galeotti-ease-travel"),
        ("  Müller — build!  ", "muller-build"),
        ("Петров: 2 мосты", "петров-2-мосты"),
        ("***", ""),
    ])
    func slugs(title: String, id: String) {
        #expect(Slug.make(title) == id)
    }

    @Test func safeTextShowsControlsAsPlaceholders() {
        #expect(SafeText.clean("a\u{1B}[31mb") == "a^[[31mb")
        #expect(SafeText.clean("x\u{202E}y\u{2066}") == "x⟨U+202E⟩y⟨U+2066⟩")
        #expect(SafeText.clean("t\tu\u{7F}\u{85}") == "t u^?⟨U+0085⟩")
        #expect(SafeText.clean("l1\nl2") == "l1^Jl2")
        #expect(SafeText.clean("l1\nl2", keepNewlines: true) == "l1\nl2")
        #expect(SafeText.clean("plain Ünïcödé 漢字") == "plain Ünïcödé 漢字")
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("Петров") == 6)
    }
}
