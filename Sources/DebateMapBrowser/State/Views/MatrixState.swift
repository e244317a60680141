/// The matrix: the selected cell (a question and an essay), and the cell marked with `x`
/// to show its clashes with a second essay on the same question.
public struct MatrixState: Sendable, Hashable {
    public var topic: Int
    public var essay: Int
    public var marked: Cell?

    /// The selected cell as a pair.
    public var cell: (topic: Int, essay: Int) { (topic, essay) }

    /// A cell of the matrix.
    public struct Cell: Sendable, Hashable {
        public var topic: Int
        public var essay: Int
    }
}
