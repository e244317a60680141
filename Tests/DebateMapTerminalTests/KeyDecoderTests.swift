import DebateMapBrowser
@testable import DebateMapTerminal
import Testing

/// Characters as ncurses' `get_wch` gives them, turned into keys.
struct KeyDecoderTests {
    @Test func controlCodesAreNamedKeysOrCtrlLetters() {
        #expect(KeyReader.character(0x0D) == .enter && KeyReader.character(0x0A) == .enter)
        #expect(KeyReader.character(0x1B) == .escape)
        #expect(KeyReader.character(0x7F) == .backspace && KeyReader.character(0x08) == .backspace)
        #expect(KeyReader.character(0x09) == .tab)
        #expect(KeyReader.character(0x04) == .control("d") && KeyReader.character(0x15) == .control("u"))
        // The rest of C0 and all of C1 are no keys.
        #expect(KeyReader.character(0x1C) == nil && KeyReader.character(0x85) == nil && KeyReader.character(0x00) == nil)
    }

    @Test func printableCharactersArriveWhole() {
        #expect(KeyReader.character(UInt32(UInt8(ascii: "o"))) == .character("o"))
        #expect(KeyReader.character(0x0416) == .character("Ж"))
        #expect(KeyReader.character(0x1F642) == .character("🙂"))
        #expect(KeyReader.character(0xD800) == nil)  // a lone surrogate is no character
    }
}
