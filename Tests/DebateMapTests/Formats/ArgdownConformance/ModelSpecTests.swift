import DebateMap
import Testing

/// What Argdown's model makes of an input (its `ModelPlugin.spec.ts`), asserted on inputs of
/// our own for each thing DebateMap models: statements and their canonical texts, arguments,
/// relations and their duplicates, undercuts, premise–conclusion structures, sections, tags
/// and special characters. What DebateMap does not model gets a diagnostic that says so.
struct ModelSpecTests {
    typealias A = ArgdownConformance

    // MARK: Statements and arguments by title

    /// A title defined twice is one statement whose text is Argdown's canonical one: the last
    /// definition's, or the one marked `{isCanonical: true}`; its place is its first.
    @Test func aTitleDefinedAgainTakesTheLastTextUnlessOneIsCanonical() throws {
        let again = A.load("[Rain]: It rains a lot here.\n  + [Wet]: The streets are wet.\n\n[Rain]: Rain falls most days of the year.\n")
        #expect(again.diagnostics.isEmpty, "\(A.headlines(again))")
        let rain = try #require(A.titled(again, "Rain"))
        #expect(again.corpus.claims[rain].text == "Rain falls most days of the year.")
        // Where it stands first: Wet's parent.
        #expect(again.corpus.claims.first { $0.title == "Wet" }?.parent == rain)
        let marked = A.load("[Rain]: It rains a lot here. {isCanonical: true}\n\n[Rain]: Rain falls most days of the year.\n")
        #expect(marked.corpus.claims.first { $0.title == "Rain" && $0.kind != .reference }?.text == "It rains a lot here.")
        let argument = A.load("<Ferry>: A ferry is cheap.\n\n<Ferry>: A ferry costs less than a bridge.\n")
        #expect(argument.corpus.claims.first { $0.title == "Ferry" && $0.kind == .argument }?.text == "A ferry costs less than a bridge.")
    }

    // MARK: Relations

    /// Markers written against their titles (`+<T>`, `->[F]`) are relations, as with a space.
    @Test func aRelationMarkerAgainstItsTitleIsARelation() throws {
        let r = A.load("[A]: a\n  +[B]: b\n  -<C>: c\n  <+ [D]: d\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let a = try #require(A.claim(r, "a")), b = try #require(A.claim(r, "b")), d = try #require(A.claim(r, "d"))
        #expect(r.corpus.claims[a].text == "a", "not `a +[B]: b`")
        #expect(r.corpus.relations.contains { $0.from == b && $0.to == a && $0.kind == .supports })
        #expect(r.corpus.relations.contains { $0.from == d && $0.to == a && $0.kind == .supports })
        #expect(r.corpus.relations.contains { r.corpus.claims[$0.from].title == "C" && $0.to == a && $0.kind == .attacks })
        // From an argument: `+<Turnout>` supports it, `->[Freedom]` is attacked by it.
        let sketch = A.load("<Vote>: Voting matters.\n  +<Turnout>: People vote.\n  ->[Freedom]: Nobody must vote.\n")
        let vote = try #require(A.titled(sketch, "Vote")), turnout = try #require(A.titled(sketch, "Turnout"))
        let freedom = try #require(A.titled(sketch, "Freedom"))
        #expect(sketch.corpus.relations.map { [$0.from, $0.to] }.sorted { $0.lexicographicallyPrecedes($1) }
                == [[turnout, vote], [vote, freedom]].sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func aRelationWrittenTwiceIsOneRelation() {
        let twice = A.load("[A]: a\n  + [B]: b\n\n[A]\n  + [B]\n")
        #expect(twice.corpus.relations.count == 1)
        // A contradiction is the same from either end.
        let both = A.load("[A]: a\n  >< [B]: b\n\n[B]\n  >< [A]\n")
        #expect(both.corpus.relations.count == 1)
        #expect(both.corpus.relations.first?.kind == .contradicts)
    }

    /// Argdown gives an argument's outgoing relations to its conclusion: an attack written
    /// from the argument and again from its conclusion is one attack, the conclusion's.
    @Test func anArgumentsAttackRepeatedByItsConclusionIsOneAttack() throws {
        let text = "<Build>: Trams should be built.\n\n<Cost>: Trams cost too much.\n  -> <Build>\n\n<Cost>\n\n(1) The budget is small.\n----\n(2) [Broke]: The city cannot pay for trams.\n  -> <Build>\n"
        let r = A.load(text)
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let build = try #require(A.claim(r, "Trams should be built."))
        let attacks = r.corpus.relations.filter { $0.to == build && $0.kind == .attacks }
        #expect(attacks.count == 1)
        #expect(attacks.first.map { r.corpus.claims[$0.from].title } == "Broke")
        #expect(r.corpus.opponentCount(of: build) == 1)
        // Written from the argument alone, the attack stays the argument's.
        let alone = A.load("<Build>: Trams should be built.\n\n<Cost>: Trams cost too much.\n  -> <Build>\n")
        #expect(alone.corpus.relations.count == 1)
    }

    /// Argdown drops a statement's attack on an argument when the statement also attacks or
    /// contradicts one of the argument's premises; an attack on its conclusion, or an
    /// undercut, does not make it redundant.
    @Test func anAttackOnAnArgumentMadeAlsoOnItsPremiseIsDropped() throws {
        let structure = "<Tram>: Build the tram.\n\n(1) [Cheap]: Trams are cheap.\n----\n(2) [Build]: The city should build trams.\n\n"
        let attack = A.load(structure + "[Dear]: Trams cost a fortune.\n  -> <Tram>\n  -> [Cheap]\n")
        #expect(attack.diagnostics.isEmpty, "\(A.headlines(attack))")
        let tram = try #require(A.titled(attack, "Tram")), dear = try #require(A.titled(attack, "Dear"))
        let cheap = try #require(A.titled(attack, "Cheap"))
        #expect(!attack.corpus.relations.contains { $0.from == dear && $0.to == tram }, "the attack on <Tram> is implied")
        #expect(attack.corpus.relations.contains { $0.from == dear && $0.to == cheap && $0.kind == .attacks })
        let contradiction = A.load(structure + "[Dear]: Trams cost a fortune.\n  -> <Tram>\n\n[Cheap]\n  >< [Dear]\n")
        #expect(contradiction.diagnostics.isEmpty, "\(A.headlines(contradiction))")
        #expect(contradiction.corpus.relations.filter { $0.to == A.titled(contradiction, "Tram") && $0.kind == .attacks }.isEmpty)
        // An undercut is a relation of its own: written beside such an attack, it stays.
        let both = A.load(structure + "[Dear]: Trams cost a fortune.\n  -> <Tram>\n  _> <Tram>\n  -> [Cheap]\n")
        #expect(both.corpus.relations.filter { $0.to == A.titled(both, "Tram") }.map(\.isUndercut) == [true])
        // On the conclusion, or as an undercut, the attack on the argument stays.
        for kept in ["[Dear]: Trams cost a fortune.\n  -> <Tram>\n  -> [Build]\n", "[Dear]: Trams cost a fortune.\n  _> <Tram>\n  -> [Cheap]\n"] {
            let r = A.load(structure + kept)
            let tram = try #require(A.titled(r, "Tram")), dear = try #require(A.titled(r, "Dear"))
            #expect(r.corpus.relations.contains { $0.from == dear && $0.to == tram && $0.kind == .attacks }, "\(kept)")
        }
    }

    // MARK: Undercuts

    /// `_>` and `<_` between statements and arguments: attacks marked as undercuts, and the
    /// piped outline and the Argdown export write them as undercuts again.
    @Test func undercutsAreMarkedAndWrittenAsUndercuts() throws {
        let r = A.load("[Bias]: The poll asked only drivers.\n  _> <Poll>: A poll says most want the tram.\n\n<Poll>\n  <_ [Small]: The poll had forty answers.\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let poll = try #require(A.titled(r, "Poll"))
        let undercuts = r.corpus.relations.filter { $0.to == poll && $0.isUndercut }
        #expect(Set(undercuts.map { r.corpus.claims[$0.from].title }) == ["Bias", "Small"])
        let argdown = ArgdownWriter(corpus: r.corpus).write()
        #expect(argdown.contains("_> <Poll>"), "\(argdown)")
        #expect(argdown.contains("<_ [Small]"), "\(argdown)")
        let reread = A.load(argdown)
        #expect(reread.corpus.relations.filter(\.isUndercut).count == 2)
    }

    // MARK: Premise–conclusion structures

    /// A structure with no argument line above it belongs to an untitled argument; its
    /// premises support the conclusion, and the argument supports it.
    @Test func aStructureAloneIsAnUntitledArgument() throws {
        let r = A.load("(1) [Owls]: Owls hunt at night.\n(2) [Hedwig]: Hedwig is an owl.\n----\n(3) [Night]: Hedwig hunts at night.\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let argument = try #require(r.corpus.claims.firstIndex { $0.kind == .argument })
        #expect(r.corpus.claims[argument].title.hasPrefix("Untitled"))
        let night = try #require(A.titled(r, "Night"))
        #expect(r.corpus.claims[night].kind == .conclusion)
        for premise in ["Owls", "Hedwig"] {
            let p = try #require(A.titled(r, premise))
            #expect(r.corpus.relations.contains { $0.from == p && $0.to == night && $0.kind == .supports }, "\(premise)")
        }
        #expect(r.corpus.relations.contains { $0.from == argument && $0.to == night && $0.kind == .supports })
    }

    /// Argdown refuses an argument given two structures (`multiple-pcs-assignments`): an
    /// error at the second, which is not its home.
    @Test func aSecondStructureForOneArgumentIsAnError() {
        let r = A.load("<Twice>: One argument.\n\n(1) a\n----\n(2) b\n\n<Twice>\n\n(1) c\n----\n(2) d\n")
        #expect(A.headlines(r) == ["map.argdown:9:1: error: `<Twice>` has a second premise–conclusion structure: Argdown allows one per argument (the first is kept as its home)"])
    }

    /// A structure reconstructs the argument only when that argument is the element just
    /// before it (its relation lines and a blank line between them allowed); after any other
    /// element, an argument met in a relation line included, it is an untitled argument's.
    @Test func aStructureBelongsToTheTopLevelArgumentJustBeforeIt() throws {
        let under = A.load("[Cities]: Cities need transport.\n  + <Tram>: Trams carry many.\n\n(1) [Full]: Buses are full.\n----\n(2) [More]: More room is needed.\n")
        #expect(under.diagnostics.isEmpty, "\(A.headlines(under))")
        let more = try #require(A.titled(under, "More"))
        let owner = try #require(under.corpus.claims[more].parent)
        #expect(under.corpus.claims[owner].title.hasPrefix("Untitled"), "not <Tram>")
        // Its relation lines do not end the argument: the structure is its, and the support
        // written from it and again from its conclusion is one support.
        let own = A.load("<Tram>: Trams carry many.\n  +> [Green]: Cities get greener.\n\n(1) [Full]: Buses are full.\n----\n(2) [More]: More room is needed.\n  +> [Green]\n")
        #expect(own.diagnostics.isEmpty, "\(A.headlines(own))")
        let tram = try #require(A.titled(own, "Tram")), green = try #require(A.titled(own, "Green"))
        #expect(own.corpus.claims[try #require(A.titled(own, "More"))].parent == tram)
        let toGreen = own.corpus.relations.filter { $0.to == green }
        #expect(toGreen.count == 1)
        #expect(toGreen.first.map { own.corpus.claims[$0.from].title } == "More")
        // Indented or not, the argument line above takes the structure.
        let indented = A.load("  <Tram>: Trams carry many.\n\n(1) p\n----\n(2) [More]: q\n")
        #expect(indented.corpus.claims[try #require(A.titled(indented, "More"))].parent == A.titled(indented, "Tram"))
        // A second structure after a finished one is another, untitled argument's.
        let two = A.load("<Tram>: Trams carry many.\n\n(1) p\n----\n(2) q\n\n(1) r\n----\n(2) s\n")
        #expect(two.diagnostics.isEmpty, "\(A.headlines(two))")
        #expect(two.corpus.claims.filter { $0.kind == .argument }.count == 2)
        let s = try #require(A.claim(two, "s"))
        #expect(two.corpus.claims[try #require(two.corpus.claims[s].parent)].title.hasPrefix("Untitled"))
    }

    /// An inference rule's name, and inference data ignored without a word (Argdown keeps it
    /// as data, which DebateMap does not show).
    @Test func anInferenceRuleIsKeptAndItsDataIgnored() throws {
        let r = A.load("<Bus>: Buses help.\n\n(1) [P]: p\n-- Modus ponens {uses: [1]} --\n(2) [C]: c\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        #expect(r.corpus.claims[try #require(A.titled(r, "C"))].inferenceRule == "Modus ponens")
    }

    // MARK: Sections

    /// An argument stands in the section of its premise–conclusion structure, wherever its
    /// description is; a statement in the section of its first definition, not of a bare
    /// reference before it.
    @Test func anArgumentStandsInTheSectionOfItsStructure() throws {
        let text = """
        # Energy

        ## Nuclear

        <Baseload>

        [Waste]: Waste stays for ages.

        ### Storage

        <Baseload>: Reactors give power at night.

        ## Renewables

        <Baseload>

        (1) [Night]: Power is needed at night.
        ----
        (2) [Steady]: A steady source is needed.

        """
        let r = A.load(text)
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let baseload = try #require(A.titled(r, "Baseload"))
        #expect(A.section(of: baseload, in: r) == "Renewables")
        #expect(r.corpus.claims[baseload].text == "Reactors give power at night.")
        #expect(A.section(of: try #require(A.titled(r, "Waste")), in: r) == "Nuclear")
        // Its structure hangs under it there.
        #expect(r.corpus.claims[try #require(A.titled(r, "Steady"))].parent == baseload)
    }

    /// `{isInGroup: true}` puts a statement or argument in that place's section, even a
    /// reference's; `{isInGroup: false}` keeps a definition from taking its section.
    @Test func isInGroupChoosesTheSection() throws {
        let text = """
        # Density

        [Towers] {isInGroup: true}

        <Sprawl>: Suburbs spread out.

        # Land

        [Towers]: Tall buildings use less land.

        <Sprawl> {isInGroup: true}

        [Parks]: Parks need room. {isInGroup: false}

        # Green

        [Parks]: Parks cool the city.

        """
        let r = A.load(text)
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        #expect(A.section(of: try #require(A.titled(r, "Towers")), in: r) == "Density")
        #expect(A.section(of: try #require(A.titled(r, "Sprawl")), in: r) == "Land")
        #expect(A.section(of: try #require(A.titled(r, "Parks")), in: r) == "Green")
    }

    // MARK: Tags

    /// Argdown keeps tags in the text where they are written, and gathers them per statement
    /// and argument, from references too; punctuation ends a tag.
    @Test func tagsStayInTheTextAndAreGathered() throws {
        let r = A.load("[Zoo]: Zoos are #cruel places for #(large animals).\n\n[Zoo] #ethics\n\n<Keep>: Zoos save species, #conservation.\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let zoo = try #require(A.titled(r, "Zoo"))
        #expect(r.corpus.claims[zoo].text == "Zoos are #cruel places for #(large animals).")
        #expect(r.corpus.claims[zoo].tags == ["cruel", "ethics", "large animals"])
        let keep = try #require(A.titled(r, "Keep"))
        #expect(r.corpus.claims[keep].text == "Zoos save species, #conservation.")
        #expect(r.corpus.claims[keep].tags == ["conservation"])
    }

    /// A heading keeps its tags and mentions in its title too.
    @Test func aHeadingKeepsItsTagsAndMentions() throws {
        let r = A.load("# Rents @[Cap] #housing\n\n[Cap]: Cap the rents.\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        let group = try #require(r.corpus.claims.first { $0.kind == .group && $0.title.hasPrefix("Rents") })
        #expect(group.title == "Rents @[Cap] #housing")
        #expect(group.tags == ["housing"])
    }

    // MARK: Special characters

    /// `.v.`, `:->:` and the other shortcodes become their characters; a run between dots
    /// that names none stays as written.
    @Test func shortcodesBecomeTheirCharacters() throws {
        let r = A.load("[L]: .A.x (Px .->. Qx) .v. :~:R, e.g. in 3.5.1 :+1:\n")
        #expect(r.diagnostics.isEmpty, "\(A.headlines(r))")
        #expect(r.corpus.claims[try #require(A.titled(r, "L"))].text == "∀x (Px → Qx) ∨ ¬R, e.g. in 3.5.1 👍")
        // An escaped dot keeps its shortcodes as written.
        #expect(A.load("[M]: p \\.v. q\n").corpus.claims.first?.text == "p .v. q")
    }

    // MARK: Not modelled

    /// Strict mode changes which relations Argdown makes: not modelled, and said so at its
    /// place in the front matter.
    @Test func strictModeIsSaidToBeUnsupported() {
        let r = A.load("===\nmodel:\n  mode: strict\n===\n\n[Zoo]: Zoos are good.\n  - [Wild]: Animals belong in the wild.\n")
        #expect(A.headlines(r) == ["map.argdown:3:9: warning: Argdown's strict mode (`model: mode: strict`) is not supported: relations are read as in its default loose mode"])
        #expect(r.corpus.relations.count == 1)
    }
}
