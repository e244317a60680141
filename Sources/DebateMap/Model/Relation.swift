/// A directed relation between two claims of a corpus, by index into `Corpus.claims`.
public struct Relation: Sendable, Hashable {
    // A million claims have about a million relations: the ends are stored in 32 bits.
    @Index32 public var from: Int
    @Index32 public var to: Int
    /// Where the relation was written. (Declared before the one-byte fields, which then fill
    /// what would be its padding: 40 bytes a relation, not 48.)
    public var location: SourceLocation?
    public var kind: RelationKind
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
