import DebateMap

/// Helpers shared by the fuzz targets. A broken property is reported with `fatalError`, which
/// libFuzzer records as a crash and saves the input for.
public enum FuzzSupport {
    /// The input as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let data, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: count))
    }

    /// Whether a scalar must never reach a terminal as it is: C0 controls (but a line break),
    /// DEL, C1 controls, the bidi overrides and isolates.
    public static func isUnsafe(_ s: Unicode.Scalar, newlines: Bool) -> Bool {
        let v = s.value
        if v == 0x0A { return !newlines }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Stops the run if `text`, which is printed to a terminal, holds an unsafe scalar.
    public static func expectTerminalSafe(_ text: String, newlines: Bool = true, _ what: @autoclosure () -> String) {
        if let bad = text.unicodeScalars.first(where: { isUnsafe($0, newlines: newlines) }) {
            fatalError("\(what()): U+\(String(bad.value, radix: 16, uppercase: true)) would reach the terminal")
        }
    }

    /// JSON as JSONEncoder writes it holds no raw C0 control.
    public static func expectEscapedJSON(_ json: String, _ what: @autoclosure () -> String) {
        if let bad = json.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\n" }) {
            fatalError("\(what()): raw U+\(String(bad.value, radix: 16, uppercase: true)) in JSON")
        }
    }

    /// What `debatemap check`, `list`, `matrix`, `show`, `opposing`, `search` and `export`
    /// print about a loaded corpus: all of it must be safe for a terminal, and the exports
    /// must be written without a crash.
    public static func exerciseOutputs(_ result: LoadResult) {
        expectTerminalSafe(DiagnosticPrinter(sources: result.sources).format(result.diagnostics), "check's diagnostics")
        let corpus = result.corpus
        let reports = TextReports(corpus: corpus, style: .plain, width: 60)
        expectTerminalSafe(reports.list(), "list")
        expectTerminalSafe(reports.matrix(), "matrix")
        for c in corpus.claims.indices.prefix(8) {
            expectTerminalSafe(reports.show(.claim(c)), "show of a claim")
            expectTerminalSafe(reports.opposing(c), "opposing")
        }
        for e in corpus.essays.indices.prefix(4) { expectTerminalSafe(reports.show(.essay(e)), "show of an essay") }
        expectEscapedJSON(JSONShapes.encode(JSONShapes.export(corpus)), "export --to json")
        _ = ArgdownWriter(corpus: corpus).write()
        _ = AIFWriter(corpus: corpus).write()
        _ = DOTWriter(corpus: corpus).write()
        _ = MarkdownWriter(corpus: corpus).write()
    }
}
