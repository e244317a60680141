import DebateMap
import SyntheticCorpus
import Testing

/// The UTF-8 check agrees with the standard library on what is valid, and points at the
/// first bad byte, on random bytes biased towards the tricky lead bytes.
struct UTF8CheckTests {
    @Test func agreesWithTheStandardLibrary() {
        var random = SplitMix(seed: 42)
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("свобода ".utf8), Array("数据 ".utf8), Array("😀".utf8),
            Array("a longer run of ascii, past sixteen bytes, ".utf8), Array("свобода и мир, Ελλάδα ".utf8), Array("é".utf8),
            [0xC0, 0x80], [0xC2], [0xDF, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFF],
        ]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next(in: 0...12)) { bytes += pieces[Int(random.next(in: 0...UInt64(pieces.count - 1)))] }
            let bad = UTF8Check.firstInvalidOffset(bytes)
            #expect((bad == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            if let bad {
                #expect(String(validating: bytes[..<bad], as: UTF8.self) != nil, "\(bytes)")
            }
        }
    }
}

/// Folding many texts into one buffer gives, text by text, what folding each alone gives.
struct TextFoldFolderTests {
    @Test func folderAgreesWithFoldedBytes() {
        // With the one fold below U+0800 longer than three bytes (Armenian և → եւ, four), which
        // ends the folder's stretch of written room: alone, in runs and at either end.
        let texts = ["Müller", "ИВАН Петров", "Ζürich façade ŒUVRE", "ﬁne ß straße", "e\u{301}te\u{301}", "数据 and 😀", "", "ASCII only",
                     "և", "ևև Ǆ½ ևx", "x" + String(repeating: "և Ǆ ", count: 30) + "Ω", String(repeating: "Ab", count: 500)]
        var folder = TextFold.Folder()
        for _ in 0..<2 {  // the second time from what the folder remembers
            var all: [UInt8] = []
            for text in texts {
                var out: [UInt8] = []
                folder.append(text, to: &out)
                #expect(out == TextFold.foldedBytes(text), "\(text)")
                folder.append(text, to: &all)
            }
            // Appended one after another to one buffer, each lands after the last.
            #expect(all == texts.flatMap { TextFold.foldedBytes($0) })
        }
    }
}
