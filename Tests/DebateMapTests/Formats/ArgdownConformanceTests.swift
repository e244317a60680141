import DebateMap
import Testing

/// General Argdown read as Argdown's own parser reads it, on inputs of our own (issue 20):
/// a relation marker written against its title, statements defined in list items, and a file
/// that defines nothing said to define nothing.
struct ArgdownConformanceTests {
    func load(_ text: String) -> LoadResult {
        CorpusLoader.load(paths: ["map.argdown"], source: MemorySource(files: ["map.argdown": Array(text.utf8)]))
    }

    func claim(_ r: LoadResult, _ text: String) -> Int? { r.corpus.claims.firstIndex { $0.text == text && $0.kind != .reference } }

    @Test func aRelationMarkerAgainstItsTitleIsARelation() throws {
        let r = load("[A]: a\n  +[B]: b\n  -<C>: c\n  <+ [D]: d\n")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.headline))")
        let a = try #require(claim(r, "a")), b = try #require(claim(r, "b")), d = try #require(claim(r, "d"))
        #expect(r.corpus.claims[a].text == "a", "not `a +[B]: b`")
        #expect(r.corpus.relations.contains { $0.from == b && $0.to == a && $0.kind == .supports })
        #expect(r.corpus.relations.contains { $0.from == d && $0.to == a && $0.kind == .supports })
        #expect(r.corpus.relations.contains { r.corpus.claims[$0.from].title == "C" && $0.to == a && $0.kind == .attacks })
    }

    @Test func aStatementDefinedInAListItemKeepsItsText() {
        let r = load("* [T]: Trams are good.\n* [U]: Buses are bad.\n1. [V]: Rails last.\n* just prose\n")
        for text in ["Trams are good.", "Buses are bad.", "Rails last."] { #expect(claim(r, text) != nil, "\(text)") }
        #expect(r.corpus.claims.allSatisfy { $0.text != "just prose" })
        #expect(r.corpus.positions[0].summary == "3 statements and 0 arguments from map.argdown.")
    }

    @Test func aFileThatDefinesNothingSaysSo() {
        let r = load("# Notes\n\n* just prose\n* more prose\n")
        #expect(r.diagnostics.map(\.headline) == ["map.argdown:1:1: warning: no statements or arguments: Argdown defines them as `[Title]: text` and `<Title>: text`"])
    }

    @Test func aBlankLineEndsATree() {
        let r = load("[A]: a\n\n  + [B]: b\n")
        #expect(r.corpus.relations.isEmpty, "B is not under A")
        #expect(r.diagnostics.map(\.headline) == ["map.argdown:3:3: warning: a relation with no statement above it: read as a statement of its own"])
        // Without the blank line it is A's reason.
        #expect(load("[A]: a\n  + [B]: b\n").corpus.relations.count == 1)
    }

    @Test func aRelationWrittenTwiceIsOneRelation() {
        let twice = load("[A]: a\n  + [B]: b\n\n[A]\n  + [B]\n")
        #expect(twice.corpus.relations.count == 1)
        // A contradiction is the same from either end.
        let both = load("[A]: a\n  >< [B]: b\n\n[B]\n  >< [A]\n")
        #expect(both.corpus.relations.count == 1)
        #expect(both.corpus.relations.first?.kind == .contradicts)
    }

    /// Argdown gives an argument's outgoing relations to its conclusion: an attack written
    /// from the argument and again from its conclusion is one attack, the conclusion's.
    @Test func anArgumentsAttackRepeatedByItsConclusionIsOneAttack() throws {
        let text = "<Build>: Trams should be built.\n\n<Cost>: Trams cost too much.\n  -> <Build>\n\n<Cost>\n\n(1) The budget is small.\n----\n(2) [Broke]: The city cannot pay for trams.\n  -> <Build>\n"
        let r = load(text)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.headline))")
        let build = try #require(claim(r, "Trams should be built."))
        let attacks = r.corpus.relations.filter { $0.to == build && $0.kind == .attacks }
        #expect(attacks.count == 1)
        #expect(attacks.first.map { r.corpus.claims[$0.from].title } == "Broke")
        #expect(r.corpus.opponentCount(of: build) == 1)
        // Written from the argument alone, the attack stays the argument's.
        let alone = load("<Build>: Trams should be built.\n\n<Cost>: Trams cost too much.\n  -> <Build>\n")
        #expect(alone.corpus.relations.count == 1)
    }

    /// A title defined twice is one statement whose text is Argdown's canonical one: the last
    /// definition's, or the one marked `{isCanonical: true}`; its place is its first.
    @Test func aTitleDefinedAgainTakesTheLastTextUnlessOneIsCanonical() throws {
        let again = load("[Rain]: It rains a lot here.\n  + [Wet]: The streets are wet.\n\n[Rain]: Rain falls most days of the year.\n")
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics.map(\.headline))")
        let rain = try #require(again.corpus.claims.firstIndex { $0.title == "Rain" && $0.kind != .reference })
        #expect(again.corpus.claims[rain].text == "Rain falls most days of the year.")
        // Where it stands first: Wet's parent.
        #expect(again.corpus.claims.first { $0.title == "Wet" }?.parent == rain)
        let marked = load("[Rain]: It rains a lot here. {isCanonical: true}\n\n[Rain]: Rain falls most days of the year.\n")
        #expect(marked.corpus.claims.first { $0.title == "Rain" && $0.kind != .reference }?.text == "It rains a lot here.")
        let argument = load("<Ferry>: A ferry is cheap.\n\n<Ferry>: A ferry costs less than a bridge.\n")
        #expect(argument.corpus.claims.first { $0.title == "Ferry" && $0.kind == .argument }?.text == "A ferry costs less than a bridge.")
    }

    @Test func aRelationUnderTheInferenceLineIsAboutTheInference() throws {
        let r = load("<A>: an argument\n\n(1) [P]: premise\n----\n  <_ [U]: Undercut!\n(2) [C]: conclusion\n")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.headline))")
        let u = try #require(claim(r, "Undercut!"))
        let a = try #require(claim(r, "an argument"))
        #expect(r.corpus.relations.contains { $0.from == u && $0.to == a && $0.kind == .attacks && $0.isUndercut })
        // The inference has no rule text: U is not it.
        #expect(r.corpus.claims.allSatisfy { $0.inferenceRule == nil })
    }

    @Test func aDedentToALevelNeverOpenedLandsBesideThatLevel() throws {
        // G is indented less than D and more than C: Argdown counts one dedent, so G stands
        // beside C, under A.
        let r = load("[A]: a\n  - [C]: c\n      <+ [D]: d\n    -> [G]: g\n")
        let a = try #require(claim(r, "a")), c = try #require(claim(r, "c")), g = try #require(claim(r, "g"))
        #expect(r.corpus.claims[g].parent == a)
        #expect(r.corpus.relations.contains { $0.from == a && $0.to == g && $0.kind == .attacks })
        #expect(!r.corpus.relations.contains { $0.from == c && $0.to == g })
        // A dedent to a level that was opened is as before: beside the claim there.
        let same = load("[A]: a\n  - [C]: c\n    + [D]: d\n  + [E]: e\n")
        #expect(same.corpus.claims[try #require(claim(same, "e"))].parent == claim(same, "a"))
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndReadsTheSame(end: String) throws {
        let r = load("\u{FEFF}" + ["[A]: a", "  + [B]: b", "  - [C]: c", "", "[D]: d"].joined(separator: end) + end)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.headline))")
        #expect(r.corpus.claims.filter { $0.kind != .group }.map(\.text) == ["a", "b", "c", "d"])
        #expect(r.corpus.relations.count == 2)
        // Lines are counted alike: D is on line 5.
        #expect(r.corpus.claims.first { $0.text == "d" }?.location?.line == 5)
    }
}
