import DebateMap
import Testing
import TestSupport

/// Statements are linked as each file is added, except those naming a claim of a later file,
/// which wait for the end: the corpus must be the one linking everything at the end makes,
/// relations in file order, children in file order, each diagnostic once.
struct LinkOrderTests {
    static let textB = "The tram costs too much. Trams are noisy."

    /// Two essays, `a` before `b`; `a` names `b`'s claims before `b` is read.
    static func load(mapA: String, mapB: String) -> LoadResult {
        let fmB = Fixtures.frontMatter(id: "b", text: "../essays/b.txt", sha: Digest.sha256(Array(textB.utf8)))
        return Fixtures.memory(map: Fixtures.map(mapA), extraFiles: ["maps/z.argdown": Fixtures.map(mapB, frontMatter: fmB), "essays/b.txt": textB])
    }

    static let mapB = """
        # Tram {topic: tram, stance: against, summary: "Do not."}

        [Against]: The tram costs too much. {quote: "The tram costs too much."}
          >< [Build]
          + [Noisy]: Trams are noisy. {quote: "Trams are noisy."}

        """

    @Test func relationsAndChildrenInFileOrder() {
        let mapA = """
            # Tram {topic: tram, stance: for, summary: "Build it."}

            [Build]: The city should build the tram, whatever @[Against] says. {quote: "The city should build the tram."}
              >< [Against]
              + [Slow]: Buses are slow. {quote: "Buses are slow."}
              + [Riders]: Nobody rides buses. {quote: "Nobody rides buses."}
                - [Noisy]
              - [Cost]: It costs too much. {quote: "It costs too much."}

            """
        let result = Self.load(mapA: mapA, mapB: Self.mapB)
        #expect(result.diagnostics.isEmpty, "\(result.messages)")
        let corpus = result.corpus
        let relations = corpus.relations.map { "\(corpus.claims[$0.from].id) \($0.kind) \(corpus.claims[$0.to].id)" }
        #expect(relations == [
            "against contradicts build", "slow supports build", "riders supports build", "noisy attacks riders", "cost attacks build",
            "build contradicts against", "noisy supports against",
        ])
        let children = { (id: String) in corpus.claims.first { $0.id == id }!.children.map { corpus.claims[$0].id } }
        #expect(children("build") == ["slow", "riders", "cost"])
        #expect(children("against") == ["noisy"])
        #expect(corpus.claims.map(\.id) == ["build", "slow", "riders", "cost", "against", "noisy"])
    }

    /// A title no file defines is reported once, with the closest titles of the whole corpus;
    /// a claim defined under a claim of a later file's position is reported when that file is in.
    @Test func whatWaitsIsReportedOnce() {
        let mapA = """
            # Tram {topic: tram, stance: for, summary: "Build it."}

            [Build]: The city should build the tram, see @[Noisy] and @[Nowhere]. {quote: "The city should build the tram."}
              - [Noisey]
              - [Against]
                + [Slow]: Buses are slow. {quote: "Buses are slow."}

            """
        let result = Self.load(mapA: mapA, mapB: Self.mapB)
        #expect(result.messages == [
            "15:59: error: `[Nowhere]` is not defined anywhere in the corpus",
            "16:5: error: `[Noisey]` is not defined anywhere in the corpus",
            "18:7: error: `[Slow]` is defined under `[Against]`, a claim of another position: define it in its own position and refer to it here",
        ], "\(result.messages)")
        #expect(result.diagnostics[1].notes == ["did you mean `[Noisy]`?"])
        let corpus = result.corpus
        #expect(corpus.relations.map { "\(corpus.claims[$0.from].id) \($0.kind) \(corpus.claims[$0.to].id)" } == [
            "against attacks build", "slow supports against", "build contradicts against", "noisy supports against",
        ])
    }

    /// Quotes are placed as each file is added: each is sought in its own essay's text, and
    /// one that is not there is reported against that text.
    @Test func quotesOfEachFileInTheirOwnEssay() {
        let mapA = """
            # Tram {topic: tram, stance: for, summary: "Build it."}

            [Build]: The city should build the tram. {quote: "Trams are noisy."}
              + [Slow]: Buses are slow. {quote: "Buses are slow."}

            """
        let mapB = Self.mapB.replacingOccurrences(of: "{quote: \"Trams are noisy.\"}", with: "{quote: \"Buses are slow.\"}")
        let result = Self.load(mapA: mapA, mapB: mapB)
        #expect(result.messages == [
            "15:50: error: the quote of `[Build]` does not occur verbatim in essays/e.txt",
            "17:39: error: the quote of `[Noisy]` does not occur verbatim in essays/b.txt",
        ], "\(result.messages)")
        let corpus = result.corpus
        #expect(corpus.claims.map { $0.quote?.text } == [nil, "Buses are slow.", "The tram costs too much.", nil])
        #expect(corpus.claims.map { $0.quote?.start } == [nil, 32, 0, nil])
    }
}
