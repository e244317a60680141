import DebateMap
import Testing

/// What Argdown's parser accepts and how it splits an input into elements (its
/// `parser.spec.ts` and `lexer.spec.ts`), asserted on inputs of our own: indentation and
/// blank lines, headings, list items, inference lines, line ends. Where Argdown's parser
/// reports an error, DebateMap reads on and warns at the same place.
struct ParserSpecTests {
    typealias A = ArgdownConformance

    // MARK: Indentation and blank lines

    @Test func aDedentToALevelNeverOpenedLandsBesideThatLevel() throws {
        // G is indented less than D and more than C: Argdown counts one dedent, so G stands
        // beside C, under A.
        let r = A.load("[A]: a\n  - [C]: c\n      <+ [D]: d\n    -> [G]: g\n")
        let a = try #require(A.claim(r, "a")), c = try #require(A.claim(r, "c")), g = try #require(A.claim(r, "g"))
        #expect(r.corpus.claims[g].parent == a)
        #expect(r.corpus.relations.contains { $0.from == a && $0.to == g && $0.kind == .attacks })
        #expect(!r.corpus.relations.contains { $0.from == c && $0.to == g })
        // A dedent to a level that was opened is as before: beside the claim there.
        let same = A.load("[A]: a\n  - [C]: c\n    + [D]: d\n  + [E]: e\n")
        #expect(same.corpus.claims[try #require(A.claim(same, "e"))].parent == A.claim(same, "a"))
    }

    @Test func aBlankLineEndsATree() {
        let r = A.load("[A]: a\n\n  + [B]: b\n")
        #expect(r.corpus.relations.isEmpty, "B is not under A")
        #expect(A.headlines(r) == ["map.argdown:3:3: warning: a relation with no statement above it: read as a statement of its own"])
        // Without the blank line it is A's reason.
        #expect(A.load("[A]: a\n  + [B]: b\n").corpus.relations.count == 1)
    }

    /// A statement's text runs on over indented lines, joined with spaces.
    @Test func aStatementRunsOverSeveralLines() throws {
        let r = A.load("[Long]: Here is\n  one claim written\n  over three lines.\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        #expect(r.corpus.claims[try #require(A.titled(r, "Long"))].text == "Here is one claim written over three lines.")
    }

    /// Argdown's lexer takes `+` and `-` at the start of a line as relation markers whatever
    /// follows; a marker with nothing after it relates nothing, and says so.
    @Test func aMarkerAtTheStartOfALineIsARelationEvenWithoutASpace() throws {
        let r = A.load("[Tram]: Build the tram.\n  +cheap to run\n  -slow in traffic\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let tram = try #require(A.titled(r, "Tram"))
        #expect(r.corpus.claims[tram].text == "Build the tram.")
        #expect(r.corpus.relations.contains { $0.from == A.claim(r, "cheap to run") && $0.to == tram && $0.kind == .supports })
        #expect(r.corpus.relations.contains { $0.from == A.claim(r, "slow in traffic") && $0.to == tram && $0.kind == .attacks })
        let bare = A.load("[Tram]: Build the tram.\n  +\n  -> [Bus]: Buses are enough.\n")
        #expect(A.headlines(bare) == ["map.argdown:2:3: warning: a relation marker with no statement after it (Argdown reports an error here): ignored"])
        #expect(bare.corpus.claims[try #require(A.titled(bare, "Tram"))].text == "Build the tram.", "not `Build the tram. +`")
        #expect(bare.corpus.relations.count == 1)
        // With lines indented under it, Argdown relates an empty statement, which they go on from.
        let empty = A.load("[Tram]: Build the tram.\n  +\n    + [Fast]: Trams are fast.\n")
        #expect(empty.diagnostics.isEmpty, "\(A.headlines(empty))")
        let fast = try #require(A.titled(empty, "Fast"))
        let between = try #require(empty.corpus.claims[fast].parent)
        #expect(empty.corpus.claims[between].title.hasPrefix("Untitled") && empty.corpus.claims[between].parent == A.titled(empty, "Tram"))
        #expect(empty.corpus.relations.count == 2)
        // At the top of a file too: no empty statement is made of it.
        let top = A.load("[Tram]: Build the tram.\n\n->\n")
        #expect(A.headlines(top) == ["map.argdown:3:1: warning: a relation marker with no statement after it (Argdown reports an error here): ignored"])
        #expect(top.corpus.claims.filter { $0.kind != .group }.count == 1)
    }

    // MARK: Headings

    /// A heading's text runs on over the lines right under it, and its data may stand on the
    /// next line: neither is a statement.
    @Test func aHeadingRunsOnToItsDataOrABlankLine() throws {
        let r = A.load("# Ports of the north\nand of the south\n{color: blue}\n\n[Dock]: Docks are busy.\n\n## Rails\n{color: red}\n\n[Yard]: Yards are full.\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let groups = r.corpus.claims.filter { $0.kind == .group }.map(\.title)
        #expect(groups == ["map", "Ports of the north and of the south", "Rails"])
        #expect(!r.corpus.claims.contains { $0.title.hasPrefix("Untitled") })
        // After its data the heading is closed: the next line is a statement of its own.
        #expect(A.section(of: try #require(A.titled(r, "Yard")), in: r) == "Rails")
    }

    // MARK: List items

    /// Argdown's model makes a statement of every list item: one defined in it keeps its
    /// title and text, any other is an untitled statement, a root as a paragraph is.
    @Test func everyListItemIsAStatement() throws {
        let r = A.load("* [T]: Trams are good.\n* [U]: Buses are bad.\n\n1. [V]: Rails last.\n\n* an item of prose\n  going on here\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        for text in ["Trams are good.", "Buses are bad.", "Rails last.", "an item of prose going on here"] { #expect(A.claim(r, text) != nil, "\(text)") }
        #expect(r.corpus.claims[try #require(A.claim(r, "an item of prose going on here"))].title.hasPrefix("Untitled"))
        #expect(r.corpus.positions[0].summary == "4 statements and 0 arguments from map.argdown.")
    }

    /// A relation under a list item relates to the item's statement.
    @Test func aRelationUnderAListItemRelatesToIt() throws {
        let r = A.load("[Trip]: We go north.\n\n1. Pick a route\n    + [Fast]: The route is fast.\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let route = try #require(A.claim(r, "Pick a route")), fast = try #require(A.titled(r, "Fast"))
        #expect(r.corpus.relations.map { [$0.from, $0.to] } == [[fast, route]])
    }

    /// Argdown has no nested lists: an item indented under another is an error there.
    @Test func aNestedListItemIsWarned() {
        let r = A.load("* Trams\n  * Buses\n* Bikes\n")
        #expect(A.headlines(r) == ["map.argdown:2:3: warning: a list item indented under another: Argdown has no nested lists (it reports an error here); read as an item of its own"])
        #expect(r.corpus.claims.filter { $0.kind == .statement }.count == 3)
        // One of the other kind, nested: one warning, the nested one (it was warned as a
        // new element too).
        let other = A.load("* Trams\n    1. Buses\n")
        #expect(A.headlines(other) == ["map.argdown:2:5: warning: a list item indented under another: Argdown has no nested lists (it reports an error here); read as an item of its own"])
    }

    // MARK: Inference lines

    @Test func aRelationUnderTheInferenceLineIsAboutTheInference() throws {
        let r = A.load("<A>: an argument\n\n(1) [P]: premise\n----\n  <_ [U]: Undercut!\n(2) [C]: conclusion\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let u = try #require(A.claim(r, "Undercut!"))
        let a = try #require(A.claim(r, "an argument"))
        #expect(r.corpus.relations.contains { $0.from == u && $0.to == a && $0.kind == .attacks && $0.isUndercut })
        // The inference has no rule text: U is not it.
        #expect(r.corpus.claims.allSatisfy { $0.inferenceRule == nil })
    }

    /// A rule written between `--` lines, over several lines.
    @Test func aRuleOverSeveralLines() throws {
        let r = A.load("(1) [P]: p\n--\nUniversal instantiation\n--\n(2) [C]: c\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        #expect(r.corpus.claims[try #require(A.titled(r, "C"))].inferenceRule == "Universal instantiation")
    }

    /// `--` (or `---`) alone opens an inference that Argdown expects closed by another `--`;
    /// read as closed, with a warning at it.
    @Test(arguments: ["--", "---"])
    func anInferenceLineNeverClosedIsWarned(line: String) throws {
        let r = A.load("(1) [P]: p\n(2) [Q]: q\n\(line)\n(3) [C]: c\n")
        #expect(A.headlines(r) == ["map.argdown:3:1: warning: the inference line `--` is never closed (Argdown reports an error here): write `----`, or `-- rule --`; read as closed"])
        #expect(r.corpus.claims[try #require(A.titled(r, "C"))].kind == .conclusion)
        #expect(A.load("(1) [P]: p\n-----\n(2) [C]: c\n").diagnostics.isEmpty)
    }

    /// Inference data that is not valid is dropped, as Argdown drops it, but not silently.
    @Test func inferenceDataThatCannotBeReadIsWarned() throws {
        let r = A.load("(1) [P]: p\n-- Modus ponens {uses: [1, 2 --\n(2) [C]: c\n")
        #expect(A.headlines(r) == ["map.argdown:2:24: warning: the inference's data is not valid (`[` is never closed): ignored"])
        #expect(r.corpus.claims[try #require(A.titled(r, "C"))].inferenceRule == "Modus ponens")
        #expect(A.load("(1) [P]: p\n--\nModus ponens\n{uses: [1]}\n--\n(2) [C]: c\n").diagnostics.isEmpty)
        // Data over two lines of a rule is read whole, and is not the rule's text.
        let long = A.load("(1) [P]: p\n--\nModus ponens {uses:\n [1, 2]}\n--\n(2) [C]: c\n")
        #expect(long.diagnostics.isEmpty, "\(A.headlines(long))")
        #expect(long.corpus.claims[try #require(A.titled(long, "C"))].inferenceRule == "Modus ponens")
        let broken = A.load("(1) [P]: p\n--\nModus ponens {uses:\n [1, 2}\n--\n(2) [C]: c\n")
        #expect(A.headlines(broken).count == 1 && A.headlines(broken)[0].hasPrefix("map.argdown:4:"), "\(A.headlines(broken))")
    }

    // MARK: What Argdown's parser rejects

    @Test func anArgumentTitleAfterTextIsWarned() {
        let r = A.load("Some words <Labelled>: more words\n")
        #expect(A.headlines(r) == ["map.argdown:1:12: warning: `<…>:` defines an argument only at the start of a line (Argdown reports an error here): read as text"])
        #expect(r.corpus.claims.contains { $0.text == "Some words <Labelled>: more words" })
        // A reference in a text is fine.
        #expect(A.load("Some words about <Labelled> here\n").diagnostics.isEmpty)
    }

    /// Argdown wants a blank line between elements (a statement or argument by its title, a
    /// heading, a list, a structure) and reports an error where one starts right under
    /// another. Warned there, and read as if the blank line were there; comment lines between
    /// a blank line and the element do not count, nor do a list's further items.
    @Test(arguments: [
        ("[A]: a\n[B]: b\n", "2:1"), ("# Heading\n[A]: a\n", "2:1"), ("## Rails\n{color: red}\n[A]: a\n", "3:1"),
        ("[A]: a\n  + [B]: b\n<C>: c\n", "3:1"), ("A paragraph.\n(1) [P]: p\n----\n(2) [C]: c\n", "2:1"),
        ("<Arg>: an argument\n(1) [P]: p\n----\n(2) [C]: c\n", "2:1"), ("[A]: a\n// a comment\n[B]: b\n", "3:1"),
        ("===\ntitle: T\n===\n[A]: a\n", "4:1"), ("[A]: a\n* an item\n", "2:1"), ("Some text\n[A] is named\n", "2:1"),
        ("* one\n* two\n1. three\n", "3:1"), ("  * one\n* two\n", "2:1"), ("[A]: a\ntext ending */\n[B]: b\n", "3:1"),
    ])
    func anElementRightUnderAnotherIsWarned(text: String, at place: String) {
        let r = A.load(text)
        #expect(A.headlines(r).first == "map.argdown:\(place): warning: a new element right under the line above (Argdown wants a blank line between them and reports an error here): read as if it were there")
    }

    @Test(arguments: ["[A]: a\n\n[B]: b\n", "[A]: a\n\n// a comment\n/* and\nanother */\n[B]: b\n", "* one\n* two\n\n1. three\n", "\u{FEFF}[A]: a\n", "[A]: a\n\n/* one */ /* two */\n<!-- and\nthree -->\n[B]: b\n",
                      "<Arg>: an argument\n\n(1) [P]: p\n----\n(2) [C]: c\n", "[A]: a\ngoing on\n  + [B]: b\n"])
    func elementsApartAreNotWarned(text: String) {
        #expect(A.load(text).diagnostics.isEmpty, "\(A.headlines(A.load(text)))")
    }

    /// Argdown ends a structure at a blank line: one inside it is an error there.
    @Test func aBlankLineInsideAStructureIsWarned() throws {
        let r = A.load("<A>: a\n\n(1) [P]: p\n\n(2) [Q]: q\n----\n(3) [C]: c\n")
        #expect(A.headlines(r) == ["map.argdown:5:1: warning: a blank line inside a premise–conclusion structure (Argdown reports an error here): read as one structure"])
        #expect(r.corpus.claims[try #require(A.titled(r, "C"))].parent == A.titled(r, "A"))
    }

    @Test func anEmptyNumberedStatementIsWarned() {
        let r = A.load("(1)\n----\n(2) [C]: c\n")
        #expect(A.headlines(r) == ["map.argdown:1:1: warning: `(1)` has no statement after it (Argdown reports an error here)"])
    }

    // MARK: Files and line ends

    @Test func aFileThatDefinesNothingSaysSo() {
        let r = A.load("# Notes\n\n## More notes\n\n<!-- nothing yet -->\n")
        #expect(A.headlines(r) == ["map.argdown:1:1: warning: no statements or arguments: Argdown defines them as `[Title]: text` and `<Title>: text`"])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndReadsTheSame(end: String) throws {
        let r = A.load("\u{FEFF}" + ["[A]: a", "  + [B]: b", "  - [C]: c", "", "[D]: d"].joined(separator: end) + end)
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        #expect(r.corpus.claims.filter { $0.kind != .group }.map(\.text) == ["a", "b", "c", "d"])
        #expect(r.corpus.relations.count == 2)
        // Lines are counted alike: D is on line 5.
        #expect(r.corpus.claims.first { $0.text == "d" }?.location?.line == 5)
    }
}
