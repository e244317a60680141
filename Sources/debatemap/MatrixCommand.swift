import ArgumentParser
import DebateMap

/// `debatemap matrix`: every essay's position on every topic.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "matrix", abstract: "Show topics × essays: each essay's stance and summary on each question.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let c = try corpus.loadValid()
        Output.print(output.format == .json ? JSONShapes.encode(JSONShapes.matrix(c)) : output.reports(c).matrix())
    }
}
