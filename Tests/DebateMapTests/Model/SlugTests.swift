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

    @Test func sha256OfKnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(String(repeating: "a", count: 1000).utf8)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// Lengths around the block size: the padding takes one block or two.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func sha256AtBlockBoundaries(length: Int, hex: String) {
        let bytes = Array(String(repeating: "a", count: length).utf8)
        #expect(SHA256.hex(bytes) == hex)
        #expect(SHA256.hex(bytes[...]) == hex)
        #expect(SHA256.hex(AnyCollection(bytes)) == hex)
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
