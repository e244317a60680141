/// One visible line of the tree: the node, how deep it is, its parent row, and whether it
/// can be unfolded. The tree is flattened once per fold change into an array of rows, so
/// moving is index arithmetic and rendering reads only the visible slice. Whether a row is
/// unfolded is not kept here: the folds are `Browser.expanded`, and the rows show them (an
/// unfolded row is followed by its children: `Browser.isOpen(row:)`).
public struct Row: Sendable, Hashable {
    public var node: Node
    public var depth: Int
    /// Index of the parent row, -1 for a root.
    public var parent: Int
    public var hasChildren: Bool
    /// Whether this is the last child of its parent (the tree line ends here: `└`).
    public var isLast: Bool
    /// Index of the next and previous row with the same parent, -1 when there is none,
    /// so `J` and `K` are one lookup however large the subtree between them.
    public var nextSibling: Int = -1
    public var previousSibling: Int = -1
}
