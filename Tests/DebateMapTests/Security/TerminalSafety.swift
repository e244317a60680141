import DebateMap

/// What must hold of text printed to a terminal: no C0 control but the line break, no DEL,
/// no C1 control, no bidi override or isolate. The same check the fuzz targets make
/// (Fuzz/Sources/FuzzSupport), so a finding of theirs fails here too.
enum TerminalSafety {
    static func isUnsafe(_ s: Unicode.Scalar, newlines: Bool = true) -> Bool {
        let v = s.value
        if v == 0x0A { return !newlines }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The unsafe scalars of `text`, as `U+XXXX` (empty when the text is safe).
    static func unsafeScalars(_ text: String, newlines: Bool = true) -> [String] {
        text.unicodeScalars.filter { isUnsafe($0, newlines: newlines) }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

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
