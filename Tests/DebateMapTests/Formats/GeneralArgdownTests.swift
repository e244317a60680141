import DebateMap
import Testing
import TestSupport

/// General Argdown files (no essay front matter, no position headings) read as Argdown reads them.
struct GeneralArgdownTests {
    let result = FormatFixtures.load("argdown/library.argdown")
    var corpus: Corpus { result.corpus }

    func claim(_ title: String, kind: ClaimKind? = nil) -> Int? {
        corpus.claims.indices.first { corpus.claims[$0].title == title && corpus.claims[$0].refersTo == nil && (kind == nil || corpus.claims[$0].kind == kind) }
    }

    func relation(_ from: String, _ kind: RelationKind, _ to: String) -> Relation? {
        corpus.relations.first { corpus.claims[$0.from].title == from && corpus.claims[$0.to].title == to && $0.kind == kind }
    }

    @Test func opensCleanAsOneDocumentWithItsOwnTopic() {
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result))")
        #expect(corpus.essays.map(\.id) == ["library"])
        #expect(corpus.essays[0].title == "Opening the library on Sundays")
        #expect(corpus.essays[0].author == "The reading circle")
        #expect(corpus.topics.map(\.id) == ["library"])
        #expect(corpus.positions[0].stance == .mixed)
    }

    @Test func headingsAreGroupsNestedByLevel() throws {
        let root = try #require(corpus.positions[0].mainClaim)
        #expect(corpus.claims[root].kind == .group)
        let hours = try #require(claim("Opening hours", kind: .group))
        let costs = try #require(claim("Costs", kind: .group))
        #expect(corpus.claims[hours].parent == root)
        #expect(corpus.claims[costs].parent == hours)
        #expect(corpus.claims[try #require(claim("Sunday"))].parent == hours)
    }

    @Test func argumentsAreNodesWithTheirDescriptions() throws {
        let free = try #require(claim("Free day", kind: .argument))
        #expect(corpus.claims[free].text == "Many people only have Sundays free for reading.")
        #expect(corpus.claims[free].link == .supports)
        #expect(relation("Free day", .supports, "Sunday") != nil)
        #expect(relation("Staff cost", .attacks, "Sunday") != nil)
        #expect(relation("Closed", .contradicts, "Sunday") != nil)
    }

    @Test func premiseConclusionStructureHangsUnderItsArgument() throws {
        let free = try #require(claim("Free day", kind: .argument))
        // The final conclusion is [Sunday], whose home is elsewhere: a conclusion row standing for it.
        let final = try #require(corpus.claims[free].children.first { corpus.claims[$0].link == .supportedByParent })
        #expect(corpus.claims[final].kind == .conclusion)
        #expect(corpus.claims[final].refersTo == claim("Sunday"))
        #expect(corpus.claims[claim("Sunday")!].inferenceRule == "Practical syllogism")
        let intermediary = try #require(claim("Free Sundays"))
        #expect(corpus.claims[intermediary].kind == .conclusion)
        #expect(corpus.claims[intermediary].inferenceRule == "Generalisation")
        #expect(corpus.claims[intermediary].parent == final)
        #expect(corpus.claims[try #require(claim("Workdays"))].kind == .premise)
        #expect(corpus.claims[try #require(claim("Workdays"))].parent == intermediary)
        #expect(relation("Workdays", .supports, "Free Sundays") != nil)
        #expect(relation("Free Sundays", .supports, "Sunday") != nil)
        #expect(relation("Free day", .supports, "Sunday") != nil)
    }

    @Test func aReconstructionWrittenApartHangsUnderTheArgumentWhereItStands() throws {
        let staff = try #require(claim("Staff cost", kind: .argument))
        let final = try #require(corpus.claims[staff].children.first { corpus.claims[$0].link == .supportedByParent })
        #expect(corpus.claims[final].text == "Opening on Sundays would cost more than the budget allows.")
        // [Budget] is defined later under "Costs": in the structure it is a premise row standing for it.
        let budget = try #require(claim("Budget"))
        #expect(corpus.claims[final].children.contains { corpus.claims[$0].refersTo == budget && corpus.claims[$0].kind == .premise })
    }

    @Test func undercutsAttackTheInference() throws {
        let volunteers = try #require(relation("Volunteers", .attacks, "Staff cost"))
        #expect(volunteers.isUndercut)
        let budget = try #require(relation("Budget", .attacks, "Free day"))
        #expect(budget.isUndercut)
        #expect(relation("Budget", .supports, "Staff cost")?.isUndercut == false)
    }

    /// `[Closed]` written again at the top of another section, with `- [Workdays]` under it:
    /// a link row there, holding what is written under it (Closed's home is in "Opening hours").
    @Test func aTitleWrittenAgainInAnotherSectionIsALinkRow() throws {
        let closed = try #require(claim("Closed"))
        let rows = corpus.claims.indices.filter { corpus.claims[$0].refersTo == closed }
        #expect(rows.count == 1)
        let row = rows[0]
        #expect(corpus.claims[row].kind == .reference)
        #expect(corpus.claims[row].text == "The library should stay closed on Sundays.")
        #expect(corpus.claims[corpus.claims[row].children[0]].refersTo == claim("Workdays"))
        #expect(relation("Workdays", .attacks, "Closed") != nil)
    }

    /// Written again at the top after its home, in the same section (as the export resumes a
    /// branch it cut): the relations go under the home row, and no row is added. Before its
    /// home, or in another section, it stays a link row, so nothing leaves its section or the
    /// tree: two titles each written again above the other's home are both shown.
    @Test func aTitleWrittenAgainAfterItsHomeContinuesItsRow() throws {
        func rows(_ text: String) -> [String] {
            let c = FormatFixtures.memory(["g/m.argdown": text]).corpus
            return c.claims.map { claim in
                let depth = sequence(first: claim.parent, next: { $0.flatMap { c.claims[$0].parent } }).prefix { $0 != nil }.count
                return String(repeating: "  ", count: depth) + (claim.refersTo != nil ? "→" : "") + claim.title
            }
        }
        #expect(rows("[A]: a\n  + [B]: b\n\n[A]\n  - [C]: c\n") == ["A", "  B", "  C"])
        #expect(Set(rows("[A]\n  + [B]: b\n\n[B]\n  - [A]: a\n")) == ["→A", "  B", "    A"])
        #expect(Set(rows("[A]\n  + [A]: a\n")) == ["→A", "  A"])
        #expect(Set(rows("# One\n\n[A]: a\n\n# Two\n\n[A]\n  + [B]: b\n")).isSuperset(of: ["    →A", "      B", "    A"]))
    }

    @Test func paragraphsAndListItemsAreUntitledStatements() {
        #expect(corpus.claims.contains { $0.text.hasPrefix("This paragraph is a statement too, with a [link](https://example.org/hours) and a second line") })
        #expect(corpus.claims.contains { $0.text == "A list item is a statement too, an untitled one." && $0.title.hasPrefix("Untitled") })
    }

    @Test func tagsAreKept() throws {
        #expect(corpus.claims[try #require(claim("Sunday"))].tags == ["hours"])
    }

    @Test func awkwardInputGetsWarningsAndIsStillShown() {
        let awkward = FormatFixtures.load("argdown/awkward.argdown")
        #expect(FormatFixtures.messages(awkward) == [
            "awkward.argdown:1:1: warning: a relation with no statement above it: read as a statement of its own",
            "awkward.argdown:12:5: warning: the premise–conclusion structure of `<Lonely>` has no inference line (`----`), so no conclusion",
            "awkward.argdown:15:1: warning: a new element right under the line above (Argdown wants a blank line between them and reports an error here): read as if it were there",
        ])
        let c = awkward.corpus
        #expect(c.claims.contains { $0.kind == .argument && $0.title.hasPrefix("Untitled") })
        #expect(c.claims.contains { $0.title == "Escaped [brackets] and {braces}" && $0.text == "A title and a text with # and @ kept as text." })
        #expect(c.claims.first { $0.title == "Twice" && $0.refersTo == nil }?.text == "The last text given for a title is the one shown.")
    }

    @Test func essayMapsKeepTheirStrictRules() {
        // Position headings make a file an essay map even without front matter.
        let bytes = Array("# Tram {topic: tram, stance: for, summary: \"x\"}\n\n[A]: a\n  + <B>\n".utf8)
        #expect(ArgdownDialect.detect(bytes) == .essayMap)
        #expect(ArgdownDialect.detect(Array("===\nid: e\ntext: ../e.txt\n===\n".utf8)) == .essayMap)
        #expect(ArgdownDialect.detect(Array("===\ntitle: T\n===\n[A]: a\n".utf8)) == .general)
        let (_, diagnostics) = ArgdownParser.parse(bytes, file: "m.argdown")
        #expect(diagnostics.map(\.message) == ["Argdown arguments `<Title>` are not supported in essay maps (only in general Argdown files)"])
    }

    @Test func titlesAreSharedAcrossGeneralFiles() {
        let result = FormatFixtures.memory([
            "g/a.argdown": "[Shared]: One claim in two files.\n",
            "g/b.argdown": "[Other]: Another claim.\n  - [Shared]\n",
        ])
        #expect(result.diagnostics.isEmpty, "\(FormatFixtures.messages(result))")
        let c = result.corpus
        #expect(c.essays.map(\.id) == ["a", "b"])
        #expect(c.claims.filter { $0.title == "Shared" && $0.refersTo == nil }.count == 1)
        #expect(c.relations.count == 1)
        #expect(c.claims[c.relations[0].from].title == "Shared" && c.relations[0].kind == .attacks)
    }

    @Test func truncatedLinesAreTextNotCrashes() {
        // Found by mutating the fixtures: a file ending inside a title or a marker.
        for text in ["[unclosed", "A\n  + [unclosed", "<", "A\n<", "(", "(1", "(1) [x", "--", "_ ", "@[open"] {
            let result = FormatFixtures.memory(["t/cut.argdown": text])
            #expect(!result.hasErrors, "\(text): \(FormatFixtures.messages(result))")
        }
    }

    @Test func everyClaimStandsInATree() {
        for fixture in FormatFixtures.all + ["mixed"] {
            let c = FormatFixtures.load(fixture).corpus
            let reachable = c.positions.indices.reduce(0) { $0 + c.claims(ofPosition: $1).count }
            #expect(reachable == c.claims.count, "\(fixture)")
        }
    }
}
