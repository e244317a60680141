import ArgumentParser
import DebateMap

/// `debatemap list`: the essays and the topics.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the essays (id, author, title, outlet, date) and the topics.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let c = try corpus.loadValid()
        Output.print(output.format == .json ? JSONShapes.encode(JSONShapes.list(c)) : output.reports(c).list())
    }
}
