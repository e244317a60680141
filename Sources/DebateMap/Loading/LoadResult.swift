/// A loaded corpus and every problem found while loading and checking it.
public struct LoadResult: Sendable {
    public var corpus: Corpus
    public var diagnostics: [Diagnostic]
    /// The bytes of the map and definition files read, for quoting source lines in diagnostics.
    public var sources: [String: [UInt8]]

    public init(corpus: Corpus, diagnostics: [Diagnostic], sources: [String: [UInt8]] = [:]) {
        self.corpus = corpus
        self.diagnostics = diagnostics
        self.sources = sources
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
