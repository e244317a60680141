import DebateMap
import TestSupport

extension TerminalSafety {
    /// Everything the commands print about a loaded corpus, named by what prints it.
    static func printed(_ result: LoadResult) -> [(what: String, text: String)] {
        let corpus = result.corpus
        let reports = TextReports(corpus: corpus, style: .plain, width: 60)
        var out: [(String, String)] = [
            ("check", DiagnosticPrinter(sources: result.sources).format(result.diagnostics)),
            ("list", reports.list()),
            ("matrix", reports.matrix()),
        ]
        for c in corpus.claims.indices {
            out.append(("show claim \(c)", reports.show(.claim(c))))
            out.append(("opposing \(c)", reports.opposing(c)))
        }
        for e in corpus.essays.indices { out.append(("show essay \(e)", reports.show(.essay(e)))) }
        for t in corpus.topics.indices { out.append(("show topic \(t)", reports.show(.topic(t)))) }
        return out
    }

    /// The places where printed text is unsafe, e.g. `["check: U+1B"]`.
    static func violations(_ result: LoadResult) -> [String] {
        printed(result).flatMap { item in unsafeScalars(item.text).map { "\(item.what): \($0)" } }
    }
}
