import ArgumentParser
import DebateMap

/// `debatemap clashes`: where the essays disagree, or with `--rank` the most contested claims.
struct ClashesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clashes",
        abstract: "Show where the essays disagree: for each question, every pair of essays whose claims oppose each other, and the claims that clash.",
        discussion: """
            Pairs and clashes are ordered by how contested they are; clashes between claims on \
            two different questions come last. Only claims of other essays clash: an essay's \
            own objections and concessions are part of its argument. With --rank, the claims \
            ranked by how many claims of other essays oppose them.
            """)

    @Option(help: "Only this question (a topic id): its pairs, and the clashes across questions that touch it.")
    var topic: String?

    @Option(help: "Only the pairs this essay (an essay id) is part of.")
    var essay: String?

    @Flag(help: "The most contested claims instead of the pairs.")
    var rank = false

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let c = try corpus.loadValid()
        let t = try topic.map { id -> Int in
            guard case .topic(let t) = try IDLookup.resolve(id, in: c) else { throw ValidationError("`\(SafeText.clean(id))` is not a question; `debatemap list` lists them") }
            return t
        }
        let e = try essay.map { id -> Int in
            guard case .essay(let e) = try IDLookup.resolve(id, in: c) else { throw ValidationError("`\(SafeText.clean(id))` is not an essay; `debatemap list` lists them") }
            return e
        }
        if rank {
            let ranking = ContestedClaims(corpus: c, topic: t, essay: e)
            Output.print(output.format == .json ? JSONShapes.encode(JSONShapes.rank(c, ranking)) : output.reports(c).contested(ranking))
        } else {
            let clashes = Clashes(corpus: c, topic: t, essay: e)
            Output.print(output.format == .json ? JSONShapes.encode(JSONShapes.clashes(c, clashes)) : output.reports(c).clashes(clashes))
        }
    }
}
