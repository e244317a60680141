import DebateMapBrowser
@testable import DebateMapTerminal
import Testing

/// A terminal's input as the decoder reads it: bytes in reads, a read giving what has
/// arrived; a read that waits gives the next piece, one that does not wait gives nothing
/// until the piece has arrived.
private struct Wire {
    var pieces: [[RawInput]]
    var current: [RawInput] = []
    /// The waits the decoder asked for, in order.
    var waits: [Int32] = []

    init(_ pieces: [[RawInput]]) { self.pieces = pieces }
    init(_ text: String) { self.init([text.unicodeScalars.map { .character($0.value) }]) }
    init(pieces texts: [String]) { self.init(texts.map { $0.unicodeScalars.map { RawInput.character($0.value) } }) }

    mutating func read(waiting wait: Int32) -> RawInput? {
        waits.append(wait)
        if current.isEmpty, wait > 0, !pieces.isEmpty { current = pieces.removeFirst() }
        return current.isEmpty ? nil : current.removeFirst()
    }
}

/// Every key in the input, as the run loop would read them (it waits for the first).
private func keys(_ wire: inout Wire) -> [DecodedInput] {
    var decoder = KeyDecoder()
    var out: [DecodedInput] = []
    while true {
        let input = decoder.next(waiting: 100) { wire.read(waiting: $0) }
        if input == .nothing { return out }
        out.append(input)
    }
}

private func keys(_ text: String) -> [DecodedInput] {
    var wire = Wire(text)
    return keys(&wire)
}

private let esc = "\u{1B}"

struct KeyDecoderTests {
    @Test func controlCodesAreNamedKeysOrCtrlLetters() {
        #expect(KeyDecoder.character(0x0D) == .enter && KeyDecoder.character(0x0A) == .enter)
        #expect(KeyDecoder.character(0x1B) == .escape)
        #expect(KeyDecoder.character(0x7F) == .backspace && KeyDecoder.character(0x08) == .backspace)
        #expect(KeyDecoder.character(0x09) == .tab)
        #expect(KeyDecoder.character(0x04) == .control("d") && KeyDecoder.character(0x15) == .control("u"))
        // The rest of C0 and all of C1 are no keys.
        #expect(KeyDecoder.character(0x1C) == nil && KeyDecoder.character(0x85) == nil && KeyDecoder.character(0x00) == nil)
    }

    @Test func printableCharactersArriveWhole() {
        #expect(KeyDecoder.character(UInt32(UInt8(ascii: "o"))) == .character("o"))
        #expect(KeyDecoder.character(0x0416) == .character("Ж"))
        #expect(KeyDecoder.character(0x1F642) == .character("🙂"))
        #expect(KeyDecoder.character(0xD800) == nil)  // a lone surrogate is no character
    }

    /// The issue's case: End as tmux sends it under TERM=xterm-256color was Esc and `[`.
    @Test func endUnderTmuxIsOneKey() {
        #expect(keys(esc + "[4~") == [.key(.end)])
        #expect(keys(esc + "[1~") == [.key(.home)])
        #expect(keys("j" + esc + "[4~k") == [.key(.character("j")), .key(.end), .key(.character("k"))])
    }

    @Test func homeEndAndPagingInEveryFamily() {
        let cases: [(String, Key)] = [
            ("[H", .home), ("[F", .end), ("OH", .home), ("OF", .end),   // xterm, both modes
            ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end), // vt220/screen/tmux, rxvt
            ("[5~", .pageUp), ("[6~", .pageDown), ("[2~", .insert), ("[3~", .delete),
            ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left),
            ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left),
        ]
        for (sequence, key) in cases {
            #expect(keys(esc + sequence) == [.key(key)], "ESC \(sequence)")
        }
    }

    @Test func modifiersKeepTheKey() {
        let cases: [(String, Key)] = [
            ("[1;5A", .up), ("[1;2B", .down), ("[1;3C", .right), ("[1;6D", .left),  // xterm Ctrl/Shift/Alt
            ("[1;5H", .home), ("[1;2F", .end), ("[5;5~", .pageUp), ("[6;2~", .pageDown),
            ("[7^", .home), ("[8$", .end), ("[5^", .pageUp), ("[6@", .pageDown),    // rxvt Ctrl, Shift, Ctrl-Shift
            ("[a", .up), ("[b", .down), ("Oc", .right), ("Od", .left),               // rxvt Shift, Ctrl arrows
            ("O5A", .up),                                                            // old xterm
        ]
        for (sequence, key) in cases {
            #expect(keys(esc + sequence) == [.key(key)], "ESC \(sequence)")
        }
        // rxvt's Alt-arrow: ESC ESC [ A.
        #expect(keys(esc + esc + "[A") == [.key(.up)])
    }

    @Test func functionKeys() {
        let cases: [(String, Int)] = [
            ("OP", 1), ("OS", 4), ("[11~", 1), ("[15~", 5), ("[17~", 6), ("[21~", 10), ("[23~", 11), ("[24~", 12),
            ("[[A", 1), ("[[E", 5),         // linux console
            ("[1;2P", 1), ("[1;5S", 4),      // xterm, modified
        ]
        for (sequence, n) in cases {
            #expect(keys(esc + sequence) == [.key(.function(n))], "ESC \(sequence)")
        }
    }

    @Test func keypadInApplicationMode() {
        #expect(keys(esc + "Op" + esc + "Oy" + esc + "Ok" + esc + "OM") == [.key(.character("0")), .key(.character("9")), .key(.character("+")), .key(.enter)])
    }

    @Test func unknownSequencesAreSwallowedWhole() {
        // Shift-Tab, focus in, a private-mode report, an unknown number: nothing of them is typed.
        for sequence in ["[Z", "[I", "[?1;2c", "[99~", "[200~", "OZ", "[>0;10;1c"] {
            #expect(keys(esc + sequence + "j") == [.ignored, .key(.character("j"))], "ESC \(sequence)")
        }
        // A runaway sequence stops being read at a bound and costs no key after it.
        let runaway = keys(esc + "[" + String(repeating: "1", count: 100) + "~q")
        #expect(runaway.last == .key(.character("q")))
        #expect(!runaway.contains(.key(.escape)) && !runaway.contains(.key(.character("["))))
    }

    @Test func escAloneAndAltWithAKey() {
        #expect(keys(esc) == [.key(.escape)])
        #expect(keys(esc + esc) == [.key(.escape), .key(.escape)])
        #expect(keys(esc + "j") == [.key(.alt("j"))])
        #expect(keys(esc + "\r") == [.key(.escape), .key(.enter)])
        // Esc, then a key typed after it (a read later): two keys, as Alt-j is sent in one write.
        var typed = Wire(pieces: [esc, "j"])
        #expect(keys(&typed) == [.key(.escape), .key(.character("j"))])
        var twice = Wire(pieces: [esc, esc])
        #expect(keys(&twice) == [.key(.escape), .key(.escape)])
        // Esc, then a key ncurses decoded itself: two keys.
        var wire = Wire([[.character(0x1B), .code(0o403)]])
        #expect(keys(&wire) == [.key(.escape), .code(0o403)])
    }

    @Test func mouseReportsNcursesDidNotTake() {
        #expect(keys(esc + "[<0;10;5M" + esc + "[<0;10;5m") == [.key(.mouse(MouseEvent(kind: .click, x: 9, y: 4))), .ignored])
        #expect(keys(esc + "[<64;1;1M") == [.key(.mouse(MouseEvent(kind: .wheelUp, x: 0, y: 0)))])
        #expect(keys(esc + "[<65;3;2M") == [.key(.mouse(MouseEvent(kind: .wheelDown, x: 2, y: 1)))])
        // X10: button, column and row plus 32.
        #expect(keys(esc + "[M" + " *%") == [.key(.mouse(MouseEvent(kind: .click, x: 9, y: 4)))])
        #expect(keys(esc + "[M" + "#*%") == [.ignored])  // release
    }

    /// A sequence that arrives in two reads (a slow link) is still one key: the decoder waits
    /// for the rest, and only a lone ESC with nothing after it is Esc.
    @Test func sequencesSplitAcrossReads() {
        var wire = Wire(pieces: [esc, "[4~"])
        #expect(keys(&wire) == [.key(.end)])
        #expect(wire.waits.prefix(3) == [100, 0, KeyDecoder.escapeWait])

        var inBody = Wire(pieces: [esc + "[1", ";5", "A"])
        #expect(keys(&inBody) == [.key(.up)])

        var mouse = Wire(pieces: [esc + "[<0;1", "2;3M"])
        #expect(keys(&mouse) == [.key(.mouse(MouseEvent(kind: .click, x: 11, y: 2)))])

        // A broken-off sequence is swallowed; what comes after it is read as itself.
        var broken = Wire(pieces: [esc + "[1;", "\r"])
        #expect(keys(&broken) == [.ignored, .key(.enter)])
    }

    @Test func keysTypedAfterASequenceAreKept() {
        #expect(keys(esc + "[6~" + esc + "[5~" + "q") == [.key(.pageDown), .key(.pageUp), .key(.character("q"))])
        #expect(keys("Жj") == [.key(.character("Ж")), .key(.character("j"))])
    }
}
