import ArgumentParser
import DebateMap

/// `debatemap opposing CLAIM`: the claims that attack it, that it attacks, or that contradict it.
struct OpposingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "opposing", abstract: "List the claims that oppose a claim: essay, topic, relation, text, quote.")

    @Argument(help: "A claim id (or title).")
    var claim: String

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let c = try corpus.loadValid()
        let index = try IDLookup.claim(claim, in: c)
        Output.print(output.format == .json ? JSONShapes.encode(JSONShapes.opposing(c, claim: index)) : output.reports(c).opposing(index))
    }
}
