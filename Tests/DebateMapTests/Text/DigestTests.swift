import DebateMap
import Testing

/// The SHA-256 of a map's `sha256:` against published digests (FIPS 180-4's examples and
/// lengths around the block size), from every kind of byte collection the loader hands it.
struct DigestTests {
    @Test func knownVectors() {
        func hex(_ s: String) -> String { Digest.sha256(Array(s.utf8)) }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// Lengths around the block size (the padding takes one block or two), from an array, a
    /// slice of one that does not start at zero, and a collection without contiguous storage.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func blockBoundaries(length: Int, hex: String) {
        let bytes = Array(String(repeating: "a", count: length).utf8)
        #expect(Digest.sha256(bytes) == hex)
        #expect(Digest.sha256((Array("xyz".utf8) + bytes)[3...]) == hex)
        #expect(Digest.sha256(AnyCollection(bytes)) == hex)
    }
}
