import ArgumentParser
import DebateMap

/// `debatemap search TEXT`: claims, quotes, summaries and essays that contain the text.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Find claims, quotes, summaries and essays containing the text (ignoring case and accents).")

    @Argument(help: "The text to find.")
    var text: String

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let c = try corpus.loadValid()
        let hits = SearchIndex(corpus: c).search(text)
        Output.print(output.format == .json ? JSONShapes.encode(JSONShapes.search(c, query: text, hits: hits)) : output.reports(c).search(text, hits: hits))
    }
}
