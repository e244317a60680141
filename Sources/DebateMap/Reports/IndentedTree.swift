/// A claim tree in the order an indented text writes it — depth first, each claim before its
/// children — with the indentation bounded, so writing a tree costs in proportion to its
/// claims however deep it goes.
///
/// A claim at `maxDepth` that has children is written there and marked `continuesBelow`; once
/// the tree is done, it comes again as a `resumed` row at depth 0 (an Argdown reference, a
/// "continued" line) with its children under it, and so on for any level cut again. Without
/// the bound, a chain 50,000 claims deep wrote 2.5 GB of spaces.
///
///     IndentedTree.walk(from: root, children: { corpus.claims[$0.claim].children }) { row in
///         out += String(repeating: "  ", count: row.depth) + text(row.claim) + "\n"
///     }
public enum IndentedTree {
    /// How deep the files and reports indent: deeper than any argument a person writes by hand,
    /// shallow enough that a line still has room for its words.
    public static let maxDepth = 24

    /// One line of the tree.
    public struct Row: Equatable, Sendable {
        public var claim: Int
        public var depth: Int
        /// Its children are not under it here: they follow under a `resumed` row of it.
        public var continuesBelow: Bool
        /// A claim already written higher up (cut there), written again at `depth` to carry
        /// its children.
        public var resumed: Bool
    }

    /// Visits the rows of the tree from `root` (at `depth`), then each branch cut at
    /// `maxDepth` again from its claim (a `resumed` row at `depth`): `children` names the
    /// children to write under a row (each visited before its children), `canCut` says where a
    /// branch may be cut (a claim a text can name again), `visit` writes a row.
    public static func walk(from root: Int, depth: Int = 0, maxDepth: Int = IndentedTree.maxDepth,
                            children: (Row) -> [Int], canCut: (Int) -> Bool = { _ in true }, visit: (Row) -> Void) {
        var pending = [root]
        var next = 0
        while next < pending.count {
            pending += branch(from: pending[next], depth: depth, resumed: next > 0, maxDepth: maxDepth, children: children, canCut: canCut, visit: visit)
            next += 1
        }
    }

    /// Visits the rows of one tree, without going on under the claims where it is cut: those
    /// are returned, in order, for the caller to resume where its format allows.
    public static func branch(from root: Int, depth: Int, resumed: Bool, maxDepth: Int = IndentedTree.maxDepth,
                              children: (Row) -> [Int], canCut: (Int) -> Bool = { _ in true }, visit: (Row) -> Void) -> [Int] {
        let cap = max(depth + 1, maxDepth)  // a resumed row's children always fit under it
        var cut: [Int] = []
        var stack = [Row(claim: root, depth: depth, continuesBelow: false, resumed: resumed)]
        while var row = stack.popLast() {
            let under = children(row)
            if row.depth >= cap, !under.isEmpty, canCut(row.claim) {
                row.continuesBelow = true
                visit(row)
                cut.append(row.claim)
                continue
            }
            visit(row)
            stack += under.reversed().map { Row(claim: $0, depth: row.depth + 1, continuesBelow: false, resumed: false) }
        }
        return cut
    }

    /// The rows of the tree from `root`, each claim's `children` written under it.
    public static func rows(from root: Int, depth: Int = 0, maxDepth: Int = IndentedTree.maxDepth, in corpus: Corpus) -> [Row] {
        var out: [Row] = []
        walk(from: root, depth: depth, maxDepth: maxDepth, children: { corpus.claims[$0.claim].children }) { out.append($0) }
        return out
    }
}
