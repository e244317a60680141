/// The picker: every claim that opposes `origin` (other voices first, then the claim's own
/// objections), the chosen one, and how far its full text below the list is scrolled.
public struct PickerState: Sendable, Hashable {
    public var origin: Int
    public var index = 0
    /// The first line of the chosen claim's pane on screen.
    public var paneTop = 0
}
