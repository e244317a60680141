import DebateMap
import Testing

/// The Argdown-subset parser: each construct, each error, with exact line and column.
struct ArgdownParserTests {
    func parse(_ text: String) -> (ArgdownDocument, [Diagnostic]) {
        ArgdownParser.parse(Array(text.utf8), file: "t.argdown")
    }

    func messages(_ text: String) -> [String] {
        parse(text).1.map { "\($0.location!.line):\($0.location!.column): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func frontMatterIsKeptAsYAMLWithItsLocation() {
        let (doc, diags) = parse("\n===\nid: x\ntitle: T\n===\n# H\n")
        #expect(diags.isEmpty)
        #expect(doc.frontMatter?.yaml == "id: x\ntitle: T\n")
        #expect(doc.frontMatter?.location.line == 2)
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(messages("===\nid: x\n") == ["1:1: error: front matter opened with `===` is never closed"])
    }

    @Test func headingWithDataAndTags() {
        let (doc, diags) = parse("## Asylum {topic: asylum, stance: against, summary: \"No, not now.\"} #hot\n")
        #expect(diags.isEmpty)
        guard case .heading(let h) = doc.blocks.first else { Issue.record("no heading"); return }
        #expect(h.level == 2)
        #expect(h.title == "Asylum")
        #expect(h.data?["topic"] == .string("asylum"))
        #expect(h.data?["stance"] == .string("against"))
        #expect(h.data?["summary"] == .string("No, not now."))
        #expect(h.tags == ["hot"])
        #expect(h.location == SourceLocation(file: "t.argdown", line: 1, column: 1))
    }

    @Test func statementDefinitionWithQuoteTagsAndLocation() {
        let (doc, diags) = parse("  [Zürich claim]: Trams are good. {quote: \"Trams \\\"work\\\"\"} #(public transport) #x\n")
        #expect(diags.isEmpty)
        let s = doc.statements[0]
        #expect(s.title == "Zürich claim")
        #expect(s.text == "Trams are good.")
        #expect(s.data?["quote"] == .string("Trams \"work\""))
        #expect(s.tags == ["public transport", "x"])
        #expect(s.location.line == 1 && s.location.column == 3)
        #expect(s.link == nil)
    }

    /// Each statement's children in file order, however deep and however the indentation
    /// steps back; the resolver and the general reader walk trees through these.
    @Test func treesKeepTheirChildrenInFileOrder() {
        let (doc, diags) = parse("""
            [A]: a
              + [B]: b
                - [C]: c
                - [D]: d
              - [E]: e
                  + [F]: f
              <- [G]: g
            [H]: h
              + [I]: i

            """)
        #expect(diags.isEmpty, "\(diags)")
        let titles = doc.statements.map(\.title)
        func children(_ title: String) -> [String] { doc.children(of: titles.firstIndex(of: title)!).map { titles[$0] } }
        #expect(children("A") == ["B", "E", "G"])
        #expect(children("B") == ["C", "D"])
        #expect(children("E") == ["F"])
        #expect(children("H") == ["I"])
        #expect(children("C").isEmpty && children("G").isEmpty)
        #expect(doc.statements.map { $0.parent.map { titles[$0] } ?? "-" } == ["-", "A", "B", "B", "A", "E", "A", "-", "H"])
    }

    @Test func referenceAndMention() {
        let (doc, diags) = parse("[A]: See @[B] here.\n  - [B]\n")
        #expect(diags.isEmpty)
        #expect(doc.statements[0].mentions.map(\.title) == ["B"])
        #expect(doc.statements[0].mentions[0].location.column == 10)
        #expect(doc.statements[1].isReference)
        #expect(doc.statements[1].parent == 0)
    }

    @Test(arguments: [
        ("+", Claim.Link.supports), ("<+", .supports), ("-", .attacks), ("<-", .attacks),
        ("+>", .supportedByParent), ("->", .attackedByParent), ("><", .contradicts),
    ])
    func relationMarkers(marker: String, link: Claim.Link) {
        let (doc, diags) = parse("[A]: a\n  \(marker) [B]: b\n")
        #expect(diags.isEmpty)
        #expect(doc.statements[1].link == link)
        #expect(doc.statements[1].parent == 0)
        #expect(doc.statements[1].markerLocation?.column == 3)
    }

    @Test func indentationNestsRelativeToTheLinesAbove() {
        let text = """
            [A]: a
                + [B]: b
                        - [C]: c
                    + [D]: d
                - [E]: e
            [F]: f
            """
        let (doc, diags) = parse(text)
        #expect(diags.isEmpty)
        let parents = doc.statements.map { $0.parent.map { doc.statements[$0].title } ?? "-" }
        #expect(parents == ["-", "A", "B", "B", "A", "-"])
    }

    @Test func tabsCountAsFourSpaces() {
        let (doc, _) = parse("[A]: a\n\t+ [B]: b\n    \t- [C]: c\n    + [D]: d\n")
        #expect(doc.statements.map { $0.parent } == [nil, 0, 1, 0])
    }

    @Test func continuationLinesJoinTheText() {
        let (doc, diags) = parse("[A]: first part\nsecond part {quote: \"q\"}\n\n[B]: b\n")
        #expect(diags.isEmpty)
        #expect(doc.statements[0].text == "first part second part")
        #expect(doc.statements[0].data?["quote"] == .string("q"))
    }

    @Test func commentsOfAllThreeKindsAreSkipped() {
        let text = """
            // a line comment
            [A]: a // trailing
            /* a block
               over lines */
            <!-- html
            comment -->
              + [B]: http://example.org/x stays
            """
        let (doc, diags) = parse(text)
        #expect(diags.isEmpty)
        #expect(doc.statements.map(\.text) == ["a", "http://example.org/x stays"])
        #expect(doc.statements[1].parent == 0)
    }

    @Test func escapesInTitlesAndText() {
        let (doc, _) = parse("[A \\] b]: x \\#notatag \\{y\\}\n")
        #expect(doc.statements[0].title == "A ] b")
        #expect(doc.statements[0].text == "x #notatag {y}")
        #expect(doc.statements[0].tags.isEmpty)
    }

    @Test func untitledStatementsAreNumbered() {
        let (doc, _) = parse("Just a text.\n  + Another.\n")
        #expect(doc.statements.map(\.title) == ["Untitled 1", "Untitled 2"])
        #expect(doc.statements.allSatisfy { !$0.hasTitle })
    }

    @Test func dataMaySpanLines() {
        let (doc, diags) = parse("[A]: a {quote: \"one\n  two\", note: [x, y]}\n[B]: b\n")
        #expect(diags.isEmpty)
        #expect(doc.statements[0].data?["quote"] == .string("one   two"))
        #expect(doc.statements[0].data?["note"] == .list([.string("x"), .string("y")]))
        #expect(doc.statements[1].location.line == 3)
    }

    @Test func plainScalarsOnOneLineAndOverSeveral() {
        let (doc, diags) = parse("[A]: a {topic:  asylum , url: http://x.org/a:b, note: one\n  two, key:value}\n[B]: b\n")
        #expect(diags.isEmpty)
        let data = doc.statements[0].data
        #expect(data?["topic"] == .string("asylum"))
        #expect(data?["url"] == .string("http://x.org/a:b"))  // a colon not followed by a space stays
        #expect(data?["note"] == .string("one   two"))  // the line break is a space, as in a quoted one
        #expect(data?["key"] == .string("value"))  // in a key, any colon ends it
        #expect(doc.statements[1].location.line == 3)
    }

    @Test func nullIsPlainOnlyAQuotedNullIsAString() {
        let (doc, diags) = parse("[A]: a {quote: \"null\", b: null, c: ~, d: '~', e: nullish}\n")
        #expect(diags.isEmpty)
        let data = doc.statements[0].data
        #expect(data?["quote"] == .string("null"))
        #expect(data?["b"] == .null)
        #expect(data?["c"] == .null)
        #expect(data?["d"] == .string("~"))
        #expect(data?["e"] == .string("nullish"))
    }

    @Test func singleQuotedAndUnicodeEscapes() {
        let (doc, diags) = parse("[A]: a {quote: 'it''s', b: \"\\u00e9\\x41\"}\n")
        #expect(diags.isEmpty)
        #expect(doc.statements[0].data?["quote"] == .string("it's"))
        #expect(doc.statements[0].data?["b"] == .string("éA"))
    }

    // MARK: Errors, each at its exact place

    @Test func argumentsAreNotSupportedYet() {
        #expect(messages("[A]: a\n  + <Arg>: an argument\n") == ["2:5: error: Argdown arguments `<Title>` are not supported in essay maps (only in general Argdown files)"])
    }

    @Test func premiseConclusionStructuresAreNotSupportedYet() {
        #expect(messages("(1) P\n----\n(2) C\n") == [
            "1:1: error: premise–conclusion structures (numbered premises) are not supported in essay maps (only in general Argdown files)",
            "2:1: error: inference lines (`----`) of premise–conclusion structures are not supported in essay maps (only in general Argdown files)",
            "3:1: error: premise–conclusion structures (numbered premises) are not supported in essay maps (only in general Argdown files)",
        ])
    }

    @Test func undercutsAreNotSupportedYet() {
        #expect(messages("[A]: a\n  _ [B]: b\n    + [C]: c\n") == ["2:3: error: undercuts (`_`, `<_`, `_>`) are not supported in essay maps (only in general Argdown files)"])
    }

    @Test func aRelationMarkerWithNothingAfterIt() {
        // Not an untitled claim with no quote: the marker itself is the mistake.
        #expect(messages("[A]: a\n  - \n  + [B]: b\n") == ["2:3: error: a relation marker needs a statement after it: `[Title]: text` or `[Title]`"])
        #expect(messages("[A]: a\n  + ") == ["2:3: error: a relation marker needs a statement after it: `[Title]: text` or `[Title]`"])
    }

    @Test func unknownRelation() {
        #expect(messages("[A]: a\n  => [B]: b\n") == ["2:3: error: unknown relation `=>`: a relation is one of + <+ - <- +> -> ><"])
    }

    @Test func relationWithoutAParent() {
        #expect(messages("  + [B]: b\n") == ["1:3: error: a relation needs a statement above it, indented less"])
    }

    @Test func unclosedTitle() {
        #expect(messages("[A: a\n") == ["1:1: error: `[` is never closed on this line"])
    }

    @Test func emptyTitle() {
        #expect(messages("[]: a\n") == ["1:1: error: empty title `[]`"])
    }

    @Test func textAfterAReference() {
        #expect(messages("[A] and more\n") == ["1:1: error: text after the reference `[A]`: write `[A]: text` to define a statement"])
    }

    @Test func colonWithoutText() {
        #expect(messages("[A]:\n") == ["1:1: error: the statement `[A]` has a colon but no text"])
    }

    @Test func unclosedData() {
        #expect(messages("[A]: a {quote: \"x\"\n") == ["1:8: error: `{` is never closed"])
    }

    @Test func unclosedQuotedString() {
        #expect(messages("[A]: a {quote: \"x}\n") == ["1:16: error: the quoted string is never closed"])
    }

    @Test func duplicateDataKey() {
        #expect(messages("[A]: a {quote: x, quote: y}\n") == ["1:19: error: the key `quote` is given twice"])
    }

    @Test func unknownEscape() {
        #expect(messages("[A]: a {quote: \"\\q\"}\n") == ["1:17: error: unknown escape `\\q` in a quoted string"])
    }

    @Test func textAfterData() {
        #expect(messages("[A]: a {quote: x} more\n") == ["1:19: error: text after the data `{…}`: the data must come last"])
    }

    @Test func unclosedBlockComment() {
        #expect(messages("[A]: a\n/* never\n") == ["2:1: error: `/*` comment is never closed"])
    }

    @Test func invalidUTF8IsReportedAtItsByte() {
        var bytes = Array("[A]: caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\n".utf8)
        let (_, diags) = ArgdownParser.parse(bytes, file: "t.argdown")
        #expect(diags.map(\.message) == ["the file is not valid UTF-8 (byte 0xE9)"])
        #expect(diags.first?.location?.column == 9)
    }

    @Test func deepNestingOfDataIsRefusedNotCrashed() {
        let deep = String(repeating: "{a: ", count: 10_000)
        let (_, diags) = parse("[A]: a \(deep)\n")
        #expect(diags.first?.message.contains("nested deeper") == true)
    }

    @Test func columnsCountUnicodeScalars() {
        #expect(messages("[Ä]: ü\n  + <X>\n") == ["2:5: error: Argdown arguments `<Title>` are not supported in essay maps (only in general Argdown files)"])
        let (doc, _) = parse("[Петров]: a @[Ж]\n")
        #expect(doc.statements[0].mentions[0].location.column == 13)
    }
}
