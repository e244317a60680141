/// A directed relation between two claims of a corpus, by index into `Corpus.claims`.
public struct Relation: Sendable, Hashable {
    public var from: Int
    public var to: Int
    public var kind: RelationKind
    /// Where the relation was written.
    public var location: SourceLocation?
    /// An Argdown undercut (`_`, `<_`, `_>`): `from` attacks not `to`'s claim but its inference
    /// (`to` is an argument). Always with `kind == .attacks`.
    public var isUndercut: Bool

    public init(from: Int, to: Int, kind: RelationKind, location: SourceLocation? = nil, isUndercut: Bool = false) {
        self.from = from
        self.to = to
        self.kind = kind
        self.location = location
        self.isUndercut = isUndercut
    }
}
