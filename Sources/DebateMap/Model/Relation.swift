/// A directed relation between two claims of a corpus, by index into `Corpus.claims`.
public struct Relation: Sendable, Hashable {
    public var from: Int
    public var to: Int
    public var kind: RelationKind
    /// Where the relation was written.
    public var location: SourceLocation?

    public init(from: Int, to: Int, kind: RelationKind, location: SourceLocation? = nil) {
        self.from = from
        self.to = to
        self.kind = kind
        self.location = location
    }
}
