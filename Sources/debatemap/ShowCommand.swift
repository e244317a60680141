import ArgumentParser
import DebateMap

/// `debatemap show ID`: an essay, a topic, a position (`essay/topic`) or a claim.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an essay, a topic, a position (essay/topic) or a claim, with quote, source and relations.")

    @Argument(help: "An essay id, a topic id, a position id (essay/topic) or a claim id.")
    var id: String

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let c = try corpus.loadValid()
        let target = try IDLookup.resolve(id, in: c)
        if output.format == .json {
            Output.print(JSONShapes.encode(JSONShapes.show(c, target)))
        } else {
            Output.print(output.reports(c).show(target))
        }
    }
}
