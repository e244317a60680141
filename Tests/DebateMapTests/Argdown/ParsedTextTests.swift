import DebateMap
import Testing

/// A statement's text is made straight from the file's string when it is one unchanged run
/// of the file, and from the bytes gathered otherwise: both ways must give the text the
/// format defines, in a valid file and in one with a bad byte (where there is no string of
/// the whole file to take it from).
struct ParsedTextTests {
    /// Texts that are not one run of the file: something was cut out of the middle or changed.
    static let brokenRuns = """
        [Блок]: один /* прочь */ два
        [Тег]: один #тег два
        [Таб]: один\tдва
        [Эскейп]: один \\#два
        [Данные]: один {quote: "цитата"}
        [Ссылка]: см. @[Блок] и дальше
        [Запятая]: a, b
        """

    static let expected = [
        "один  два",          // the comment's place keeps the spaces on both sides
        "один  два",          // the tag too
        "один два",           // a tab in the text is a space
        "один #два",
        "один",
        "см. @[Блок] и дальше",  // a mention stays in the text as written: one run
        "a, b",
    ]

    @Test func textsAreTheSameWhicheverWayTheyAreMade() {
        let (doc, diags) = ArgdownParser.parse(Array(ParsedTextTests.brokenRuns.utf8), file: "t.argdown")
        #expect(diags.isEmpty)
        #expect(doc.statements.map(\.text) == ParsedTextTests.expected)
        #expect(doc.statements[4].data?["quote"] == .string("цитата"))
        #expect(doc.statements[5].mentions.map(\.title) == ["Блок"])
    }

    @Test func aFileWithABadByteGivesTheSameTextsAroundIt() {
        // A bad byte on a line of its own: every statement is still read, and the same.
        var bytes = Array("[Плохо]: x".utf8) + [0xFF] + Array("\n".utf8)
        bytes += Array(ParsedTextTests.brokenRuns.utf8)
        let (doc, diags) = ArgdownParser.parse(bytes, file: "t.argdown")
        #expect(diags.map(\.message) == ["the file is not valid UTF-8 (byte 0xFF)"])
        #expect(doc.statements.map(\.text) == ["x\u{FFFD}"] + ParsedTextTests.expected)
        #expect(doc.statements.map(\.title).first == "Плохо")
    }

    @Test func aContinuationLineIsJoinedWithOneSpace() {
        let (doc, _) = ArgdownParser.parse(Array("[A]: первая\n  вторая /* x */ часть\n".utf8), file: "t.argdown")
        #expect(doc.statements.map(\.text) == ["первая вторая  часть"])
    }
}
