/// The Argdown marker each row of a claim tree is written with: its link (`+`, `-`, `+>`,
/// `->`, `><`), except that an attack which is an undercut (`Relation.isUndercut`) is written
/// as Argdown writes undercuts, `<_` from the child and `_>` from the parent.
///
/// The browser's tree, the piped outline and the Argdown export mark rows with it, so all
/// three show an undercut as one.
public struct LinkMarkers {
    private let corpus: Corpus

    public init(corpus: Corpus) { self.corpus = corpus }

    /// The marker of the row `row` under its parent; nil for a row with no link (a root).
    public func marker(row: Int) -> String? {
        let claim = corpus.claims[row]
        guard let link = claim.link else { return nil }
        guard link == .attacks || link == .attackedByParent, let parentRow = claim.parent else { return link.rawValue }
        // Relations are between claims: a link row stands for its claim.
        let target = claim.refersTo ?? row, parent = corpus.claims[parentRow].refersTo ?? parentRow
        let outgoing = link == .attacks
        let undercut = corpus.relations(of: target).contains {
            $0.other == parent && $0.kind == .attacks && $0.outgoing == outgoing && $0.isUndercut
        }
        guard undercut else { return link.rawValue }
        return outgoing ? "<_" : "_>"
    }
}
