/// What a claim is in the map it was read from. Essay maps hold only statements; general
/// Argdown, Kialo and AIF bring the other kinds (see `docs/formats.md`).
public enum ClaimKind: String, Sendable, CaseIterable, Codable {
    /// A statement `[Title]: text`, a Kialo claim, an AIF I-node.
    case statement
    /// An Argdown argument `<Title>: description`; its premises and conclusion hang under it.
    case argument
    /// A premise `(n)` of an argument's premise–conclusion structure.
    case premise
    /// A conclusion of a premise–conclusion structure (intermediary or final); the
    /// inference rule written on the line above it is in `Claim.inferenceRule`.
    case conclusion
    /// A heading of a general document (or the document itself) grouping the roots under it.
    /// Not a claim anyone makes: it takes part in no relation.
    case group
    /// A row that stands for a claim whose home is elsewhere in the tree (Kialo `-> See`, an
    /// Argdown statement written again, an AIF rephrase): `Claim.refersTo` is that claim.
    /// Relations are always between the claims themselves, never with the reference row.
    /// (A `.premise` or `.conclusion` row may stand for another claim too: a statement reused
    /// in a premise–conclusion structure. Any row with `refersTo` set is a link row.)
    case reference
}
