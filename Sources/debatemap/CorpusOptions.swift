import ArgumentParser
import DebateMap
import Foundation
import SeedCorpus

/// Which corpus a command reads: `--data DIR`, else `$DEBATEMAP_DATA`, else the built-in one.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A corpus folder to open instead of the built-in one.", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Read every file as this format: argdown, kialo or aif (default: from the extension and content).", valueName: "format"))
    var from: InputFormat?

    /// The corpus folder named by `--data` or `$DEBATEMAP_DATA`, if any.
    var folder: String? {
        if let data { return data }
        if let env = ProcessInfo.processInfo.environment["DEBATEMAP_DATA"], !env.isEmpty { return env }
        return nil
    }

    /// Loads the corpus, or the given paths when there are any. While a large corpus loads,
    /// its progress is shown on `progressOn` (standard error by default) when that is a terminal.
    func load(paths: [String] = [], progressOn fd: Int32 = STDERR_FILENO) -> LoadResult {
        let result: LoadResult
        let targets = !paths.isEmpty ? paths : folder.map { [$0] } ?? []
        if targets.isEmpty { return SeedCorpus.load() }
        result = ProgressLine.whileRunning(on: ProgressLine.terminal(fd)) { progress in
            CorpusLoader.load(paths: targets, format: from, progress: progress)
        }
        // What the load used and freed, merged and given back before the first search.
        HeapTrim.afterLoading(claims: result.corpus.claims.count)
        return result
    }

    /// Loads and, when the corpus has errors, reports them and stops with status 1.
    func loadValid(paths: [String] = []) throws -> Corpus {
        let result = load(paths: paths)
        if result.hasErrors {
            Output.error(DiagnosticPrinter(sources: result.sources).format(result.diagnostics.filter { $0.severity == .error }))
            Output.error("\(result.errorCount) error\(result.errorCount == 1 ? "" : "s") in the corpus; `debatemap check` lists them all")
            throw ExitCode(1)
        }
        return result.corpus
    }
}

extension InputFormat: ExpressibleByArgument {}

/// `--format text|json` for every listing command.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--color auto|always|never`: the library's one colour policy.
extension ColorPolicy: ExpressibleByArgument {}

/// How text output looks: `--format` and `--color`.
struct OutputOptions: ParsableArguments {
    @Option(help: "text for people, json for scripts (see docs/json.md).")
    var format: OutputFormat = .text

    @Option(help: "Colour the stances: auto (on a terminal, unless NO_COLOR is set or TERM is dumb or unset), always, never.")
    var color: ColorPolicy = .auto

    func reports(_ corpus: Corpus) -> TextReports { OutputOptions.reports(corpus, color: color) }

    static func reports(_ corpus: Corpus, color: ColorPolicy) -> TextReports {
        TextReports(corpus: corpus, style: TextStyle(color: Output.useColor(color)), width: Output.width)
    }
}
