@testable import DebateMap
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
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((bad == nil) == valid, "\(bytes)")
            #expect(UTF8Check.isValid(bytes) == valid, "\(bytes)")
            #expect(UTF8Check.isValidBytewise(bytes) == valid, "\(bytes)")
            if let bad {
                #expect(String(validating: bytes[..<bad], as: UTF8.self) != nil, "\(bytes)")
            }
        }
    }
}

/// The sixteen-bytes-at-a-time check judges a byte with up to three bytes before it, across
/// the edges of its blocks: every pair of bytes, and every three- and four-byte sequence
/// whose bytes come from each range the rules tell apart, at every place in a block and at
/// the end, gets the standard library's answer.
struct UTF8ValidityTests {
    /// Bytes at either end of each range the rules of UTF-8 tell apart.
    static let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF]

    func expectAgreement(_ sequence: [UInt8]) {
        let valid = String(validating: sequence, as: UTF8.self) != nil
        // At each place across the first block's edge, after ASCII and after valid text,
        // and last in the bytes (a sequence cut short by the end).
        for offset in [0, 1, 13, 14, 15, 16, 31] {
            for before in [UInt8(ascii: "a"), 0xD0] {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: offset)
                if before == 0xD0, offset >= 2 { bytes[offset - 2] = 0xD0; bytes[offset - 1] = 0xB6 }  // ж
                bytes += sequence
                #expect(UTF8Check.isValid(bytes) == valid, "\(bytes)")
                bytes += [UInt8](repeating: UInt8(ascii: "z"), count: 20)
                #expect(UTF8Check.isValid(bytes) == valid, "\(bytes)")
            }
        }
    }

    @Test func everyPairOfBytes() {
        for first in 0...255 {
            for second in 0...255 {
                let pair = [UInt8(first), UInt8(second)]
                let valid = String(validating: pair, as: UTF8.self) != nil
                #expect(UTF8Check.isValid(pair) == valid, "\(pair)")
                #expect(UTF8Check.isValidBytewise(pair) == valid, "\(pair)")
                // Ending a block: the pair at bytes 15 and 16, then more text.
                let across = [UInt8](repeating: 0x20, count: 15) + pair + [0x20, 0x20]
                #expect(UTF8Check.isValid(across) == valid, "\(across)")
            }
        }
    }

    @Test func threeAndFourByteSequencesEverywhereInABlock() {
        for lead in UTF8ValidityTests.edges {
            for second in UTF8ValidityTests.edges {
                for third in UTF8ValidityTests.edges {
                    expectAgreement([lead, second, third])
                    for fourth in [UInt8(0x41), 0x80, 0xBF, 0xC0] { expectAgreement([lead, second, third, fourth]) }
                }
            }
        }
    }

    @Test func textsOfEveryLengthAndOneBadByte() {
        let text = Array("Свобода — 自由, Ελευθερία und Freiheit 😀 é".utf8)
        for length in 0...text.count {
            let part = Array(text[..<length])
            #expect(UTF8Check.isValid(part) == (String(validating: part, as: UTF8.self) != nil), "\(part)")
            guard length > 0 else { continue }
            for bad: UInt8 in [0x80, 0xC0, 0xFF, 0x41] {
                var broken = part
                broken[length - 1] = bad
                #expect(UTF8Check.isValid(broken) == (String(validating: broken, as: UTF8.self) != nil), "\(broken)")
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
