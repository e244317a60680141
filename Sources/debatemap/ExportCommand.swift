import ArgumentParser
import DebateMap

/// `debatemap export --to json`: the whole resolved corpus.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the whole resolved corpus in another format.")

    enum Target: String, ExpressibleByArgument, CaseIterable { case json }

    @Option(help: "The format to write.")
    var to: Target = .json

    @Argument(help: "Corpus folders or map files (default: --data, $DEBATEMAP_DATA, or the built-in corpus).")
    var paths: [String] = []

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let c = try corpus.loadValid(paths: paths)
        switch to {
        case .json: Output.print(JSONShapes.encode(JSONShapes.export(c)))
        }
    }
}
