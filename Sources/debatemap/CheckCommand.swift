import ArgumentParser
import DebateMap

/// `debatemap check [PATH…]`: every problem of a corpus, as compilers report them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a corpus (a folder like data/, or map files) and report every problem.",
        discussion: "Prints file:line:column: error|warning: message, the source line and a caret. Exit status 1 if there is any error.")

    @Argument(help: "Corpus folders or map files (default: --data, $DEBATEMAP_DATA, or the built-in corpus).")
    var paths: [String] = []

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let result = corpus.load(paths: paths)
        if !result.diagnostics.isEmpty {
            Output.error(DiagnosticPrinter(sources: result.sources).format(result.diagnostics))
        }
        let c = result.corpus
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let summary = [count(c.essays.count, "essay"), count(c.topics.count, "topic"), count(c.claims.count, "claim"),
                       count(c.relations.count, "relation")].joined(separator: ", ")
            + ": " + count(result.errorCount, "error") + ", " + count(result.warningCount, "warning")
        Output.error(summary)
        if result.hasErrors { throw ExitCode(1) }
    }
}
