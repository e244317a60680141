/// The problems view: which diagnostic is chosen, and how far its pane is scrolled.
public struct ProblemsState: Sendable, Hashable {
    public var index = 0
    public var paneTop = 0
}
