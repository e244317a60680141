/// A loaded corpus and every problem found while loading and checking it.
public struct LoadResult: Sendable {
    public var corpus: Corpus
    public var diagnostics: [Diagnostic]
    /// The bytes of the files the diagnostics point into, for quoting their source lines.
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
