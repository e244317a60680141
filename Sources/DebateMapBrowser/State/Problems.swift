import DebateMap

/// What went wrong reading the files the browser shows: the diagnostics, printed as `check`
/// prints them, and for each the claim or file it is about, to go to from the problems view.
public struct Problems: Sendable {
    public let diagnostics: [Diagnostic]
    let printer: DiagnosticPrinter

    /// The diagnostics of a load, with the sources their source lines are quoted from.
    public init(_ diagnostics: [Diagnostic], sources: [String: [UInt8]]) {
        self.diagnostics = diagnostics
        self.printer = DiagnosticPrinter(sources: sources)
    }

    public var isEmpty: Bool { diagnostics.isEmpty }

    /// "2 errors, 1 warning".
    public var summary: String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        func counted(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [errors > 0 ? counted(errors, "error") : nil, warnings > 0 ? counted(warnings, "warning") : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// What a diagnostic is about in the tree: the claim written at or just before its line
    /// in its file, else the first position of the essay or document read from that file;
    /// nil for a file nothing was read from.
    func target(of index: Int, in corpus: Corpus) -> Node? {
        guard diagnostics.indices.contains(index), let place = diagnostics[index].location else { return nil }
        var best: (line: Int, claim: Int)?
        for (c, claim) in corpus.claims.enumerated() {
            guard let at = claim.location, at.file == place.file, at.line <= place.line else { continue }
            if best.map({ at.line > $0.line }) ?? true { best = (at.line, c) }
        }
        if let best { return .claim(best.claim) }
        guard let essay = corpus.essays.firstIndex(where: { $0.mapPath == place.file || $0.textPath == place.file }) else { return nil }
        guard let topic = corpus.layout.topics(of: essay).first, let position = corpus.positionIndex(essay: essay, topic: topic) else {
            return .essay(essay)
        }
        return .position(position)
    }
}
