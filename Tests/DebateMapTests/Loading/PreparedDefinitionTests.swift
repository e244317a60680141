@testable import DebateMap
import Testing

/// What a loader thread prepares for the resolver about each definition: the title's hash,
/// the hash of the id it makes, and the quote's state and place.
struct PreparedDefinitionTests {
    static let map = """
        # Tram {topic: tram, stance: for, summary: "Build it."}

        [Build Ñ]: The city should build the tram. {quote: "The city should build the tram."}
          + [Slow]: Buses are slow. {quote: "Not in the text."}
          - [Build Ñ]
          + [***]: No quote at all.
          + [Empty]: An empty quote. {quote: ""}
          + [List]: A list. {quote: [a, b]}

        """

    @Test func eachDefinitionPrepared() {
        let (document, _) = ArgdownParser.parse(Array(Self.map.utf8), file: "m.argdown")
        let text = Array("The city should build the tram. Buses are slow.".utf8)
        var slugs = Slug.Maker()
        let prepared = PreparedDefinition.make(document.statements, text: text, slugs: &slugs)
        #expect(prepared.count == document.statements.count)
        for (s, statement) in document.statements.enumerated() where statement.text != nil {
            #expect(prepared[s].titleHash == ClaimTable.hash(statement.title))
            let id = Slug.make(statement.title)
            #expect(prepared[s].idIsEmpty == id.isEmpty)
            #expect(prepared[s].idHash == ClaimTable.hash(id.isEmpty ? "claim" : id))
        }
        #expect(prepared.map(\.quote) == [.written, .written, .absent, .absent, .notAString, .notAString])
        #expect(prepared.map { $0.quoteLocation.map { "\($0.line):\($0.column)" } } == ["3:52", "4:37", nil, nil, "7:38", "8:29"])
        #expect(prepared[0].span == QuoteSpan(start: 0, end: 31, byteStart: 0, byteEnd: 31))
        #expect(prepared[1].span.isMissing && prepared[2].span.isMissing)
        #expect(prepared[2].titleHash == 0 && prepared[2].idHash == 0)  // the reference: nothing prepared
        #expect(prepared[3].idIsEmpty && prepared[3].idHash == ClaimTable.hash("claim"))
    }

    /// Without the essay's text (it could not be read), quotes are still told apart, and none has a span.
    @Test func withoutTheText() {
        let (document, _) = ArgdownParser.parse(Array(Self.map.utf8), file: "m.argdown")
        var slugs = Slug.Maker()
        let prepared = PreparedDefinition.make(document.statements, text: nil, slugs: &slugs)
        #expect(prepared.map(\.quote) == [.written, .written, .absent, .absent, .notAString, .notAString])
        #expect(prepared.allSatisfy { $0.span.isMissing })
    }
}
