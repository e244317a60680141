/// Versus: a claim and one of its opposing claims side by side, scrolled together; `back`
/// is the view it was opened from when that was not the tree (the clash view).
public struct VersusState: Sendable {
    public var origin: Int
    /// Which of `origin`'s opposing claims (other voices first) is shown.
    public var index = 0
    /// The first line of the two cards on screen.
    public var top = 0
    var back: View?
}
