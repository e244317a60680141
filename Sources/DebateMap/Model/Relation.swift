/// A directed relation between two claims of a corpus, by index into `Corpus.claims`.
public struct Relation: Sendable, Hashable {
    // A million claims have about a million relations: the ends are stored in 32 bits.
    private var storedFrom: Int32
    private var storedTo: Int32
    public var from: Int {
        get { Int(storedFrom) }
        set { storedFrom = Int32(newValue) }
    }
    public var to: Int {
        get { Int(storedTo) }
        set { storedTo = Int32(newValue) }
    }
    /// Where the relation was written. (Declared before the one-byte fields, which then fill
    /// what would be its padding: 40 bytes a relation, not 48.)
    public var location: SourceLocation?
    public var kind: RelationKind
    /// An Argdown undercut (`_`, `<_`, `_>`): `from` attacks not `to`'s claim but its inference
    /// (`to` is an argument). Always with `kind == .attacks`.
    public var isUndercut: Bool

    public init(from: Int, to: Int, kind: RelationKind, location: SourceLocation? = nil, isUndercut: Bool = false) {
        storedFrom = Int32(from)
        storedTo = Int32(to)
        self.kind = kind
        self.location = location
        self.isUndercut = isUndercut
    }
}
