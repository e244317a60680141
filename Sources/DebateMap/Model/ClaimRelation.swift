/// A relation seen from one of its two claims: the other claim, the kind, and which way it points.
public struct ClaimRelation: Sendable, Hashable {
    /// The claim at the other end (in 32 bits: the index holds two per relation).
    @Index32 public var other: Int
    public var kind: RelationKind
    /// True when this claim is the relation's `from` (this claim supports/attacks the other).
    public var outgoing: Bool
    /// True when the other claim is of another voice (`Voices`): another essay, or another
    /// speaker of a debate. An opposing relation of the claim's own voice is an objection or
    /// concession its argument raises itself.
    public var otherVoice: Bool
    /// An Argdown undercut: the attack is on the inference of the argument it attacks
    /// (`Relation.isUndercut`).
    public var isUndercut: Bool

    public init(other: Int, kind: RelationKind, outgoing: Bool, otherVoice: Bool = true, isUndercut: Bool = false) {
        self.other = other
        self.kind = kind
        self.outgoing = outgoing
        self.otherVoice = otherVoice
        self.isUndercut = isUndercut
    }

    /// The relation in words, read from this claim: "attacks", "attacked by", "contradicts", …
    public var phrase: String {
        switch (kind, outgoing) {
        case (.supports, true): return "supports"
        case (.supports, false): return "supported by"
        case (.attacks, true): return "attacks"
        case (.attacks, false): return "attacked by"
        case (.contradicts, _): return "contradicts"
        }
    }

    /// The relation in words, read from the other claim toward this one, as a list of the
    /// other claims names them: "attacks it", "attacked by it", "contradicts it", …
    public var otherSidePhrase: String {
        ClaimRelation(other: other, kind: kind, outgoing: !outgoing, otherVoice: otherVoice).phrase + " it"
    }
}
